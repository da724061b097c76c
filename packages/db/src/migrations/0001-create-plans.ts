import type { Kysely } from 'kysely';

// Migrations take `Kysely<unknown>`: they run against the schema as it was when
// they were written, not against today's table types.
// `ifNotExists` everywhere: SQLite runs migrations outside a transaction (Kysely
// does not wrap DDL there), so a migration interrupted half-way must be able to
// run again.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plans')
    .ifNotExists()
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // listPlans: one owner's plans, most recently updated first.
  await db.schema
    .createIndex('plans_owner_updated_idx')
    .ifNotExists()
    .on('plans')
    .columns(['owner_id', 'updated_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plans').ifExists().execute();
}
