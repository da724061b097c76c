import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPlanStore, type PlanStore } from '@trailmap/db';

export interface TestStore {
  readonly store: PlanStore;
  readonly dispose: () => Promise<void>;
}

export interface EngineUnderTest {
  readonly engine: 'sqlite' | 'postgres';
  readonly open: () => Promise<TestStore>;
}

/** The PostgreSQL URL for tests, or undefined (tests then say they skip). */
export const testPgUrl = process.env.TRAILMAP_TEST_PG_URL?.trim() || undefined;
export const PG_SKIP_NOTE =
  'PostgreSQL run skipped: set TRAILMAP_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test to run it';

let counter = 0;

/** SQLite in a fresh temporary file (real engine, real WAL), removed afterwards. */
async function openSqlite(): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-api-'));
  const store = await openPlanStore({ engine: 'sqlite', path: join(dir, 'test.db') });
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** PostgreSQL in a schema of its own, dropped afterwards. */
async function openPostgres(url: string): Promise<TestStore> {
  const schema = `api_${process.pid}_${Date.now()}_${counter++}`;
  const store = await openPlanStore({ engine: 'postgres', url, schema });
  return {
    store,
    dispose: async () => {
      await store.close();
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

/** SQLite always; PostgreSQL too when its URL is set. */
export function enginesUnderTest(): EngineUnderTest[] {
  const engines: EngineUnderTest[] = [{ engine: 'sqlite', open: openSqlite }];
  const url = testPgUrl;
  if (url) engines.push({ engine: 'postgres', open: () => openPostgres(url) });
  return engines;
}
