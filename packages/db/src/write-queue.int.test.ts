import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type Connection } from './connection.ts';
import { migrateConnection } from './migrate.ts';

const opened: { connection: Connection; dir: string }[] = [];

async function openSqlite(): Promise<Connection> {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-queue-'));
  const connection = await connect({ engine: 'sqlite', path: join(dir, 'queue.db') });
  await migrateConnection(connection);
  opened.push({ connection, dir });
  return connection;
}

afterEach(async () => {
  for (const { connection, dir } of opened.splice(0)) {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

const planRow = (id: string) => ({
  id,
  owner_id: 'owner',
  title: id,
  version: 1,
  content: '{}',
  created_at: '2026-11-21T00:00:00.000Z',
  updated_at: '2026-11-21T00:00:00.000Z',
});

describe('group commit on SQLite', () => {
  it('commits the writes of one turn together and rolls back only the one that failed', async () => {
    const { db, write } = await openSqlite();
    const results = await Promise.allSettled([
      write((trx) => trx.insertInto('plans').values(planRow('a')).execute()),
      write(async (trx) => {
        await trx.insertInto('plans').values(planRow('b')).execute();
        throw new Error('this write changes its mind');
      }),
      write((trx) => trx.insertInto('plans').values(planRow('c')).execute()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const ids = (await db.selectFrom('plans').select('id').orderBy('id').execute()).map(
      (r) => r.id,
    );
    expect(ids).toEqual(['a', 'c']);
  });

  it('answers no write before its group has committed', async () => {
    const connection = await openSqlite();
    const seenAtAnswer: (number | undefined)[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map((id) =>
        connection
          .write((trx) => trx.insertInto('plans').values(planRow(id)).execute())
          // The read-only connection sees committed data only.
          .then(() => seenAtAnswer.push(connection.reader?.planVersion('owner', id))),
      ),
    );
    expect(seenAtAnswer).toEqual([1, 1, 1]);
  });

  it('keeps a group in flight invisible to plan reads', async () => {
    const { write, reader } = await openSqlite();
    await write((trx) => trx.insertInto('plans').values(planRow('p')).execute());
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowWrite = write(async (trx) => {
      await trx.updateTable('plans').set({ version: 2 }).where('id', '=', 'p').execute();
      await gate;
    });
    // Let the group start and run its update, then read while it is still open.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reader?.planVersion('owner', 'p')).toBe(1);
    release();
    await slowWrite;
    expect(reader?.planVersion('owner', 'p')).toBe(2);
  });

  it('shows an acknowledged write to the next read even when the read snapshot of the turn predates it', async () => {
    const { write, reader } = await openSqlite();
    await write((trx) => trx.insertInto('plans').values(planRow('p')).execute());
    // The write's group is queued first; the read then opens this turn's shared
    // snapshot, whose scheduled end comes only after the group has committed.
    const update = write((trx) =>
      trx.updateTable('plans').set({ version: 2 }).where('id', '=', 'p').execute(),
    );
    expect(reader?.planVersion('owner', 'p')).toBe(1);
    await update;
    expect(reader?.planVersion('owner', 'p')).toBe(2);
  });

  it('ends the shared read snapshot with the turn, so commits by other processes show from the next turn', async () => {
    const { write, reader } = await openSqlite();
    await write((trx) => trx.insertInto('plans').values(planRow('p')).execute());
    expect(reader?.planVersion('owner', 'p')).toBe(1);
    // Another process commits while this turn's snapshot is open.
    const other = new Database(join(opened.at(-1)!.dir, 'queue.db'));
    other.prepare("update plans set version = 2 where id = 'p'").run();
    other.close();
    expect(reader?.planVersion('owner', 'p')).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reader?.planVersion('owner', 'p')).toBe(2);
  });
});
