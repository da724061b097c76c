import { CompiledQuery, type Compilable } from 'kysely';

const SLOT_PREFIX = '\u0000trailmap-slot:';

/**
 * A statement built with Kysely once and run many times with new values.
 * Building and compiling a query costs more than running it on SQLite; a save
 * ran two such statements each time (decision 0024). `build` receives `slot`,
 * which stands for a value given at run time; every other value the query
 * holds (such as the 1 in `version + 1`) stays as it was built.
 */
export function precompile<K extends string, Row>(
  build: (slot: (key: K) => never) => Compilable<Row>,
): (values: Readonly<Record<K, unknown>>) => CompiledQuery<Row> {
  const compiled = build((key) => `${SLOT_PREFIX}${key}` as never).compile();
  const keys = compiled.parameters.map((value) =>
    typeof value === 'string' && value.startsWith(SLOT_PREFIX)
      ? (value.slice(SLOT_PREFIX.length) as K)
      : undefined,
  );
  const built = compiled.parameters;
  return (values) =>
    CompiledQuery.raw(
      compiled.sql,
      keys.map((key, i) => (key === undefined ? built[i] : values[key])),
    ) as CompiledQuery<Row>;
}
