import { describe, expect, it } from 'vitest';
import { createEmptyPlanContent, type Plan } from '@trailmap/domain';
import { PlanBodyCache, presentPlan } from './plans.presenters.ts';

const plan = (id: string, version = 1, ownerId = 'local'): Plan => ({
  id,
  ownerId,
  title: `Plan ${id}`,
  version,
  createdAt: '2026-11-21T09:00:00.000Z',
  updatedAt: '2026-11-21T09:00:00.000Z',
  content: createEmptyPlanContent(),
});
const body = (text: string) => Buffer.from(text);

describe('PlanBodyCache', () => {
  it('serves a body only for the owner and version it was stored with', () => {
    const cache = new PlanBodyCache(10);
    cache.remember(plan('a', 3), body('a3'));
    expect(cache.get('local', 'a', 3)?.toString()).toBe('a3');
    expect(cache.get('local', 'a', 2)).toBeUndefined();
    expect(cache.get('someone-else', 'a', 3)).toBeUndefined();
    cache.remember(plan('a', 4), body('a4'));
    expect(cache.get('local', 'a', 3)).toBeUndefined();
    expect(cache.get('local', 'a', 4)?.toString()).toBe('a4');
  });

  it('forgets the least recently used plan when full, a hit counting as a use', () => {
    const cache = new PlanBodyCache(2);
    cache.remember(plan('a'), body('a'));
    cache.remember(plan('b'), body('b'));
    expect(cache.get('local', 'a', 1)).toBeDefined();
    cache.remember(plan('c'), body('c'));
    expect(cache.get('local', 'b', 1)).toBeUndefined();
    expect(cache.get('local', 'a', 1)?.toString()).toBe('a');
    expect(cache.get('local', 'c', 1)?.toString()).toBe('c');
    cache.forget('c');
    expect(cache.get('local', 'c', 1)).toBeUndefined();
  });

  it('keeps nothing with 0 entries', () => {
    const cache = new PlanBodyCache(0);
    cache.remember(plan('a'), body('a'));
    expect(cache.get('local', 'a', 1)).toBeUndefined();
  });
});

describe('presentPlan', () => {
  it('answers the plan as JSON with its version as ETag', () => {
    const shown = plan('a', 7);
    const result = presentPlan(shown, new PlanBodyCache(1));
    expect(result.headers).toEqual({ ETag: '"7"' });
    expect(JSON.parse(result.rawJson!.toString())).toEqual(shown);
  });
});

describe('presentPlan bytes', () => {
  it('are the UTF-8 of the plan as JSON, for text in any script', () => {
    const content = createEmptyPlanContent();
    const shown: Plan = {
      ...plan('b', 2),
      title: 'Plan “b” ✨',
      content: { ...content, knownFor: 'Trust 🤝 — 漢字 — مرحبا — Cafe\u0301' },
    };
    const result = presentPlan(shown, new PlanBodyCache(1));
    expect(result.rawJson!.equals(Buffer.from(JSON.stringify(shown)))).toBe(true);
  });
});
