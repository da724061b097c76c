import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { createSamplePlanContent } from '@trailmap/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from './connection.ts';
import { openPlanStore } from './open-database.ts';
import type { PlanStore } from './plan-store.ts';
import { createClock, givenPlan, newOwnerId } from './testing/contract-fixtures.ts';
import { describePlanStoreContract } from './testing/index.ts';

const tempDirs: string[] = [];

function newTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-db-'));
  tempDirs.push(dir);
  return dir;
}

/** A database file one level below a directory that does not exist yet. */
function newDatabasePath(): string {
  return join(newTempDir(), 'data', 'trailmap.sqlite');
}

// Runs after the suite's own afterEach has closed the store.
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describePlanStoreContract('PlanStore contract on SQLite', () =>
  openPlanStore({ engine: 'sqlite', path: newDatabasePath() }),
);

describe('SQLite specifics', () => {
  it('reports its engine as sqlite and creates the missing parent directory of the file', async () => {
    const path = newDatabasePath();
    const store = await openPlanStore({ engine: 'sqlite', path });
    try {
      expect(store.engine).toBe('sqlite');
      expect(existsSync(path)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('opens with a WAL journal, full sync on commit, foreign keys on and a 5 s busy timeout', async () => {
    const connection = await connect({ engine: 'sqlite', path: newDatabasePath() });
    try {
      const pragma = async (name: string): Promise<unknown> => {
        const { rows } = await sql<Record<string, unknown>>`${sql.raw(`pragma ${name}`)}`.execute(
          connection.db,
        );
        return Object.values(rows[0] ?? {})[0];
      };
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2); // 2 = FULL
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
    } finally {
      await connection.close();
    }
  });

  it('finds its plans again after closing and reopening the file', async () => {
    const path = newDatabasePath();
    const ownerId = newOwnerId();
    const first = await openPlanStore({ engine: 'sqlite', path });
    const plan = await givenPlan(first, { ownerId, now: createClock()() });
    await first.close();

    const second = await openPlanStore({ engine: 'sqlite', path });
    try {
      expect(await second.getPlan(ownerId, plan.id)).toStrictEqual(plan);
    } finally {
      await second.close();
    }
  });

  it('stores a saved content as text, its JSON exactly, in the plan and every revision', async () => {
    // Saves bind the content's UTF-8 bytes (decision 0024); without the cast to
    // text SQLite would keep them as a blob, and reads would return bytes.
    const path = newDatabasePath();
    const ownerId = newOwnerId();
    const clock = createClock();
    const sample = createSamplePlanContent();
    const content = { ...sample, knownFor: 'Known for 🤝 trust — “quoted”, 漢字, مرحبا' };
    const store = await openPlanStore({ engine: 'sqlite', path });
    const plan = await givenPlan(store, { ownerId, now: clock() });
    const guarded = await store.updatePlan({
      ownerId,
      planId: plan.id,
      expectedVersion: 1,
      title: 'Second',
      content,
      now: clock(),
    });
    const unguarded = await store.updatePlan({
      ownerId,
      planId: plan.id,
      expectedVersion: null,
      title: 'Third',
      content: sample,
      now: clock(),
    });
    expect([guarded.kind, unguarded.kind]).toEqual(['ok', 'ok']);
    expect((await store.getPlan(ownerId, plan.id))?.content).toStrictEqual(sample);
    await store.close();

    const database = new Database(path, { readonly: true });
    try {
      const planRow = database
        .prepare('select typeof(content) as type, content from plans where id = ?')
        .get(plan.id);
      expect(planRow).toEqual({ type: 'text', content: JSON.stringify(sample) });
      const revisions = database
        .prepare(
          'select version, title, typeof(content) as type, content from plan_revisions where plan_id = ? order by version',
        )
        .all(plan.id);
      expect(revisions).toEqual([
        expect.objectContaining({ version: 1, type: 'text' }),
        { version: 2, title: 'Second', type: 'text', content: JSON.stringify(content) },
        { version: 3, title: 'Third', type: 'text', content: JSON.stringify(sample) },
      ]);
    } finally {
      database.close();
    }
  });

  it('closing twice is harmless', async () => {
    const store = await openPlanStore({ engine: 'sqlite', path: newDatabasePath() });
    await store.close();
    await expect(store.close()).resolves.toBeUndefined();
  });

  it('keeps every acknowledged save when the writing process is killed', async () => {
    const path = newDatabasePath();
    const acknowledged = await writeUntilKilled(path, 25);

    const store: PlanStore = await openPlanStore({ engine: 'sqlite', path });
    try {
      const stored = new Set((await store.listPlans('owner-killed')).map((plan) => plan.id));
      for (let n = 1; n <= acknowledged; n++) expect(stored.has(`plan-${n}`)).toBe(true);
    } finally {
      await store.close();
    }
  });
});

/**
 * Starts a separate Node process that creates plans one after another and
 * prints each number once its commit has returned, SIGKILLs it after `acks`
 * acknowledgements, and resolves with the last number it printed.
 */
async function writeUntilKilled(path: string, acks: number): Promise<number> {
  const rootDir = fileURLToPath(new URL('../../../', import.meta.url));
  const moduleUrl = new URL('./open-database.ts', import.meta.url).href;
  const script = `
    const [, moduleUrl, path] = process.argv;
    const { openPlanStore } = await import(moduleUrl);
    const store = await openPlanStore({ engine: 'sqlite', path });
    const now = new Date(Date.UTC(2026, 0, 1)).toISOString();
    for (let n = 1; ; n++) {
      await store.createPlan({ id: 'plan-' + n, ownerId: 'owner-killed', title: 'Plan ' + n, content: { n }, now });
      process.stdout.write(n + '\\n');
    }`;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script, moduleUrl, path],
    { cwd: rootDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let last = 0;
  let buffered = '';
  return new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) last = Number(line);
      if (last >= acks) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL' && last >= acks) resolve(last);
      else reject(new Error(`The writer stopped on its own after ${last} saves: ${stderr}`));
    });
  });
}
