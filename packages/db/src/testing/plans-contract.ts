import { createSamplePlanContent } from '@trailmap/domain';
import { describe, expect, it } from 'vitest';
import type { PlanStore } from '../plan-store.ts';
import {
  countKinds,
  createClock,
  draftContent,
  givenPlan,
  newId,
  newOwnerId,
  proofInput,
} from './contract-fixtures.ts';

/** Plans and their revisions. */
export function describePlansContract(store: () => PlanStore): void {
  describe('plans', () => {
    it('creates a plan at version 1 and reads back exactly what was stored', async () => {
      const ownerId = newOwnerId();
      const id = newId('plan');
      const now = createClock()();
      const content = createSamplePlanContent();

      const created = await store().createPlan({ id, ownerId, title: 'Lead ops', content, now });

      const expected = {
        id,
        ownerId,
        title: 'Lead ops',
        version: 1,
        createdAt: now,
        updatedAt: now,
        content,
      };
      expect(created).toStrictEqual(expected);
      expect(await store().getPlan(ownerId, id)).toStrictEqual(expected);
    });

    it('stores the first state as revision 1', async () => {
      const ownerId = newOwnerId();
      const now = createClock()();
      const plan = await givenPlan(store(), { ownerId, now, title: 'First' });

      expect(await store().listRevisions(ownerId, plan.id)).toStrictEqual([
        { version: 1, title: 'First', createdAt: now },
      ]);
      expect(await store().getRevision(ownerId, plan.id, 1)).toStrictEqual({
        planId: plan.id,
        version: 1,
        title: 'First',
        content: plan.content,
        createdAt: now,
      });
    });

    it("lists only the owner's plans, most recently updated first", async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const otherOwnerId = newOwnerId();
      const first = await givenPlan(store(), { ownerId, now: clock() });
      const second = await givenPlan(store(), { ownerId, now: clock() });
      const third = await givenPlan(store(), { ownerId, now: clock() });
      const theirs = await givenPlan(store(), { ownerId: otherOwnerId, now: clock() });
      await store().updatePlan({
        ownerId,
        planId: first.id,
        expectedVersion: 1,
        title: 'Touched last',
        content: first.content,
        now: clock(),
      });

      const mine = await store().listPlans(ownerId);

      expect(mine.map((plan) => plan.id)).toEqual([first.id, third.id, second.id]);
      expect(mine[0]).toStrictEqual(await store().getPlan(ownerId, first.id));
      expect(await store().listPlans(otherOwnerId)).toStrictEqual([theirs]);
      expect(await store().listPlans(newOwnerId())).toStrictEqual([]);
    });

    it("treats another owner's plan as not found for every read and write", async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const intruder = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const planId = plan.id;

      expect(await store().getPlan(intruder, planId)).toBeNull();
      expect(await store().listPlans(intruder)).toStrictEqual([]);
      expect(
        await store().updatePlan({
          ownerId: intruder,
          planId,
          expectedVersion: 1,
          title: 'Hijacked',
          content: draftContent(9),
          now: clock(),
        }),
      ).toStrictEqual({ kind: 'not_found' });
      expect(
        await store().deletePlan({ ownerId: intruder, planId, expectedVersion: 1 }),
      ).toStrictEqual({
        kind: 'not_found',
      });
      expect(
        await store().deletePlan({ ownerId: intruder, planId, expectedVersion: null }),
      ).toStrictEqual({ kind: 'not_found' });
      expect(await store().listRevisions(intruder, planId)).toBeNull();
      expect(await store().getRevision(intruder, planId, 1)).toBeNull();
      expect(
        await store().createIteration({
          id: newId('it'),
          ownerId: intruder,
          planId,
          name: 'x',
          now: clock(),
        }),
      ).toStrictEqual({ kind: 'not_found' });
      expect(await store().listIterations(intruder, planId)).toBeNull();
      expect(
        await store().createProof({
          id: newId('proof'),
          ownerId: intruder,
          planId,
          entry: proofInput(),
          now: clock(),
        }),
      ).toBeNull();
      expect(await store().listProof(intruder, planId)).toBeNull();

      expect(await store().getPlan(ownerId, planId)).toStrictEqual(plan);
      expect(await store().listRevisions(ownerId, planId)).toHaveLength(1);
      expect(await store().listIterations(ownerId, planId)).toStrictEqual([]);
      expect(await store().listProof(ownerId, planId)).toStrictEqual([]);
    });

    it('returns null for a plan, its history or a revision that does not exist', async () => {
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: createClock()() });

      expect(await store().getPlan(ownerId, newId('plan'))).toBeNull();
      expect(await store().listRevisions(ownerId, newId('plan'))).toBeNull();
      expect(await store().getRevision(ownerId, newId('plan'), 1)).toBeNull();
      expect(await store().getRevision(ownerId, plan.id, 2)).toBeNull();
    });
  });

  describe('updatePlan', () => {
    it('saves title and content, bumps the version by one and keeps createdAt', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const savedAt = clock();
      const content = draftContent(2);

      const result = await store().updatePlan({
        ownerId,
        planId: plan.id,
        expectedVersion: 1,
        title: 'Renamed',
        content,
        now: savedAt,
      });

      const expected = { ...plan, title: 'Renamed', version: 2, updatedAt: savedAt, content };
      expect(result).toStrictEqual({ kind: 'ok', value: expected });
      expect(await store().getPlan(ownerId, plan.id)).toStrictEqual(expected);
    });

    it('keeps every saved state as a revision, listed newest first', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const created = clock();
      const plan = await givenPlan(store(), { ownerId, now: created, title: 'Title 1' });
      const saves = [clock(), clock()];
      for (const [index, now] of saves.entries()) {
        const version = index + 1;
        const result = await store().updatePlan({
          ownerId,
          planId: plan.id,
          expectedVersion: version,
          title: `Title ${version + 1}`,
          content: draftContent(version + 1),
          now,
        });
        expect(result.kind).toBe('ok');
      }

      expect(await store().listRevisions(ownerId, plan.id)).toStrictEqual([
        { version: 3, title: 'Title 3', createdAt: saves[1] },
        { version: 2, title: 'Title 2', createdAt: saves[0] },
        { version: 1, title: 'Title 1', createdAt: created },
      ]);
    });

    it('returns an old state exactly from getRevision after later saves', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const created = clock();
      const plan = await givenPlan(store(), { ownerId, now: created, title: 'Original' });
      await store().updatePlan({
        ownerId,
        planId: plan.id,
        expectedVersion: 1,
        title: 'Second',
        content: draftContent(2),
        now: clock(),
      });
      await store().updatePlan({
        ownerId,
        planId: plan.id,
        expectedVersion: 2,
        title: 'Third',
        content: draftContent(3),
        now: clock(),
      });

      expect(await store().getRevision(ownerId, plan.id, 1)).toStrictEqual({
        planId: plan.id,
        version: 1,
        title: 'Original',
        content: createSamplePlanContent(),
        createdAt: created,
      });
      expect((await store().getRevision(ownerId, plan.id, 2))?.content).toStrictEqual(
        draftContent(2),
      );
    });

    it.each([
      ['an older', 1],
      ['a future', 7],
    ])('refuses %s expected version with the current plan and writes nothing', async (_, stale) => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const saved = await store().updatePlan({
        ownerId,
        planId: plan.id,
        expectedVersion: 1,
        title: 'Saved',
        content: draftContent(2),
        now: clock(),
      });
      expect(saved.kind).toBe('ok');
      const current = await store().getPlan(ownerId, plan.id);
      const history = await store().listRevisions(ownerId, plan.id);

      const result = await store().updatePlan({
        ownerId,
        planId: plan.id,
        expectedVersion: stale,
        title: 'Lost update',
        content: draftContent(3),
        now: clock(),
      });

      expect(result).toStrictEqual({ kind: 'conflict', current });
      expect(await store().getPlan(ownerId, plan.id)).toStrictEqual(current);
      expect(await store().listRevisions(ownerId, plan.id)).toStrictEqual(history);
    });

    it('reports not_found for a plan that does not exist', async () => {
      const result = await store().updatePlan({
        ownerId: newOwnerId(),
        planId: newId('plan'),
        expectedVersion: 1,
        title: 'Nothing here',
        content: createSamplePlanContent(),
        now: createClock()(),
      });
      expect(result).toStrictEqual({ kind: 'not_found' });
    });

    it('lets exactly one of ten concurrent saves with the same expected version through', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const now = clock();

      const results = await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          store().updatePlan({
            ownerId,
            planId: plan.id,
            expectedVersion: 1,
            title: `Writer ${n}`,
            content: draftContent(n),
            now,
          }),
        ),
      );

      expect(countKinds(results)).toStrictEqual({ ok: 1, conflict: 9 });
      const winner = results.find((result) => result.kind === 'ok');
      const stored = await store().getPlan(ownerId, plan.id);
      expect(stored?.version).toBe(2);
      expect(winner).toStrictEqual({ kind: 'ok', value: stored });
      expect((await store().listRevisions(ownerId, plan.id))?.map((r) => r.version)).toEqual([
        2, 1,
      ]);
    });

    it('writes whatever the stored version is when no version is expected, still one revision per save', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const now = clock();

      const results = await Promise.all(
        Array.from({ length: 5 }, (_, n) =>
          store().updatePlan({
            ownerId,
            planId: plan.id,
            expectedVersion: null,
            title: `Unguarded ${n}`,
            content: draftContent(n),
            now,
          }),
        ),
      );

      expect(countKinds(results)).toStrictEqual({ ok: 5 });
      expect((await store().getPlan(ownerId, plan.id))?.version).toBe(6);
      expect((await store().listRevisions(ownerId, plan.id))?.map((r) => r.version)).toEqual([
        6, 5, 4, 3, 2, 1,
      ]);
    });
  });

  describe('getPlanHeader', () => {
    it('gives every field of the plan but its content, and null for a missing plan or another owner', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const { content: _content, ...header } = plan;
      expect(await store().getPlanHeader(ownerId, plan.id)).toStrictEqual(header);
      expect(await store().getPlanHeader(newOwnerId(), plan.id)).toBeNull();
      expect(await store().getPlanHeader(ownerId, newId('plan'))).toBeNull();
    });
  });

  describe('getPlanVersion', () => {
    it("follows the plan's version and is null for a missing plan or another owner", async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      expect(await store().getPlanVersion(ownerId, plan.id)).toBe(1);
      await store().updatePlan({
        ownerId,
        planId: plan.id,
        expectedVersion: 1,
        title: 'Again',
        content: draftContent(1),
        now: clock(),
      });
      expect(await store().getPlanVersion(ownerId, plan.id)).toBe(2);
      expect(await store().getPlanVersion(newOwnerId(), plan.id)).toBeNull();
      expect(await store().getPlanVersion(ownerId, newId('plan'))).toBeNull();
    });
  });
}
