import { connect } from './connection.ts';
import { migrateConnection } from './migrate.ts';
import { createPlanStore } from './plan-store.repository.ts';
import type { DatabaseConfig, PlanStore } from './plan-store.ts';

export { UnknownMigrationsError, migrateToLatest } from './migrate.ts';
export type { MigrationReport } from './migrate.ts';
export { migrationNames } from './migrations/index.ts';

/**
 * Opens SQLite or PostgreSQL as configured, brings the schema up to date and
 * returns the store. Throws {@link UnknownMigrationsError} (and closes the
 * connection) when the database was migrated by a newer Trailmap.
 */
export async function openPlanStore(config: DatabaseConfig): Promise<PlanStore> {
  const connection = await connect(config);
  try {
    await migrateConnection(connection);
  } catch (error) {
    await connection.close();
    throw error;
  }
  return createPlanStore(connection);
}
