import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('strategy_iterations')
    .ifNotExists()
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('plan_id', 'text', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('plan_version', 'integer', (col) => col.notNull())
    .addColumn('strategy', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    // The repository checks for a taken name first; this is the last line of defence.
    .addUniqueConstraint('strategy_iterations_plan_name_uq', ['plan_id', 'name'])
    .execute();

  // listIterations: one plan's iterations, oldest first.
  await db.schema
    .createIndex('strategy_iterations_plan_created_idx')
    .ifNotExists()
    .on('strategy_iterations')
    .columns(['plan_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('strategy_iterations').ifExists().execute();
}
