import { randomUUID } from 'node:crypto';
import { createSamplePlanContent } from '@trailmap/domain';
import type { IsoDateTime, Plan, PlanContent, ProofEntryInput } from '@trailmap/domain';
import type { PlanStore } from '../plan-store.ts';

/**
 * Test data for the contract suite. Every test works under its own owner and
 * fresh ids, so the suite can share one database (PostgreSQL runs it in one
 * schema) without tests seeing each other's rows.
 */

export function newOwnerId(): string {
  return `owner-${randomUUID()}`;
}

export function newId(kind: string): string {
  return `${kind}-${randomUUID()}`;
}

/**
 * Hands out strictly increasing instants, one minute apart, in the UTC
 * `toISOString()` form the server produces. The store never reads the clock;
 * tests pass every instant in.
 */
export function createClock(start = Date.UTC(2026, 2, 1, 9, 0, 0)): () => IsoDateTime {
  let minutes = 0;
  return () => new Date(start + minutes++ * 60_000).toISOString();
}

/** The sample plan with its strategy and closing answer rewritten for draft `n`. */
export function draftContent(
  n: number,
  base: PlanContent = createSamplePlanContent(),
): PlanContent {
  return {
    ...base,
    strategy: {
      ...base.strategy,
      gratifyingWork: `${base.strategy.gratifyingWork} (draft ${n})`,
      values: base.strategy.values.map((value, index) =>
        index === 0 ? { ...value, phrase: `${value.phrase} — draft ${n}` } : value,
      ),
    },
    knownFor: `Draft ${n}: known for leaving every process simpler than I found it.`,
  };
}

export async function givenPlan(
  store: PlanStore,
  options: {
    ownerId: string;
    now: IsoDateTime;
    id?: string;
    title?: string;
    content?: PlanContent;
  },
): Promise<Plan> {
  return store.createPlan({
    id: options.id ?? newId('plan'),
    ownerId: options.ownerId,
    title: options.title ?? 'Lead process transformation',
    content: options.content ?? createSamplePlanContent(),
    now: options.now,
  });
}

export function proofInput(overrides: Partial<ProofEntryInput> = {}): ProofEntryInput {
  return {
    occurredOn: '2026-02-12',
    title: 'Cut the weekly report from two days to two hours',
    evidence:
      'The finance lead now reads the dashboard on Monday morning instead of waiting for Wednesday.',
    skillIds: ['sk-analysis', 'sk-storytelling'],
    actionIds: ['act-dashboard'],
    ...overrides,
  };
}

/** Counts outcomes by kind, e.g. `{ ok: 1, conflict: 9 }`. */
export function countKinds(results: readonly { readonly kind: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { kind } of results) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
