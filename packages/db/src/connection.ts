import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from './plan-store.ts';
import type { TrailmapDatabase } from './tables.ts';
import { groupCommit, transactionPerWrite, type RunWrite } from './write-queue.ts';
import { createSqlitePlanReader, type PlanReader } from './plan-reader.ts';

/** An open Kysely instance with what the rest of the package needs to know about it. */
export interface Connection {
  readonly engine: 'sqlite' | 'postgres';
  readonly db: Kysely<TrailmapDatabase>;
  /** PostgreSQL only: the schema every table lives in (also the search_path). */
  readonly schema: string | undefined;
  /** Runs a write in a transaction (group-committed on SQLite, see write-queue.ts). */
  readonly write: RunWrite;
  /** SQLite only: synchronous plan reads on a read-only connection (see plan-reader.ts). */
  readonly reader: PlanReader | undefined;
  /** Closes everything the connection opened. */
  readonly close: () => Promise<void>;
}

/**
 * Kysely prepares every query afresh; on better-sqlite3 that is a measurable
 * share of a request. The statements a store uses are a small fixed set, so
 * keep each prepared once (bounded, in case of unforeseen dynamic SQL).
 */
function withStatementCache(database: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare: (sqlText: string) => {
      let statement = cache.get(sqlText);
      if (!statement) {
        statement = database.prepare(sqlText);
        if (cache.size >= 500) cache.clear();
        cache.set(sqlText, statement);
      }
      return statement;
    },
  };
}

const DEFAULT_PG_SCHEMA = 'public';

// Lower-case identifiers only: the name goes unquoted into the connection's
// `options` (where PostgreSQL would fold it to lower case) and quoted into
// CREATE SCHEMA, and the two must agree.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens SQLite or PostgreSQL as configured, without migrating. */
export async function connect(config: DatabaseConfig): Promise<Connection> {
  return config.engine === 'sqlite'
    ? connectSqlite(config.path)
    : connectPostgres(config.url, config.schema ?? DEFAULT_PG_SCHEMA, config.schema !== undefined);
}

function connectSqlite(path: string): Connection {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
  }
  const database = new SqliteDatabase(path, { timeout: 5000 });
  // WAL lets readers run beside the writer. synchronous=FULL fsyncs the WAL on
  // every commit: NORMAL would survive a killed process but can lose the last
  // acknowledged commits on power loss, and a saved plan must stay saved.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  // Stock SQLite ignores foreign keys (and so ON DELETE CASCADE) unless asked, per
  // connection. better-sqlite3 happens to build with them on; say so anyway so the
  // cascade never depends on how the library was compiled.
  database.pragma('foreign_keys = ON');
  // Wait up to 5 s for another process holding the write lock instead of failing at once.
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<TrailmapDatabase>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
  });
  // An in-memory database exists only on its own connection, so there the reader shares it.
  const readerDatabase =
    path === ':memory:' ? database : new SqliteDatabase(path, { readonly: true, timeout: 5000 });
  const reader = createSqlitePlanReader(readerDatabase, {
    shareSnapshots: readerDatabase !== database,
  });
  return {
    engine: 'sqlite',
    db,
    schema: undefined,
    write: groupCommit(db, reader.endSnapshot),
    reader,
    close: async () => {
      await db.destroy();
      if (readerDatabase !== database && readerDatabase.open) {
        reader.endSnapshot();
        readerDatabase.close();
      }
    },
  };
}

async function connectPostgres(
  url: string,
  schema: string,
  createSchema: boolean,
): Promise<Connection> {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(
      `Invalid PostgreSQL schema name "${schema}": use lower-case letters, digits and underscores, starting with a letter or underscore.`,
    );
  }
  const pool = new pg.Pool(withSearchPath(url, schema));
  const db = new Kysely<TrailmapDatabase>({ dialect: new PostgresDialect({ pool }) });
  if (createSchema) {
    try {
      await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }
  return {
    engine: 'postgres',
    db,
    schema,
    write: transactionPerWrite(db),
    reader: undefined,
    close: () => db.destroy(),
  };
}

/**
 * Pins search_path on every pooled connection through the startup `options`, so
 * unqualified table names resolve to `schema` from the first query on — a
 * `SET search_path` after connecting could race the first query on that client.
 * pg lets options in the URL override the config object, so any `options` the
 * URL carries are moved out of it and kept ahead of ours.
 */
function withSearchPath(url: string, schema: string): pg.PoolConfig {
  const parsed = new URL(url);
  const fromUrl = parsed.searchParams.get('options');
  parsed.searchParams.delete('options');
  const searchPath = `-c search_path=${schema}`;
  return {
    connectionString: fromUrl === null ? url : parsed.toString(),
    options: fromUrl === null ? searchPath : `${fromUrl} ${searchPath}`,
  };
}
