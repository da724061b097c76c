import { matchScore, queryVectorOf, vectorOf, type TextIdf, type TextVector } from './tf-idf.ts';

/** An O*NET statement a task can be matched to: a task, or a detailed work activity (DWA). */
export interface Statement {
  readonly kind: 'task' | 'dwa';
  readonly id: string;
  readonly text: string;
}

export interface StatementMatch {
  readonly statement: Statement;
  /** Mean of cosine and query coverage, 0–1 (tf-idf.ts). */
  readonly score: number;
}

export interface StatementIndex {
  readonly idf: TextIdf;
  readonly statements: readonly Statement[];
  readonly vectors: readonly TextVector[];
}

/** An occupation's statements, vectorised once for all the tasks of a request. */
export function indexStatements(idf: TextIdf, statements: readonly Statement[]): StatementIndex {
  return { idf, statements, vectors: statements.map((s) => vectorOf(idf, s.text)) };
}

/**
 * The statements closest to `text`, best first (ties by kind, then id, so the
 * order is stable), at most `limit` of each kind, none below `minScore`.
 */
export function matchStatements(
  index: StatementIndex,
  text: string,
  options: { limit: number; minScore: number },
): { tasks: StatementMatch[]; dwas: StatementMatch[] } {
  const query = queryVectorOf(index.idf, text);
  const scored: StatementMatch[] = [];
  index.statements.forEach((statement, i) => {
    const score = matchScore(query, index.vectors[i]!);
    if (score >= options.minScore && score > 0) scored.push({ statement, score });
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.statement.kind.localeCompare(b.statement.kind) ||
      a.statement.id.localeCompare(b.statement.id),
  );
  return {
    tasks: scored.filter((m) => m.statement.kind === 'task').slice(0, options.limit),
    dwas: scored.filter((m) => m.statement.kind === 'dwa').slice(0, options.limit),
  };
}
