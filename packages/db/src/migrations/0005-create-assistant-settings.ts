import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per owner: the language-model endpoint the person configured
  // (decision 0020). No row means the feature is off and nothing is sent anywhere.
  await db.schema
    .createTable('assistant_settings')
    .ifNotExists()
    .addColumn('owner_id', 'text', (col) => col.primaryKey())
    .addColumn('base_url', 'text', (col) => col.notNull())
    .addColumn('model', 'text', (col) => col.notNull())
    // Null for local servers that need no key.
    .addColumn('api_key', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assistant_settings').ifExists().execute();
}
