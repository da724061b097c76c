import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from './connection.ts';
import { migrateConnection } from './migrate.ts';
import {
  UnknownMigrationsError,
  migrateToLatest,
  migrationNames,
  openPlanStore,
} from './open-database.ts';
import type { DatabaseConfig } from './plan-store.ts';
import { createClock, givenPlan, newOwnerId, proofInput } from './testing/contract-fixtures.ts';

const pgUrl = process.env.TRAILMAP_TEST_PG_URL;

/** A way to get a fresh, empty database of one engine, and to clean them all up. */
interface Engine {
  readonly label: string;
  readonly skipped: boolean;
  newDatabase(): DatabaseConfig;
  cleanUp(): Promise<void>;
}

function sqliteEngine(): Engine {
  const dirs: string[] = [];
  return {
    label: 'SQLite',
    skipped: false,
    newDatabase() {
      const dir = mkdtempSync(join(tmpdir(), 'trailmap-migrations-'));
      dirs.push(dir);
      return { engine: 'sqlite', path: join(dir, 'trailmap.sqlite') };
    },
    async cleanUp() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresEngine(url: string | undefined): Engine {
  const schemas: string[] = [];
  const prefix = `m_${process.pid}_${Date.now()}`;
  return {
    label: 'PostgreSQL',
    skipped: url === undefined,
    newDatabase() {
      if (url === undefined) throw new Error('TRAILMAP_TEST_PG_URL is not set');
      // A schema of its own is an empty database as far as the migrations can tell.
      const schema = `${prefix}_${schemas.length}`;
      schemas.push(schema);
      return { engine: 'postgres', url, schema };
    },
    async cleanUp() {
      if (url === undefined || schemas.length === 0) return;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (const schema of schemas.splice(0))
          await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Proves the migrated schema works end to end, down to the cascade on delete. */
async function expectWorkingStore(config: DatabaseConfig): Promise<void> {
  const store = await openPlanStore(config);
  try {
    const clock = createClock();
    const ownerId = newOwnerId();
    const plan = await givenPlan(store, { ownerId, now: clock() });
    await store.createIteration({
      id: 'it-1',
      ownerId,
      planId: plan.id,
      name: 'First',
      now: clock(),
    });
    await store.createProof({
      id: 'proof-1',
      ownerId,
      planId: plan.id,
      entry: proofInput(),
      now: clock(),
    });
    expect(await store.deletePlan({ ownerId, planId: plan.id, expectedVersion: 1 })).toStrictEqual({
      kind: 'ok',
      value: null,
    });
    expect(await store.getRevision(ownerId, plan.id, 1)).toBeNull();
    expect(await store.getIteration(ownerId, plan.id, 'it-1')).toBeNull();
    expect(await store.getProof(ownerId, plan.id, 'proof-1')).toBeNull();
  } finally {
    await store.close();
  }
}

describe('migration list', () => {
  it('names migrations NNNN-verb-object, numbered from 0001 without gaps', () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    migrationNames.forEach((name, index) => {
      expect(name).toMatch(/^\d{4}-[a-z]+(-[a-z]+)+$/);
      expect(name.slice(0, 4)).toBe(String(index + 1).padStart(4, '0'));
    });
  });
});

for (const engine of [sqliteEngine(), postgresEngine(pgUrl)]) {
  const title = engine.skipped
    ? `${engine.label} migrations skipped: set TRAILMAP_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test to run them`
    : `migrations on ${engine.label}`;

  describe.skipIf(engine.skipped)(title, () => {
    afterAll(() => engine.cleanUp());

    it('applies every migration to an empty database, then finds nothing left to do', async () => {
      const config = engine.newDatabase();

      expect(await migrateToLatest(config)).toStrictEqual({ applied: migrationNames });
      expect(await migrateToLatest(config)).toStrictEqual({ applied: [] });
      await expectWorkingStore(config);
    });

    it.each(migrationNames.map((_, count) => count))(
      'applies the rest on top of a database migrated through the first %i',
      async (count) => {
        const config = engine.newDatabase();
        const connection = await connect(config);
        try {
          const target = migrationNames[count - 1];
          const report =
            target === undefined ? { applied: [] } : await migrateConnection(connection, target);
          expect(report.applied).toEqual(migrationNames.slice(0, count));
        } finally {
          await connection.close();
        }

        expect(await migrateToLatest(config)).toStrictEqual({
          applied: migrationNames.slice(count),
        });
        await expectWorkingStore(config);
      },
    );

    it('refuses to open a database migrated by a newer Trailmap, naming the migrations it does not know', async () => {
      const config = engine.newDatabase();
      await migrateToLatest(config);
      const connection = await connect(config);
      try {
        const table =
          connection.schema === undefined
            ? 'kysely_migration'
            : `${connection.schema}.kysely_migration`;
        await sql`insert into ${sql.table(table)} (name, timestamp)
                  values ('9999-add-future-feature', '2099-01-01T00:00:00.000Z')`.execute(
          connection.db,
        );
      } finally {
        await connection.close();
      }

      const opening = openPlanStore(config);

      await expect(opening).rejects.toBeInstanceOf(UnknownMigrationsError);
      await expect(opening).rejects.toThrow(/9999-add-future-feature.*upgrade Trailmap/s);
      await expect(opening).rejects.toMatchObject({
        unknownMigrations: ['9999-add-future-feature'],
      });
      await expect(migrateToLatest(config)).rejects.toBeInstanceOf(UnknownMigrationsError);
    });
  });
}
