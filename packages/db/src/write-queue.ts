import { CompiledQuery, type Kysely } from 'kysely';
import type { TrailmapDatabase } from './tables.ts';

/** Runs one write inside a transaction and returns what it computed. */
export type WriteWork<T> = (trx: Kysely<TrailmapDatabase>) => Promise<T>;

/** How a repository performs a write: whole or not at all. */
export type RunWrite = <T>(work: WriteWork<T>) => Promise<T>;

/** PostgreSQL: one transaction per write; the server already groups commits of concurrent sessions. */
export function transactionPerWrite(db: Kysely<TrailmapDatabase>): RunWrite {
  return (work) => db.transaction().execute(work);
}

interface Pending {
  readonly work: WriteWork<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * SQLite group commit. SQLite has one writer and, with synchronous=FULL, every
 * commit waits for an fsync, so writes that arrive together would queue behind
 * one fsync each. Instead, the writes queued during one turn of the event loop
 * run in a single transaction, each inside its own savepoint (a write that
 * throws is rolled back alone), and one fsync makes them all durable.
 *
 * No caller is answered before the COMMIT that holds its write has returned,
 * so an acknowledged write survives a crash exactly as with one commit each;
 * if the COMMIT itself fails, every write in the group is refused.
 */
export function groupCommit(
  db: Kysely<TrailmapDatabase>,
  /** Called before each group begins and after it ends: plan reads must then start afresh (plan-reader.ts). */
  onGroupBoundary: () => void = () => {},
): RunWrite {
  // The group's own statements never change: compiled once, not per write.
  const statement = (text: string) => CompiledQuery.raw(text);
  const BEGIN = statement('begin immediate');
  const COMMIT = statement('commit');
  const ROLLBACK = statement('rollback');
  const SAVEPOINT = statement('savepoint w');
  const RELEASE = statement('release savepoint w');
  const ROLLBACK_TO = statement('rollback to savepoint w');
  let queue: Pending[] = [];
  let scheduled = false;

  async function flush(): Promise<void> {
    const batch = queue;
    queue = [];
    scheduled = false;
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      // One connection, held for the whole group. BEGIN IMMEDIATE takes the write
      // lock up front: a group whose first write reads first would otherwise fail
      // with SQLITE_BUSY_SNAPSHOT if another process wrote meanwhile.
      await db.connection().execute(async (trx) => {
        onGroupBoundary();
        await trx.executeQuery(BEGIN);
        try {
          await runGroup(trx);
          await trx.executeQuery(COMMIT);
        } catch (error) {
          await trx.executeQuery(ROLLBACK).catch(() => undefined);
          throw error;
        } finally {
          onGroupBoundary();
        }
      });
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    batch.forEach((pending, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) pending.resolve(outcome.value);
      else pending.reject(outcome.value);
    });

    async function runGroup(trx: Kysely<TrailmapDatabase>): Promise<void> {
      for (const pending of batch) {
        await trx.executeQuery(SAVEPOINT);
        try {
          const value = await pending.work(trx);
          await trx.executeQuery(RELEASE);
          outcomes.push({ ok: true, value });
        } catch (error) {
          await trx.executeQuery(ROLLBACK_TO);
          await trx.executeQuery(RELEASE);
          outcomes.push({ ok: false, value: error });
        }
      }
    }
  }

  // Flushes run one after another: a group forms while the previous one commits.
  let chain: Promise<void> = Promise.resolve();
  return <T>(work: WriteWork<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => {
          chain = chain.then(flush);
        });
      }
    });
}
