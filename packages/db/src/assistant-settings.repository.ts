import type { Connection } from './connection.ts';
import type { AssistantSettings, PlanStore } from './plan-store.ts';
import type { AssistantSettingsTable } from './tables.ts';

type AssistantSettingsRepository = Pick<
  PlanStore,
  'getAssistantSettings' | 'saveAssistantSettings' | 'deleteAssistantSettings'
>;

const toSettings = (row: AssistantSettingsTable): AssistantSettings => ({
  baseUrl: row.base_url,
  model: row.model,
  apiKey: row.api_key,
  updatedAt: row.updated_at,
});

export function createAssistantSettingsRepository({
  db,
  write,
}: Connection): AssistantSettingsRepository {
  return {
    async getAssistantSettings(ownerId) {
      const row = await db
        .selectFrom('assistant_settings')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .executeTakeFirst();
      return row === undefined ? null : toSettings(row);
    },

    async saveAssistantSettings({ ownerId, baseUrl, model, apiKey, now }) {
      return write(async (trx) => {
        // One upsert on both engines; a key left undefined keeps the stored one.
        const changes = {
          base_url: baseUrl,
          model,
          updated_at: now,
          ...(apiKey === undefined ? {} : { api_key: apiKey }),
        };
        const row = await trx
          .insertInto('assistant_settings')
          .values({ owner_id: ownerId, api_key: apiKey ?? null, ...changes })
          .onConflict((conflict) => conflict.column('owner_id').doUpdateSet(changes))
          .returningAll()
          .executeTakeFirstOrThrow();
        return toSettings(row);
      });
    },

    async deleteAssistantSettings(ownerId) {
      return write(async (trx) => {
        const deleted = await trx
          .deleteFrom('assistant_settings')
          .where('owner_id', '=', ownerId)
          .returning('owner_id')
          .executeTakeFirst();
        return deleted !== undefined;
      });
    },
  };
}
