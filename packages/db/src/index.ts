export {
  openPlanStore,
  migrateToLatest,
  migrationNames,
  UnknownMigrationsError,
} from './open-database.ts';
export type { MigrationReport } from './open-database.ts';
export { documentJson, documentJsonUtf8 } from './tables.ts';
export type {
  AssistantSettings,
  DatabaseConfig,
  GuardedWrite,
  IterationCreate,
  PlanStore,
  RevisionSummary,
} from './plan-store.ts';
