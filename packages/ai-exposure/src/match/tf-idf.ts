import { tokensOf } from './words.ts';

/**
 * TF-IDF vectors compared by cosine (and, for matching, by coverage of the query): 0 (no stem in common) to 1 (the same
 * stems in the same proportions). Term weight (1 + ln tf) · idf, with
 * idf = ln(1 + N / df) over a corpus (all O*NET task statements and detailed
 * work activities), so a word every task has ("prepare") counts less than a
 * rare one ("reconcile"). Cosine rather than BM25 because its scale is fixed:
 * a score can be read on its own and a threshold means the same everywhere.
 */

export interface TextIdf {
  readonly documents: number;
  readonly df: ReadonlyMap<string, number>;
}

export interface TextVector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

export function buildTextIdf(texts: Iterable<string>): TextIdf {
  const df = new Map<string, number>();
  let documents = 0;
  for (const text of texts) {
    documents++;
    for (const token of new Set(tokensOf(text))) df.set(token, (df.get(token) ?? 0) + 1);
  }
  return { documents, df };
}

export function idfOf(idf: TextIdf, token: string): number {
  return Math.log(1 + (idf.documents + 1) / ((idf.df.get(token) ?? 0) + 1));
}

export function vectorOf(idf: TextIdf, text: string): TextVector {
  return weigh(idf, tokensOf(text));
}

/**
 * A person's words as a query: only the stems the corpus holds. A word no
 * O*NET statement uses ("CRM", "upsell") can match nothing, yet with the
 * highest idf of all it would weigh most in the query's norm and drown the
 * words that do match.
 */
export function queryVectorOf(idf: TextIdf, text: string): TextVector {
  return weigh(
    idf,
    tokensOf(text).filter((token) => idf.df.has(token)),
  );
}

function weigh(idf: TextIdf, tokens: readonly string[]): TextVector {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  const weights = new Map<string, number>();
  let sum = 0;
  for (const [token, count] of counts) {
    const weight = (1 + Math.log(count)) * idfOf(idf, token);
    weights.set(token, weight);
    sum += weight * weight;
  }
  return { weights, norm: Math.sqrt(sum) };
}

/** Cosine of two vectors, 0–1 (0 when either is empty). */
export function cosine(a: TextVector, b: TextVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [token, weight] of small.weights) dot += weight * (large.weights.get(token) ?? 0);
  return Math.min(1, Math.max(0, dot / (a.norm * b.norm)));
}

/**
 * Share of the query's weight (squared, as in the cosine) found in the text,
 * 0–1. A person writes a few words; O*NET writes a long sentence: cosine alone
 * would favour short statements that share one word over long ones that hold
 * all of the person's.
 */
export function coverage(query: TextVector, text: TextVector): number {
  if (query.norm === 0) return 0;
  let found = 0;
  for (const [token, weight] of query.weights)
    if (text.weights.has(token)) found += weight * weight;
  return Math.min(1, found / (query.norm * query.norm));
}

/** The matching score: the mean of cosine and coverage, 0–1; 1 only for the same words in the same proportions. */
export function matchScore(query: TextVector, text: TextVector): number {
  return (cosine(query, text) + coverage(query, text)) / 2;
}
