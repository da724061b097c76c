import type { PlanContent } from '@trailmap/domain';
import type { Connection } from './connection.ts';
import type { PlanStore } from './plan-store.ts';
import { listOrNullIfNoPlan } from './plans.repository.ts';
import { decodeJson } from './tables.ts';

type RevisionsRepository = Pick<PlanStore, 'listRevisions' | 'getRevision'>;

/** Revisions are written by the plans repository, in the transaction of each save. */
export function createRevisionsRepository({ db }: Connection): RevisionsRepository {
  return {
    async listRevisions(ownerId, planId) {
      const rows = await db
        .selectFrom('plan_revisions')
        .select(['version', 'title', 'created_at'])
        .where('plan_id', '=', planId)
        .where('owner_id', '=', ownerId)
        .orderBy('version', 'desc')
        .execute();
      return listOrNullIfNoPlan(db, ownerId, planId, rows, (row) => ({
        version: row.version,
        title: row.title,
        createdAt: row.created_at,
      }));
    },

    async getRevision(ownerId, planId, version) {
      const row = await db
        .selectFrom('plan_revisions')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('owner_id', '=', ownerId)
        .where('version', '=', version)
        .executeTakeFirst();
      if (row === undefined) return null;
      return {
        planId: row.plan_id,
        version: row.version,
        title: row.title,
        content: decodeJson<PlanContent>(row.content),
        createdAt: row.created_at,
      };
    },
  };
}
