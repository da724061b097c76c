import { describe, expect, it } from 'vitest';
import type { PlanStore } from '../plan-store.ts';
import {
  countKinds,
  createClock,
  givenPlan,
  newId,
  newOwnerId,
  proofInput,
} from './contract-fixtures.ts';

/** The proof log: dated wins with a version guard of their own. */
export function describeProofContract(store: () => PlanStore): void {
  describe('proof', () => {
    it('creates an entry at version 1 and reads back exactly what was stored', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const id = newId('proof');
      const now = clock();
      const entry = proofInput();

      const created = await store().createProof({ id, ownerId, planId: plan.id, entry, now });

      const expected = {
        id,
        planId: plan.id,
        ownerId,
        ...entry,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      expect(created).toStrictEqual(expected);
      expect(await store().getProof(ownerId, plan.id, id)).toStrictEqual(expected);
      expect(await store().listProof(ownerId, plan.id)).toStrictEqual([expected]);
    });

    it('returns null when the plan does not exist', async () => {
      const created = await store().createProof({
        id: newId('proof'),
        ownerId: newOwnerId(),
        planId: newId('plan'),
        entry: proofInput(),
        now: createClock()(),
      });
      expect(created).toBeNull();
    });

    it('lists proof newest day first, then newest created first', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      // Ids in alphabetical creation order, so ties cannot be settled by the id alone.
      const entries = [
        ['a', '2026-02-01'],
        ['b', '2026-03-15'],
        ['c', '2026-02-01'],
        ['d', '2025-12-31'],
      ] as const;
      for (const [id, occurredOn] of entries) {
        await store().createProof({
          id: `${plan.id}-${id}`,
          ownerId,
          planId: plan.id,
          entry: proofInput({ occurredOn, title: id }),
          now: clock(),
        });
      }

      const titles = (await store().listProof(ownerId, plan.id))?.map((entry) => entry.title);

      expect(titles).toEqual(['b', 'c', 'a', 'd']);
    });

    it('returns an empty list for a plan without proof and null for a missing plan', async () => {
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: createClock()() });

      expect(await store().listProof(ownerId, plan.id)).toStrictEqual([]);
      expect(await store().listProof(ownerId, newId('plan'))).toBeNull();
    });

    it('saves new fields on update, bumps the version and keeps createdAt', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const created = await store().createProof({
        id: newId('proof'),
        ownerId,
        planId: plan.id,
        entry: proofInput(),
        now: clock(),
      });
      if (created === null) throw new Error('proof was not created');
      const entry = proofInput({
        occurredOn: '2026-02-20',
        title: 'Presented the returns redesign to the leadership team',
        evidence: 'Approved with budget for a second site.',
        skillIds: ['sk-storytelling'],
        actionIds: [],
      });
      const now = clock();

      const result = await store().updateProof({
        ownerId,
        planId: plan.id,
        proofId: created.id,
        expectedVersion: 1,
        entry,
        now,
      });

      const expected = { ...created, ...entry, version: 2, updatedAt: now };
      expect(result).toStrictEqual({ kind: 'ok', value: expected });
      expect(await store().getProof(ownerId, plan.id, created.id)).toStrictEqual(expected);
    });

    it('refuses a stale expected version with the current entry and writes nothing', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const created = await store().createProof({
        id: newId('proof'),
        ownerId,
        planId: plan.id,
        entry: proofInput(),
        now: clock(),
      });
      if (created === null) throw new Error('proof was not created');
      const saved = await store().updateProof({
        ownerId,
        planId: plan.id,
        proofId: created.id,
        expectedVersion: 1,
        entry: proofInput({ title: 'Second' }),
        now: clock(),
      });
      if (saved.kind !== 'ok') throw new Error('first update failed');

      const result = await store().updateProof({
        ownerId,
        planId: plan.id,
        proofId: created.id,
        expectedVersion: 1,
        entry: proofInput({ title: 'Lost update' }),
        now: clock(),
      });

      expect(result).toStrictEqual({ kind: 'conflict', current: saved.value });
      expect(await store().getProof(ownerId, plan.id, created.id)).toStrictEqual(saved.value);
    });

    it('skips the version check when expectedVersion is null', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const created = await store().createProof({
        id: newId('proof'),
        ownerId,
        planId: plan.id,
        entry: proofInput(),
        now: clock(),
      });
      if (created === null) throw new Error('proof was not created');

      const result = await store().updateProof({
        ownerId,
        planId: plan.id,
        proofId: created.id,
        expectedVersion: null,
        entry: proofInput({ title: 'Blind write' }),
        now: clock(),
      });

      expect(result.kind === 'ok' && result.value.version).toBe(2);
      expect((await store().getProof(ownerId, plan.id, created.id))?.title).toBe('Blind write');
    });

    it('reports not_found for an unknown entry, an entry of another plan or of another owner', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const other = await givenPlan(store(), { ownerId, now: clock() });
      const created = await store().createProof({
        id: newId('proof'),
        ownerId,
        planId: plan.id,
        entry: proofInput(),
        now: clock(),
      });
      if (created === null) throw new Error('proof was not created');
      const attempt = {
        expectedVersion: null,
        entry: proofInput({ title: 'Stray' }),
        now: clock(),
      };

      for (const target of [
        { ownerId, planId: plan.id, proofId: newId('proof') },
        { ownerId, planId: other.id, proofId: created.id },
        { ownerId: newOwnerId(), planId: plan.id, proofId: created.id },
      ]) {
        expect(await store().updateProof({ ...target, ...attempt })).toStrictEqual({
          kind: 'not_found',
        });
        expect(await store().getProof(target.ownerId, target.planId, target.proofId)).toBeNull();
      }
      expect(await store().getProof(ownerId, plan.id, created.id)).toStrictEqual(created);
    });

    it('deletes an entry once, and refuses another plan or owner', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const other = await givenPlan(store(), { ownerId, now: clock() });
      const proofId = newId('proof');
      await store().createProof({
        id: proofId,
        ownerId,
        planId: plan.id,
        entry: proofInput(),
        now: clock(),
      });

      expect(await store().deleteProof({ ownerId: newOwnerId(), planId: plan.id, proofId })).toBe(
        false,
      );
      expect(await store().deleteProof({ ownerId, planId: other.id, proofId })).toBe(false);
      expect(await store().deleteProof({ ownerId, planId: plan.id, proofId })).toBe(true);
      expect(await store().deleteProof({ ownerId, planId: plan.id, proofId })).toBe(false);
      expect(await store().getProof(ownerId, plan.id, proofId)).toBeNull();
      expect(await store().listProof(ownerId, plan.id)).toStrictEqual([]);
    });

    it('lets exactly one of ten concurrent updates with the same expected version through', async () => {
      const clock = createClock();
      const ownerId = newOwnerId();
      const plan = await givenPlan(store(), { ownerId, now: clock() });
      const proofId = newId('proof');
      await store().createProof({
        id: proofId,
        ownerId,
        planId: plan.id,
        entry: proofInput(),
        now: clock(),
      });
      const now = clock();

      const results = await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          store().updateProof({
            ownerId,
            planId: plan.id,
            proofId,
            expectedVersion: 1,
            entry: proofInput({ title: `Writer ${n}` }),
            now,
          }),
        ),
      );

      expect(countKinds(results)).toStrictEqual({ ok: 1, conflict: 9 });
      expect((await store().getProof(ownerId, plan.id, proofId))?.version).toBe(2);
    });
  });
}
