import type { OccupationIndex } from '../occupation-index.ts';
import { explainSimilarity, type Explanation } from './explain.ts';

export interface SimilarRole extends Explanation {
  readonly occupation: number;
  readonly score: number;
}

/** The occupations most similar to one, best first, each explained. Ties go to the lower code. */
export function rankSimilarOccupations(
  index: OccupationIndex,
  occupation: number,
  limit: number,
): SimilarRole[] {
  return topSimilar(index, occupation, limit).map(({ occupation: other, score }) => ({
    occupation: other,
    score,
    ...explainSimilarity(index.catalog, occupation, other),
  }));
}

/** The `limit` most similar occupations (indices and scores), without explanations. */
export function topSimilar(
  index: OccupationIndex,
  occupation: number,
  limit: number,
): { occupation: number; score: number }[] {
  const n = index.catalog.occupations.length;
  const row = index.similarity.subarray(occupation * n, (occupation + 1) * n);
  const ranked: { occupation: number; score: number }[] = [];
  for (let o = 0; o < n; o++) {
    if (o !== occupation && row[o]! > 0) ranked.push({ occupation: o, score: row[o]! });
  }
  return ranked.sort((a, b) => b.score - a.score || a.occupation - b.occupation).slice(0, limit);
}
