import { describe, expect, it } from 'vitest';
import type { PlanStore } from '../plan-store.ts';
import {
  createClock,
  draftContent,
  givenPlan,
  newId,
  newOwnerId,
  proofInput,
} from './contract-fixtures.ts';

/** Deleting a plan takes everything hanging off it, and nothing else. */
export function describeDeletePlanContract(store: () => PlanStore): void {
  describe('deletePlan', () => {
    it('deletes the plan with its revisions, iterations and proof, and nothing of other plans', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const kept = await givenPlan(store(), { ownerId, now: clock() });
      for (const target of [plan, kept]) {
        await store().updatePlan({
          ownerId,
          planId: target.id,
          expectedVersion: 1,
          title: 'Saved once',
          content: draftContent(2),
          now: clock(),
        });
        await store().createIteration({
          id: `${target.id}-it`,
          ownerId,
          planId: target.id,
          name: 'Draft A',
          now: clock(),
        });
        await store().createProof({
          id: `${target.id}-proof`,
          ownerId,
          planId: target.id,
          entry: proofInput(),
          now: clock(),
        });
      }

      const result = await store().deletePlan({ ownerId, planId: plan.id, expectedVersion: 2 });

      expect(result).toStrictEqual({ kind: 'ok', value: null });
      expect(await store().getPlan(ownerId, plan.id)).toBeNull();
      expect(await store().listRevisions(ownerId, plan.id)).toBeNull();
      // The single-item reads go straight to the child tables, so they prove the rows are gone.
      expect(await store().getRevision(ownerId, plan.id, 1)).toBeNull();
      expect(await store().getRevision(ownerId, plan.id, 2)).toBeNull();
      expect(await store().getIteration(ownerId, plan.id, `${plan.id}-it`)).toBeNull();
      expect(await store().getProof(ownerId, plan.id, `${plan.id}-proof`)).toBeNull();
      expect(await store().listIterations(ownerId, plan.id)).toBeNull();
      expect(await store().listProof(ownerId, plan.id)).toBeNull();

      expect((await store().listPlans(ownerId)).map((p) => p.id)).toEqual([kept.id]);
      expect(await store().listRevisions(ownerId, kept.id)).toHaveLength(2);
      expect(await store().listIterations(ownerId, kept.id)).toHaveLength(1);
      expect(await store().listProof(ownerId, kept.id)).toHaveLength(1);
    });

    it('starts a plan recreated under a deleted id with a clean history', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      await store().updatePlan({
        ownerId,
        planId: plan.id,
        expectedVersion: 1,
        title: 'Saved once',
        content: draftContent(2),
        now: clock(),
      });
      await store().deletePlan({ ownerId, planId: plan.id, expectedVersion: null });

      await givenPlan(store(), { ownerId, id: plan.id, now: clock() });

      expect(await store().listRevisions(ownerId, plan.id)).toHaveLength(1);
    });

    it('skips the version check when expectedVersion is null', async () => {
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: createClock()() });

      expect(
        await store().deletePlan({ ownerId, planId: plan.id, expectedVersion: null }),
      ).toStrictEqual({
        kind: 'ok',
        value: null,
      });
      expect(await store().getPlan(ownerId, plan.id)).toBeNull();
    });

    it('refuses a stale expected version as a conflict and deletes nothing', async () => {
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: createClock()() });

      expect(
        await store().deletePlan({ ownerId, planId: plan.id, expectedVersion: 2 }),
      ).toStrictEqual({
        kind: 'conflict',
        current: null,
      });
      expect(await store().getPlan(ownerId, plan.id)).toStrictEqual(plan);
      expect(await store().listRevisions(ownerId, plan.id)).toHaveLength(1);
    });

    it('reports not_found for a plan that does not exist', async () => {
      expect(
        await store().deletePlan({
          ownerId: newOwnerId(),
          planId: newId('plan'),
          expectedVersion: null,
        }),
      ).toStrictEqual({ kind: 'not_found' });
    });
  });
}
