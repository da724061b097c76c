import { LIMITS, createSamplePlanContent } from '@trailmap/domain';
import type { PlanContent } from '@trailmap/domain';
import { describe, expect, it } from 'vitest';
import type { PlanStore } from '../plan-store.ts';
import { createClock, givenPlan, newId, newOwnerId, proofInput } from './contract-fixtures.ts';

/**
 * Text people write in many scripts: astral-plane emoji (surrogate pairs in
 * JavaScript, four bytes in UTF-8), joiner sequences, right-to-left text,
 * combining marks left unnormalised, line and paragraph separators, and strings
 * that look like JSON or SQL. Whatever goes in must come out byte for byte.
 */
const TRICKY = [
  'Builds trust 🤝 across teams',
  '👩🏽‍💻 and 🏳️‍🌈 and 🇺🇦',
  '漢字かな交じり文 — 한국어',
  'مرحبا بالعالم',
  'Cafe\u0301 vs Café',
  'tab\tnew line\ncarriage\r\nline sep\u2028para sep\u2029end',
  `quotes " ' \` and a back\\slash`,
  '{"looks":"like json"}',
  "'); drop table plans; --",
  '𝒜𝓁𝓅𝒽𝒶',
].join(' · ');

/** Exactly `length` UTF-16 code units of mixed scripts, whole code points only. */
function longText(length: number): string {
  let text = '';
  while (text.length < length) text += `${TRICKY} `;
  const cut = text.slice(0, length);
  // Do not end on half a surrogate pair: that would not be text any more.
  return /[\uD800-\uDBFF]$/.test(cut) ? `${cut.slice(0, -1)}.` : cut;
}

function trickyContent(): PlanContent {
  const sample = createSamplePlanContent();
  return {
    ...sample,
    strategy: {
      ...sample.strategy,
      gratifyingWork: longText(LIMITS.maxLongText),
      values: sample.strategy.values.map((value) => ({ ...value, phrase: `${value.phrase} 🌱` })),
    },
    knownFor: TRICKY,
  };
}

/** The largest plan the limits allow in its biggest list: every action with a full-length note. */
function maximalContent(): PlanContent {
  const sample = createSamplePlanContent();
  const template = sample.steps.roadmap.actions[0];
  if (template === undefined) throw new Error('the sample plan has no actions');
  return {
    ...sample,
    steps: {
      ...sample.steps,
      roadmap: {
        ...sample.steps.roadmap,
        actions: Array.from({ length: LIMITS.maxActions }, (_, n) => ({
          ...template,
          id: `act-${n}`,
          title: longText(LIMITS.maxShortText),
          notes: longText(LIMITS.maxLongText),
        })),
      },
    },
  };
}

export function describeTextContract(store: () => PlanStore): void {
  describe('text', () => {
    it('round-trips unicode, emoji and long text through plans, revisions, iterations and proof', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const title = longText(LIMITS.maxPlanTitle);
      const content = trickyContent();
      const plan = await givenPlan(store(), { ownerId, title, content, now: clock() });
      const name = `Ébauche ✨ ${TRICKY}`.slice(0, LIMITS.maxIterationName);
      const iterationId = newId('it');
      await store().createIteration({
        id: iterationId,
        ownerId,
        planId: plan.id,
        name,
        now: clock(),
      });
      const entry = proofInput({
        title: longText(LIMITS.maxShortText),
        evidence: longText(LIMITS.maxLongText),
        skillIds: ['sk-🎯', 'sk-漢字'],
        actionIds: ['act-مرحبا'],
      });
      const proofId = newId('proof');
      await store().createProof({ id: proofId, ownerId, planId: plan.id, entry, now: clock() });

      const stored = await store().getPlan(ownerId, plan.id);
      expect(stored?.title).toBe(title);
      expect(stored?.content).toStrictEqual(content);
      expect((await store().listRevisions(ownerId, plan.id))?.[0]?.title).toBe(title);
      expect((await store().getRevision(ownerId, plan.id, 1))?.content).toStrictEqual(content);
      const iteration = await store().getIteration(ownerId, plan.id, iterationId);
      expect(iteration?.name).toBe(name);
      expect(iteration?.strategy).toStrictEqual(content.strategy);
      expect(await store().getProof(ownerId, plan.id, proofId)).toMatchObject(entry);
    });

    it('round-trips the largest plan the limits allow', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const content = maximalContent();
      const plan = await givenPlan(store(), { ownerId, now: clock() });

      const result = await store().updatePlan({
        ownerId,
        planId: plan.id,
        expectedVersion: 1,
        title: plan.title,
        content,
        now: clock(),
      });

      expect(result.kind).toBe('ok');
      expect((await store().getPlan(ownerId, plan.id))?.content).toStrictEqual(content);
      expect((await store().getRevision(ownerId, plan.id, 2))?.content).toStrictEqual(content);
    });
  });
}
