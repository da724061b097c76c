import type SqliteDatabase from 'better-sqlite3';
import type { PlansTable } from './tables.ts';

/**
 * The hot reads of a plan, answered synchronously from a second, read-only
 * SQLite connection. Under WAL a reader sees only committed data, so these
 * never observe a group-commit transaction still in flight on the writer
 * (decision 0006); and they skip the query builder and the writer's
 * connection queue, which under 50 concurrent readers cost more than the
 * query itself. PostgreSQL reads go through Kysely and the pool as usual.
 */
export interface PlanReader {
  planRow(ownerId: string, planId: string): PlansTable | undefined;
  planHeaderRow(ownerId: string, planId: string): Omit<PlansTable, 'content'> | undefined;
  planVersion(ownerId: string, planId: string): number | undefined;
}

export function createSqlitePlanReader(database: SqliteDatabase.Database): PlanReader {
  // Prepared on first use: the tables exist only once migrations have run.
  let statements:
    | {
        row: SqliteDatabase.Statement<[string, string], PlansTable>;
        header: SqliteDatabase.Statement<[string, string], Omit<PlansTable, 'content'>>;
        version: SqliteDatabase.Statement<[string, string], { version: number }>;
      }
    | undefined;
  const prepared = () =>
    (statements ??= {
      row: database.prepare('select * from plans where id = ? and owner_id = ?'),
      header: database.prepare(
        'select id, owner_id, title, version, created_at, updated_at from plans where id = ? and owner_id = ?',
      ),
      version: database.prepare('select version from plans where id = ? and owner_id = ?'),
    });
  return {
    planRow: (ownerId, planId) => prepared().row.get(planId, ownerId),
    planHeaderRow: (ownerId, planId) => prepared().header.get(planId, ownerId),
    planVersion: (ownerId, planId) => prepared().version.get(planId, ownerId)?.version,
  };
}
