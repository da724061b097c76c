import type { ItemId, ProofEntry } from '@trailmap/domain';
import type { Kysely } from 'kysely';
import type { Connection } from './connection.ts';
import type { PlanStore } from './plan-store.ts';
import { listOrNullIfNoPlan } from './plans.repository.ts';
import { decodeJson, encodeJson } from './tables.ts';
import type { ProofEntriesTable, TrailmapDatabase } from './tables.ts';

type ProofRepository = Pick<
  PlanStore,
  'listProof' | 'getProof' | 'createProof' | 'updateProof' | 'deleteProof'
>;

function toProofEntry(row: ProofEntriesTable): ProofEntry {
  return {
    id: row.id,
    planId: row.plan_id,
    ownerId: row.owner_id,
    occurredOn: row.occurred_on,
    title: row.title,
    evidence: row.evidence,
    skillIds: decodeJson<ItemId[]>(row.skill_ids),
    actionIds: decodeJson<ItemId[]>(row.action_ids),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function selectProofRow(
  db: Kysely<TrailmapDatabase>,
  ownerId: string,
  planId: string,
  proofId: string,
): Promise<ProofEntriesTable | undefined> {
  return db
    .selectFrom('proof_entries')
    .selectAll()
    .where('id', '=', proofId)
    .where('plan_id', '=', planId)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
}

export function createProofRepository({ db, engine, write }: Connection): ProofRepository {
  return {
    async listProof(ownerId, planId) {
      const rows = await db
        .selectFrom('proof_entries')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('owner_id', '=', ownerId)
        // Newest day first, then newest created; the id makes the order total.
        .orderBy('occurred_on', 'desc')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return listOrNullIfNoPlan(db, ownerId, planId, rows, toProofEntry);
    },

    async getProof(ownerId, planId, proofId) {
      const row = await selectProofRow(db, ownerId, planId, proofId);
      return row === undefined ? null : toProofEntry(row);
    },

    async createProof({ id, ownerId, planId, entry, now }) {
      return write(async (trx) => {
        let planQuery = trx
          .selectFrom('plans')
          .select('id')
          .where('id', '=', planId)
          .where('owner_id', '=', ownerId);
        // On PostgreSQL a key-share lock keeps the plan from being deleted between
        // this check and the insert (which would otherwise fail on the foreign
        // key) while still letting plan saves run alongside.
        if (engine === 'postgres') planQuery = planQuery.forKeyShare();
        if ((await planQuery.executeTakeFirst()) === undefined) return null;

        const row: ProofEntriesTable = {
          id,
          plan_id: planId,
          owner_id: ownerId,
          occurred_on: entry.occurredOn,
          title: entry.title,
          evidence: entry.evidence,
          skill_ids: encodeJson(entry.skillIds),
          action_ids: encodeJson(entry.actionIds),
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await trx.insertInto('proof_entries').values(row).execute();
        return toProofEntry(row);
      });
    },

    async updateProof({ ownerId, planId, proofId, expectedVersion, entry, now }) {
      return write(async (trx) => {
        // Same guard as plans: the version check lives in the UPDATE itself.
        let query = trx
          .updateTable('proof_entries')
          .set((eb) => ({
            occurred_on: entry.occurredOn,
            title: entry.title,
            evidence: entry.evidence,
            skill_ids: encodeJson(entry.skillIds),
            action_ids: encodeJson(entry.actionIds),
            version: eb('version', '+', 1),
            updated_at: now,
          }))
          .where('id', '=', proofId)
          .where('plan_id', '=', planId)
          .where('owner_id', '=', ownerId);
        if (expectedVersion !== null) query = query.where('version', '=', expectedVersion);
        const updated = await query.returningAll().executeTakeFirst();
        if (updated !== undefined) return { kind: 'ok' as const, value: toProofEntry(updated) };

        const current = await selectProofRow(trx, ownerId, planId, proofId);
        return current === undefined
          ? { kind: 'not_found' as const }
          : { kind: 'conflict' as const, current: toProofEntry(current) };
      });
    },

    async deleteProof({ ownerId, planId, proofId, expectedVersion = null }) {
      return write(async (trx) => {
        let query = trx
          .deleteFrom('proof_entries')
          .where('id', '=', proofId)
          .where('plan_id', '=', planId)
          .where('owner_id', '=', ownerId);
        if (expectedVersion !== null) query = query.where('version', '=', expectedVersion);
        return (await query.returning('id').executeTakeFirst()) !== undefined;
      });
    },
  };
}
