import type { Kysely } from 'kysely';
import type { Plan, PlanContent } from '@trailmap/domain';
import type { Connection } from './connection.ts';
import type { PlanStore } from './plan-store.ts';
import { decodeDocument, encodeDocument } from './tables.ts';
import type { PlansTable, TrailmapDatabase } from './tables.ts';

type PlansRepository = Pick<
  PlanStore,
  | 'listPlans'
  | 'getPlan'
  | 'getPlanHeader'
  | 'getPlanVersion'
  | 'createPlan'
  | 'updatePlan'
  | 'deletePlan'
>;

/** Every field of a plan but its content, from a row with or without the content column. */
function toPlanHeader(row: Omit<PlansTable, 'content'>): Omit<Plan, 'content'> {
  return {
    id: row.id,
    ownerId: row.owner_id,
    title: row.title,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toPlan(row: PlansTable): Plan {
  return { ...toPlanHeader(row), content: decodeDocument<PlanContent>(row.content) };
}

export async function selectPlanRow(
  db: Kysely<TrailmapDatabase>,
  ownerId: string,
  planId: string,
): Promise<PlansTable | undefined> {
  return db
    .selectFrom('plans')
    .selectAll()
    .where('id', '=', planId)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
}

/** The plan's version, or undefined when the owner has no such plan (another owner's plan does not exist for them). */
async function selectPlanVersion(
  db: Kysely<TrailmapDatabase>,
  ownerId: string,
  planId: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('plans')
    .select('version')
    .where('id', '=', planId)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return row?.version;
}

/** Whether the owner has this plan. */
export async function planExists(
  db: Kysely<TrailmapDatabase>,
  ownerId: string,
  planId: string,
): Promise<boolean> {
  return (await selectPlanVersion(db, ownerId, planId)) !== undefined;
}

/**
 * Answers a child list (revisions, iterations, proof) with null when the plan
 * does not exist for the owner. The children are read first and the plan only
 * when there are none, so the common case costs one query; every answer was
 * true at some instant even if the plan is deleted meanwhile.
 */
export async function listOrNullIfNoPlan<Row, Item>(
  db: Kysely<TrailmapDatabase>,
  ownerId: string,
  planId: string,
  rows: readonly Row[],
  toItem: (row: Row) => Item,
): Promise<Item[] | null> {
  if (rows.length > 0) return rows.map(toItem);
  return (await planExists(db, ownerId, planId)) ? [] : null;
}

/** Records the plan's state as the revision of its version; the caller's transaction makes both one write. */
async function insertRevision(db: Kysely<TrailmapDatabase>, plan: PlansTable): Promise<void> {
  await db
    .insertInto('plan_revisions')
    .values({
      plan_id: plan.id,
      owner_id: plan.owner_id,
      version: plan.version,
      title: plan.title,
      content: plan.content,
      created_at: plan.updated_at,
    })
    .execute();
}

export function createPlansRepository({ db, write, reader }: Connection): PlansRepository {
  return {
    async listPlans(ownerId) {
      const rows = await db
        .selectFrom('plans')
        .selectAll()
        .where('owner_id', '=', ownerId)
        // The interface leaves the order open; most recently worked-on first is
        // what a list of one's plans wants. The id makes the order total.
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'asc')
        .execute();
      return rows.map(toPlan);
    },

    async getPlan(ownerId, planId) {
      const row = reader
        ? reader.planRow(ownerId, planId)
        : await selectPlanRow(db, ownerId, planId);
      return row === undefined ? null : toPlan(row);
    },

    async getPlanHeader(ownerId, planId) {
      const row = reader
        ? reader.planHeaderRow(ownerId, planId)
        : await db
            .selectFrom('plans')
            .select(['id', 'owner_id', 'title', 'version', 'created_at', 'updated_at'])
            .where('id', '=', planId)
            .where('owner_id', '=', ownerId)
            .executeTakeFirst();
      return row === undefined ? null : toPlanHeader(row);
    },

    async getPlanVersion(ownerId, planId) {
      const version = reader
        ? reader.planVersion(ownerId, planId)
        : await selectPlanVersion(db, ownerId, planId);
      return version ?? null;
    },

    async createPlan({ id, ownerId, title, content, now }) {
      const row: PlansTable = {
        id,
        owner_id: ownerId,
        title,
        version: 1,
        content: encodeDocument(content),
        created_at: now,
        updated_at: now,
      };
      await write(async (trx) => {
        await trx.insertInto('plans').values(row).execute();
        await insertRevision(trx, row);
      });
      // The content just stored, as updatePlan returns it: decoding the text again would only cost time.
      return { ...toPlanHeader(row), content };
    },

    async updatePlan({ ownerId, planId, expectedVersion, title, content, now }) {
      const encodedContent = encodeDocument(content);
      return write(async (trx) => {
        // The version guard sits in the WHERE clause, so the check and the write
        // are one statement: on PostgreSQL a concurrent update with the same
        // expected version waits for the row lock, re-checks the condition
        // against the committed row and matches nothing.
        let query = trx
          .updateTable('plans')
          .set((eb) => ({
            title,
            content: encodedContent,
            version: eb('version', '+', 1),
            updated_at: now,
          }))
          .where('id', '=', planId)
          .where('owner_id', '=', ownerId);
        if (expectedVersion !== null) query = query.where('version', '=', expectedVersion);
        // Everything but the content comes back: the content is the one just
        // written, so decoding it again would only cost time on every save.
        const updated = await query
          .returning(['id', 'owner_id', 'title', 'version', 'created_at', 'updated_at'])
          .executeTakeFirst();
        if (updated === undefined) {
          const current = await selectPlanRow(trx, ownerId, planId);
          return current === undefined
            ? { kind: 'not_found' as const }
            : { kind: 'conflict' as const, current: toPlan(current) };
        }
        await insertRevision(trx, { ...updated, content: encodedContent });
        return { kind: 'ok' as const, value: { ...toPlanHeader(updated), content } };
      });
    },

    async deletePlan({ ownerId, planId, expectedVersion }) {
      return write(async (trx) => {
        let query = trx
          .deleteFrom('plans')
          .where('id', '=', planId)
          .where('owner_id', '=', ownerId);
        if (expectedVersion !== null) query = query.where('version', '=', expectedVersion);
        // Revisions, iterations and proof go with the plan through ON DELETE CASCADE.
        const deleted = await query.returning('id').executeTakeFirst();
        if (deleted !== undefined) return { kind: 'ok' as const, value: null };
        // GuardedWrite<null> has nothing to carry as "current": callers re-read the plan.
        return (await planExists(trx, ownerId, planId))
          ? { kind: 'conflict' as const, current: null }
          : { kind: 'not_found' as const };
      });
    },
  };
}
