import { describe, expect, it } from 'vitest';
import type { PlanStore } from '../plan-store.ts';
import {
  countKinds,
  createClock,
  draftContent,
  givenPlan,
  newId,
  newOwnerId,
} from './contract-fixtures.ts';

/** Named snapshots of a plan's strategy. */
export function describeIterationsContract(store: () => PlanStore): void {
  describe('strategy iterations', () => {
    it("snapshots the plan's current strategy and version under a name", async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      await store().updatePlan({
        ownerId,
        planId: plan.id,
        expectedVersion: 1,
        title: plan.title,
        content: draftContent(2),
        now: clock(),
      });
      const id = newId('it');
      const now = clock();

      const result = await store().createIteration({
        id,
        ownerId,
        planId: plan.id,
        name: 'Second draft',
        now,
      });

      const expected = {
        id,
        planId: plan.id,
        name: 'Second draft',
        planVersion: 2,
        strategy: draftContent(2).strategy,
        createdAt: now,
      };
      expect(result).toStrictEqual({ kind: 'ok', value: expected });
      expect(await store().getIteration(ownerId, plan.id, id)).toStrictEqual(expected);
    });

    it('keeps a snapshot unchanged when the plan is edited afterwards', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, content: draftContent(1), now: clock() });
      const id = newId('it');
      await store().createIteration({
        id,
        ownerId,
        planId: plan.id,
        name: 'Draft 1',
        now: clock(),
      });

      await store().updatePlan({
        ownerId,
        planId: plan.id,
        expectedVersion: 1,
        title: plan.title,
        content: draftContent(2),
        now: clock(),
      });

      const snapshot = await store().getIteration(ownerId, plan.id, id);
      expect(snapshot?.planVersion).toBe(1);
      expect(snapshot?.strategy).toStrictEqual(draftContent(1).strategy);
    });

    it('refuses a name already used in the plan and accepts it in another plan', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const other = await givenPlan(store(), { ownerId, now: clock() });
      const first = await store().createIteration({
        id: newId('it'),
        ownerId,
        planId: plan.id,
        name: 'Bold',
        now: clock(),
      });

      const again = await store().createIteration({
        id: newId('it'),
        ownerId,
        planId: plan.id,
        name: 'Bold',
        now: clock(),
      });
      const elsewhere = await store().createIteration({
        id: newId('it'),
        ownerId,
        planId: other.id,
        name: 'Bold',
        now: clock(),
      });

      expect(again).toStrictEqual({ kind: 'name_taken' });
      expect(elsewhere.kind).toBe('ok');
      expect(first.kind).toBe('ok');
      expect(await store().listIterations(ownerId, plan.id)).toStrictEqual(
        first.kind === 'ok' ? [first.value] : [],
      );
    });

    it('lists iterations oldest first', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      // Ids in the reverse of creation order, so the order cannot come from the ids.
      for (const [id, name] of [
        ['it-c', 'First'],
        ['it-b', 'Second'],
        ['it-a', 'Third'],
      ] as const) {
        await store().createIteration({
          id: `${plan.id}-${id}`,
          ownerId,
          planId: plan.id,
          name,
          now: clock(),
        });
      }

      const names = (await store().listIterations(ownerId, plan.id))?.map(
        (iteration) => iteration.name,
      );

      expect(names).toEqual(['First', 'Second', 'Third']);
    });

    it('reports not_found when the plan does not exist', async () => {
      const result = await store().createIteration({
        id: newId('it'),
        ownerId: newOwnerId(),
        planId: newId('plan'),
        name: 'Orphan',
        now: createClock()(),
      });
      expect(result).toStrictEqual({ kind: 'not_found' });
    });

    it('returns null for iterations of a missing plan and for an iteration asked through another plan', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const other = await givenPlan(store(), { ownerId, now: clock() });
      const id = newId('it');
      await store().createIteration({ id, ownerId, planId: plan.id, name: 'Mine', now: clock() });

      expect(await store().listIterations(ownerId, newId('plan'))).toBeNull();
      expect(await store().listIterations(ownerId, other.id)).toStrictEqual([]);
      expect(await store().getIteration(ownerId, other.id, id)).toBeNull();
      expect(await store().getIteration(newOwnerId(), plan.id, id)).toBeNull();
      expect(await store().getIteration(ownerId, plan.id, newId('it'))).toBeNull();
    });

    it('lets exactly one of ten concurrent snapshots under the same name through', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const now = clock();

      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          store().createIteration({
            id: newId('it'),
            ownerId,
            planId: plan.id,
            name: 'Same name',
            now,
          }),
        ),
      );

      expect(countKinds(results)).toStrictEqual({ ok: 1, name_taken: 9 });
      expect(await store().listIterations(ownerId, plan.id)).toHaveLength(1);
    });
  });
}
