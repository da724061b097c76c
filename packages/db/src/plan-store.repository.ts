import { createAssistantSettingsRepository } from './assistant-settings.repository.ts';
import type { Connection } from './connection.ts';
import { createIterationsRepository } from './iterations.repository.ts';
import type { PlanStore } from './plan-store.ts';
import { createPlansRepository } from './plans.repository.ts';
import { createProofRepository } from './proof.repository.ts';
import { createRevisionsRepository } from './revisions.repository.ts';

/**
 * The PlanStore over an open, migrated connection: one repository per feature,
 * composed. The queries are the same on both engines; where they differ (row
 * locks on PostgreSQL) the repository says why.
 */
export function createPlanStore(connection: Connection): PlanStore {
  let closing: Promise<void> | undefined;
  return {
    engine: connection.engine,
    ...createPlansRepository(connection),
    ...createRevisionsRepository(connection),
    ...createIterationsRepository(connection),
    ...createProofRepository(connection),
    ...createAssistantSettingsRepository(connection),
    // Idempotent: pg's Pool throws when ended twice, and shutdown paths often close twice.
    close() {
      closing ??= connection.close();
      return closing;
    },
  };
}
