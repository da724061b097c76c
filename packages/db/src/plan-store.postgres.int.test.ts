import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from './connection.ts';
import { openPlanStore } from './open-database.ts';
import { describePlanStoreContract } from './testing/index.ts';

const url = process.env.TRAILMAP_TEST_PG_URL;
// One schema per run keeps parallel and repeated runs apart; dropped at the end.
const schema = `t_${process.pid}_${Date.now()}`;

function pgUrl(): string {
  if (url === undefined) throw new Error('TRAILMAP_TEST_PG_URL is not set');
  return url;
}

describe.skipIf(url === undefined)(
  url === undefined
    ? 'PostgreSQL contract suite skipped: set TRAILMAP_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test to run it'
    : 'PlanStore on PostgreSQL',
  () => {
    afterAll(async () => {
      const client = new pg.Client({ connectionString: pgUrl() });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    });

    describePlanStoreContract('PlanStore contract on PostgreSQL', () =>
      openPlanStore({ engine: 'postgres', url: pgUrl(), schema }),
    );

    describe('PostgreSQL specifics', () => {
      it('reports its engine as postgres and keeps every table in the configured schema', async () => {
        const store = await openPlanStore({ engine: 'postgres', url: pgUrl(), schema });
        await store.close();
        const connection = await connect({ engine: 'postgres', url: pgUrl() });
        try {
          const { rows } = await sql<{ table_name: string }>`
            select table_name from information_schema.tables
            where table_schema = ${schema} order by table_name`.execute(connection.db);
          expect(store.engine).toBe('postgres');
          expect(rows.map((row) => row.table_name)).toEqual([
            'assistant_settings',
            'kysely_migration',
            'kysely_migration_lock',
            'plan_revisions',
            'plans',
            'proof_entries',
            'strategy_iterations',
          ]);
        } finally {
          await connection.close();
        }
      });

      it('keeps options given in the URL alongside the search path', async () => {
        const withOptions = `${pgUrl()}${pgUrl().includes('?') ? '&' : '?'}options=${encodeURIComponent('-c statement_timeout=4321')}`;
        const connection = await connect({ engine: 'postgres', url: withOptions, schema });
        try {
          const timeout = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(
            connection.db,
          );
          const searchPath = await sql<{ search_path: string }>`show search_path`.execute(
            connection.db,
          );
          expect(timeout.rows[0]?.statement_timeout).toBe('4321ms');
          expect(searchPath.rows[0]?.search_path).toBe(schema);
        } finally {
          await connection.close();
        }
      });

      it('refuses a schema name that would need quoting', async () => {
        await expect(
          openPlanStore({ engine: 'postgres', url: pgUrl(), schema: 'Trailmap; drop' }),
        ).rejects.toThrow(/Invalid PostgreSQL schema name/);
      });
    });
  },
);
