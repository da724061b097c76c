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
  /**
   * Ends the shared read snapshot, if one is open, so the next read sees every
   * commit made so far. The writer calls it around each group commit.
   */
  endSnapshot(): void;
}

/**
 * @param shareSnapshots Serve the reads of one event-loop turn from one read
 *   transaction (decision 0019). Only for a connection of its own: on a
 *   connection shared with the writer, BEGIN would collide with group commit.
 */
export function createSqlitePlanReader(
  database: SqliteDatabase.Database,
  { shareSnapshots }: { shareSnapshots: boolean },
): PlanReader {
  // Prepared on first use: the tables exist only once migrations have run.
  let statements:
    | {
        row: SqliteDatabase.Statement<[string, string], PlansTable>;
        header: SqliteDatabase.Statement<[string, string], Omit<PlansTable, 'content'>>;
        version: SqliteDatabase.Statement<[string, string], number | undefined>;
        begin: SqliteDatabase.Statement<[]>;
        end: SqliteDatabase.Statement<[]>;
        dataVersion: SqliteDatabase.Statement<[], number>;
      }
    | undefined;
  const prepared = () =>
    (statements ??= {
      row: database.prepare('select * from plans where id = ? and owner_id = ?'),
      header: database.prepare(
        'select id, owner_id, title, version, created_at, updated_at from plans where id = ? and owner_id = ?',
      ),
      version: database
        .prepare<[string, string], number | undefined>(
          'select version from plans where id = ? and owner_id = ?',
        )
        .pluck(),
      begin: database.prepare('begin'),
      end: database.prepare('commit'),
      dataVersion: database.prepare<[], number>('pragma data_version').pluck(),
    });

  // Each statement outside a transaction takes and drops WAL read locks (fcntl
  // calls on the -shm file) and revalidates the WAL header; under concurrent
  // reads that was most of a plan read's database time. Reads of one turn
  // instead share one snapshot, opened by the first of them and ended before
  // the turn is over (setImmediate), and whenever this process's writer
  // begins or commits a group, so a read that follows an acknowledged write
  // always sees it. A snapshot is committed data only, and at most one turn
  // old with respect to other processes.
  //
  // A plan's version is then answered from memory while the database is
  // unchanged: `pragma data_version`, read as each snapshot opens, changes
  // whenever another connection has committed since this one last read (this
  // process's writer and other processes alike; the reader itself never
  // writes), and any change forgets every version known.
  let snapshotOpen = false;
  let dataVersion: number | undefined;
  const knownVersions = new Map<string, { ownerId: string; version: number }>();
  const endSnapshot = () => {
    if (!snapshotOpen) return;
    snapshotOpen = false;
    if (database.inTransaction) prepared().end.run();
  };
  const snapshot = () => {
    const s = prepared();
    if (shareSnapshots && !snapshotOpen) {
      s.begin.run();
      snapshotOpen = true;
      setImmediate(endSnapshot);
      // The first statement of the transaction: it also fixes the snapshot.
      const current = s.dataVersion.get();
      if (current !== dataVersion) {
        knownVersions.clear();
        dataVersion = current;
      }
    }
    return s;
  };

  return {
    planRow: (ownerId, planId) => snapshot().row.get(planId, ownerId),
    planHeaderRow: (ownerId, planId) => snapshot().header.get(planId, ownerId),
    planVersion: (ownerId, planId) => {
      const s = snapshot();
      if (!shareSnapshots) return s.version.get(planId, ownerId);
      const known = knownVersions.get(planId);
      if (known !== undefined && known.ownerId === ownerId) return known.version;
      const version = s.version.get(planId, ownerId);
      if (version !== undefined) {
        // Bounded; a person has a handful of plans.
        if (knownVersions.size >= 1000) knownVersions.clear();
        knownVersions.set(planId, { ownerId, version });
      }
      return version;
    },
    endSnapshot,
  };
}
