import { rootOf, wordsOf } from './words.ts';

/**
 * How close two short phrases are in words, for tying a skill a person typed
 * to an O*NET name ("negotiating deals" → Negotiation) and a capability target
 * to the work of a role. Words are reduced to roots; two roots match when
 * equal (1) or when one begins the other (0.8: "analy" in "analysis").
 */

export function rootsOf(text: string): string[] {
  return [...new Set(wordsOf(text).map(rootOf))];
}

function rootMatch(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a))) return 0.8;
  return 0;
}

/** Matched weight of `roots` found among `within` (each root at its best match). */
function matchedWeight(roots: readonly string[], within: readonly string[]): number {
  let sum = 0;
  for (const root of roots) {
    let best = 0;
    for (const other of within) best = Math.max(best, rootMatch(root, other));
    sum += best;
  }
  return sum;
}

/** Dice coefficient of the two root sets, with partial matches: 0–1, symmetric. */
export function phraseSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (matchedWeight(a, b) + matchedWeight(b, a)) / (a.length + b.length);
}

/** Share of `query`'s roots found in `text`'s: 0–1. */
export function phraseCoverage(query: readonly string[], text: readonly string[]): number {
  if (query.length === 0) return 0;
  return matchedWeight(query, text) / query.length;
}
