import {
  buildTextIdf,
  indexStatements,
  type Statement,
  type StatementIndex,
  type TextIdf,
} from '@trailmap/ai-exposure';
import type { OccupationIndex } from '@trailmap/occupations';

/**
 * The O*NET side of matching: the word statistics of every task statement and
 * detailed work activity in the release (built once per loaded release), and
 * one occupation's statements.
 */

const idfOfRelease = new WeakMap<OccupationIndex, TextIdf>();

export function releaseIdf(index: OccupationIndex): TextIdf {
  let idf = idfOfRelease.get(index);
  if (!idf) {
    const texts = function* () {
      for (const tasks of index.catalog.tasks) for (const task of tasks) yield task.text;
      yield* index.catalog.dwas.titles;
    };
    idf = buildTextIdf(texts());
    idfOfRelease.set(index, idf);
  }
  return idf;
}

/** The occupation's tasks and detailed work activities, ready to match against. */
export function occupationStatements(index: OccupationIndex, occupation: number): StatementIndex {
  const statements: Statement[] = [];
  for (const task of index.catalog.tasks[occupation] ?? []) {
    statements.push({ kind: 'task', id: String(task.id), text: task.text });
  }
  const { dwas } = index.catalog;
  for (const d of dwas.ofOccupation[occupation] ?? []) {
    statements.push({ kind: 'dwa', id: dwas.ids[d]!, text: dwas.titles[d]! });
  }
  return indexStatements(releaseIdf(index), statements);
}

/** `4.A.2.a.4.I09.D03` → `4.A.2.a.4.I09`. */
export const iwaOfDwa = (dwaId: string): string => dwaId.replace(/\.D\d+$/, '');
