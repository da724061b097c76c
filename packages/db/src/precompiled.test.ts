import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { precompile } from './precompiled.ts';
import type { TrailmapDatabase } from './tables.ts';

/** Kysely that compiles for a dialect and never connects. */
const compilerFor = (engine: 'sqlite' | 'postgres') =>
  new Kysely<TrailmapDatabase>({
    dialect: {
      createAdapter: () => (engine === 'sqlite' ? new SqliteAdapter() : new PostgresAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) =>
        engine === 'sqlite' ? new SqliteIntrospector(db) : new PostgresIntrospector(db),
      createQueryCompiler: () =>
        engine === 'sqlite' ? new SqliteQueryCompiler() : new PostgresQueryCompiler(),
    },
  });

describe('precompile', () => {
  for (const engine of ['sqlite', 'postgres'] as const) {
    it(`puts each run's values where the query builder would have put them (${engine})`, () => {
      const db = compilerFor(engine);
      const build = (values: { title: string; id: string; version: number }) =>
        db
          .updateTable('plans')
          .set((eb) => ({ title: values.title, version: eb('version', '+', 1) }))
          .where('id', '=', values.id)
          .where('version', '=', values.version);
      const statement = precompile<'title' | 'id' | 'version', never>((slot) =>
        build({ title: slot('title'), id: slot('id'), version: slot('version') }),
      );

      const first = { title: 'First', id: 'plan-1', version: 3 };
      const second = { title: 'Second', id: 'plan-2', version: 8 };
      const a = statement(first);
      const b = statement(second);
      for (const [compiled, values] of [
        [a, first],
        [b, second],
      ] as const) {
        const expected = build(values).compile();
        expect(compiled.sql).toBe(expected.sql);
        // The built-in 1 of `version + 1` stays; the slots get this run's values.
        expect(compiled.parameters).toEqual(expected.parameters);
        expect(compiled.parameters).toContain(1);
      }
      // Runs do not share their parameters.
      expect(a.parameters).not.toBe(b.parameters);
      expect(a.parameters).toContain('First');
      expect(a.parameters).not.toContain('Second');
    });
  }

  it('passes values of any type through unchanged, bytes included', () => {
    const statement = precompile<'content' | 'id', never>((slot) =>
      compilerFor('sqlite')
        .updateTable('plans')
        .set({ content: slot('content') })
        .where('id', '=', slot('id')),
    );
    const bytes = Buffer.from('{"a":"é"}');
    expect(statement({ content: bytes, id: 'p' }).parameters).toEqual([bytes, 'p']);
  });
});
