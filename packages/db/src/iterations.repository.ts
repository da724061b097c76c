import type { PlanContent, Strategy, StrategyIteration } from '@trailmap/domain';
import type { Connection } from './connection.ts';
import type { PlanStore } from './plan-store.ts';
import { listOrNullIfNoPlan } from './plans.repository.ts';
import { decodeJson, encodeJson } from './tables.ts';
import type { StrategyIterationsTable } from './tables.ts';

type IterationsRepository = Pick<PlanStore, 'createIteration' | 'listIterations' | 'getIteration'>;

function toIteration(row: StrategyIterationsTable): StrategyIteration {
  return {
    id: row.id,
    planId: row.plan_id,
    name: row.name,
    planVersion: row.plan_version,
    strategy: decodeJson<Strategy>(row.strategy),
    createdAt: row.created_at,
  };
}

export function createIterationsRepository({
  db,
  engine,
  write,
}: Connection): IterationsRepository {
  return {
    async createIteration({ id, ownerId, planId, name, now }) {
      return write(async (trx) => {
        let planQuery = trx
          .selectFrom('plans')
          .select(['version', 'content'])
          .where('id', '=', planId)
          .where('owner_id', '=', ownerId);
        // On PostgreSQL, lock the plan row so that two snapshots under the same
        // name queue up and the second one sees the first (name_taken) instead
        // of both passing the check and one failing on the unique index.
        // SQLite has no row locks and needs none: the store's one connection
        // runs one transaction at a time.
        if (engine === 'postgres') planQuery = planQuery.forUpdate();
        const plan = await planQuery.executeTakeFirst();
        if (plan === undefined) return { kind: 'not_found' as const };

        const taken = await trx
          .selectFrom('strategy_iterations')
          .select('id')
          .where('plan_id', '=', planId)
          .where('name', '=', name)
          .executeTakeFirst();
        if (taken !== undefined) return { kind: 'name_taken' as const };

        const row: StrategyIterationsTable = {
          id,
          plan_id: planId,
          owner_id: ownerId,
          name,
          plan_version: plan.version,
          // Copy the strategy out of the stored content: the snapshot is a value
          // of its own and later edits to the plan must not reach it.
          strategy: encodeJson(decodeJson<PlanContent>(plan.content).strategy),
          created_at: now,
        };
        await trx.insertInto('strategy_iterations').values(row).execute();
        return { kind: 'ok' as const, value: toIteration(row) };
      });
    },

    async listIterations(ownerId, planId) {
      const rows = await db
        .selectFrom('strategy_iterations')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('owner_id', '=', ownerId)
        // Oldest first; the id breaks ties between snapshots taken in the same instant.
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .execute();
      return listOrNullIfNoPlan(db, ownerId, planId, rows, toIteration);
    },

    async getIteration(ownerId, planId, iterationId) {
      const row = await db
        .selectFrom('strategy_iterations')
        .selectAll()
        .where('id', '=', iterationId)
        .where('plan_id', '=', planId)
        .where('owner_id', '=', ownerId)
        .executeTakeFirst();
      return row === undefined ? null : toIteration(row);
    },
  };
}
