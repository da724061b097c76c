import { Migrator, sql } from 'kysely';
import type { MigrationProvider, MigrationResultSet } from 'kysely';
import { connect } from './connection.ts';
import type { Connection } from './connection.ts';
import { migrationNames, migrations } from './migrations/index.ts';
import type { DatabaseConfig } from './plan-store.ts';

/** Kysely's default bookkeeping table, named here because we read it ourselves. */
const MIGRATION_TABLE = 'kysely_migration';

/**
 * The database was migrated by a newer Trailmap than this one. Starting anyway
 * would run old queries against a schema they do not know, so we refuse.
 */
export class UnknownMigrationsError extends Error {
  readonly unknownMigrations: readonly string[];

  constructor(unknownMigrations: readonly string[]) {
    super(
      `The database has migrations applied that this version of Trailmap does not know: ` +
        `${unknownMigrations.join(', ')}. It was last used by a newer Trailmap; ` +
        `upgrade Trailmap to that version or later before starting it on this database.`,
    );
    this.name = 'UnknownMigrationsError';
    this.unknownMigrations = unknownMigrations;
  }
}

export interface MigrationReport {
  /** Names of the migrations this run applied, in order; empty when already up to date. */
  readonly applied: readonly string[];
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** The applied migrations this build does not know, in the order they were recorded. */
export async function findUnknownMigrations(connection: Connection): Promise<string[]> {
  if (!(await hasMigrationTable(connection))) return [];
  const table =
    connection.schema === undefined ? MIGRATION_TABLE : `${connection.schema}.${MIGRATION_TABLE}`;
  const { rows } = await sql<{ name: string }>`
    select name from ${sql.table(table)} order by timestamp, name`.execute(connection.db);
  const known = new Set(migrationNames);
  return rows.map((row) => row.name).filter((name) => !known.has(name));
}

async function hasMigrationTable(connection: Connection): Promise<boolean> {
  const found =
    connection.engine === 'sqlite'
      ? await sql<{ found: number }>`
          select 1 as found from sqlite_master where type = 'table' and name = ${MIGRATION_TABLE}`.execute(
          connection.db,
        )
      : await sql<{ found: number }>`
          select 1 as found from information_schema.tables
          where table_schema = ${connection.schema} and table_name = ${MIGRATION_TABLE}`.execute(
          connection.db,
        );
  return found.rows.length > 0;
}

/**
 * Brings the database up to `target` (default: the latest migration), after
 * refusing with {@link UnknownMigrationsError} when it is ahead of this build.
 * Kysely would refuse too, but with a message about "corrupted migrations" that
 * tells an operator nothing about what to do.
 */
export async function migrateConnection(
  connection: Connection,
  target?: string,
): Promise<MigrationReport> {
  const unknown = await findUnknownMigrations(connection);
  if (unknown.length > 0) throw new UnknownMigrationsError(unknown);

  const migrator = new Migrator({
    db: connection.db,
    provider,
    // Pin the bookkeeping tables to the configured schema on PostgreSQL; left
    // unqualified, Kysely's existence check would see a kysely_migration table
    // in any other schema of the database and skip creating ours.
    ...(connection.schema === undefined ? {} : { migrationTableSchema: connection.schema }),
  });
  const resultSet: MigrationResultSet =
    target === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
  if (resultSet.error !== undefined) {
    const failed = resultSet.results?.find((result) => result.status === 'Error');
    throw new Error(
      `Migration ${failed?.migrationName ?? '(before any migration ran)'} failed: ${messageOf(resultSet.error)}`,
      { cause: resultSet.error },
    );
  }
  return {
    applied: (resultSet.results ?? [])
      .filter((result) => result.status === 'Success' && result.direction === 'Up')
      .map((result) => result.migrationName),
  };
}

/**
 * Opens the configured database, applies every pending migration and closes
 * it again: what a `db:migrate` command needs.
 */
export async function migrateToLatest(config: DatabaseConfig): Promise<MigrationReport> {
  const connection = await connect(config);
  try {
    return await migrateConnection(connection);
  } finally {
    await connection.close();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
