import type { Migration } from 'kysely';
import * as createPlans from './0001-create-plans.ts';
import * as createPlanRevisions from './0002-create-plan-revisions.ts';
import * as createStrategyIterations from './0003-create-strategy-iterations.ts';
import * as createProofEntries from './0004-create-proof-entries.ts';
import * as createAssistantSettings from './0005-create-assistant-settings.ts';

/**
 * Every migration this build knows, by name. Imported statically (not read from
 * the file system) so bundling or moving the code can never lose one.
 * Kysely applies them in the alphabetical order of their names, hence the
 * zero-padded prefix. Never edit a migration after it lands; add a new one.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-create-plans': createPlans,
  '0002-create-plan-revisions': createPlanRevisions,
  '0003-create-strategy-iterations': createStrategyIterations,
  '0004-create-proof-entries': createProofEntries,
  '0005-create-assistant-settings': createAssistantSettings,
};

/** The names of all known migrations, in the order they apply. */
export const migrationNames: readonly string[] = Object.keys(migrations).sort();
