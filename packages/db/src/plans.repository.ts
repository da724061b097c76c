import { sql, type Kysely } from 'kysely';
import type { Plan, PlanContent } from '@trailmap/domain';
import type { Connection } from './connection.ts';
import type { PlanStore } from './plan-store.ts';
import { precompile } from './precompiled.ts';
import { decodeDocument, encodeDocument, encodeDocumentUtf8 } from './tables.ts';
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

const HEADER_COLUMNS = ['id', 'owner_id', 'title', 'version', 'created_at', 'updated_at'] as const;

/**
 * A document column's value as the statement binds it: on SQLite the UTF-8
 * bytes, which SQLite stores as the same TEXT it would store for the string
 * (the cast keeps the column's type text, not blob); on PostgreSQL the string.
 */
const storedText = (value: never) => sql<string>`cast(${value} as text)`;

/**
 * The statements of a save, built once per store (decision 0024): the guarded
 * and the unguarded update, and the revision insert.
 */
function saveStatements(db: Kysely<TrailmapDatabase>) {
  type UpdateSlot = 'title' | 'content' | 'now' | 'planId' | 'ownerId' | 'expectedVersion';
  const update = (guarded: boolean) =>
    precompile<UpdateSlot, Omit<PlansTable, 'content'>>((slot) => {
      let query = db
        .updateTable('plans')
        .set((eb) => ({
          title: slot('title'),
          content: storedText(slot('content')),
          version: eb('version', '+', 1),
          updated_at: slot('now'),
        }))
        .where('id', '=', slot('planId'))
        .where('owner_id', '=', slot('ownerId'));
      if (guarded) query = query.where('version', '=', slot('expectedVersion'));
      // Everything but the content comes back: the content is the one just
      // written, so decoding it again would only cost time on every save.
      return query.returning(HEADER_COLUMNS);
    });
  return {
    guardedUpdate: update(true),
    update: update(false),
    insertRevision: precompile<
      'planId' | 'ownerId' | 'version' | 'title' | 'content' | 'createdAt',
      never
    >((slot) =>
      db.insertInto('plan_revisions').values({
        plan_id: slot('planId'),
        owner_id: slot('ownerId'),
        version: slot('version'),
        title: slot('title'),
        content: storedText(slot('content')),
        created_at: slot('createdAt'),
      }),
    ),
  };
}

export function createPlansRepository({ engine, db, write, reader }: Connection): PlansRepository {
  const statements = saveStatements(db);
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
      // The text is kept with the content either way, so the answer reuses it.
      const storedContent =
        engine === 'sqlite' ? encodeDocumentUtf8(content) : encodeDocument(content);
      return write(async (trx) => {
        // The version guard sits in the WHERE clause, so the check and the write
        // are one statement: on PostgreSQL a concurrent update with the same
        // expected version waits for the row lock, re-checks the condition
        // against the committed row and matches nothing.
        const values = { title, content: storedContent, now, planId, ownerId, expectedVersion };
        const { rows } = await trx.executeQuery(
          expectedVersion === null ? statements.update(values) : statements.guardedUpdate(values),
        );
        const updated = rows[0];
        if (updated === undefined) {
          const current = await selectPlanRow(trx, ownerId, planId);
          return current === undefined
            ? { kind: 'not_found' as const }
            : { kind: 'conflict' as const, current: toPlan(current) };
        }
        await trx.executeQuery(
          statements.insertRevision({
            planId: updated.id,
            ownerId: updated.owner_id,
            version: updated.version,
            title: updated.title,
            content: storedContent,
            createdAt: updated.updated_at,
          }),
        );
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
