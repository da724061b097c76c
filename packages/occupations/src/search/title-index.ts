import type { OccupationCode } from '@trailmap/domain';
import type { Catalog, TitleKind } from '../catalog/catalog.ts';
import { deletionsOf, editDistanceWithin, typosAllowed } from './edit-distance.ts';
import { TITLE_SYNONYMS } from './synonyms.ts';
import { normalizeText, wordsOf } from './words.ts';

/**
 * Ranked, typo-tolerant search over every occupation title, alternate title
 * and reported title. The words of all titles form a vocabulary; each word
 * lists the titles it occurs in (ascending ids). A query word matches
 * vocabulary words exactly, by prefix (the last word, as people type), through
 * a short-form table, or within one or two typos found through a deletion
 * index. A title's score is the share of the query's weight it matches (rare
 * words weigh more), nudged towards titles with few unmatched words.
 */

export interface TitleMatch {
  readonly code: OccupationCode;
  readonly title: string;
  /** The title, alternate or reported title that matched best. */
  readonly matched: string;
  readonly matchedKind: TitleKind;
  /** 0–1: 1 when every query word matches a word of a title with nothing else in it. */
  readonly score: number;
}

export interface TitleIndex {
  readonly aliasText: readonly string[];
  readonly aliasKind: Uint8Array;
  readonly aliasOccupation: Uint16Array;
  readonly aliasWordCount: Uint8Array;
  readonly vocabulary: readonly string[];
  readonly wordId: ReadonlyMap<string, number>;
  readonly postings: readonly Int32Array[];
  /** Words of the vocabulary sorted, for prefix ranges. */
  readonly sortedWords: readonly string[];
  /** A word, or a word less one letter → vocabulary words it stands for. */
  readonly deletions: ReadonlyMap<string, readonly number[]>;
  /** Scratch space reused by every search (searches run one at a time on the event loop). */
  readonly scratch: {
    readonly total: Float32Array;
    readonly matchedTerms: Uint8Array;
    readonly best: Float32Array;
    readonly occupationScore: Float32Array;
    readonly occupationAlias: Int32Array;
    readonly occupationSupport: Uint8Array;
  };
}

/**
 * The forms a title can be searched by: "Operations Analyst (Ops Analyst)" is
 * both "Operations Analyst" and "Ops Analyst", so a person typing the short
 * form matches a title that holds nothing else.
 */
function formsOf(text: string): string[] {
  const inner = [...text.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!);
  const outer = text.replace(/\([^()]*\)/g, ' ');
  return inner.length === 0 ? [text] : [outer, ...inner];
}

const KINDS: readonly TitleKind[] = ['title', 'alternate', 'reported'];
/** An occupation's own title is the surest match; alternates are O*NET's; reported titles come from surveys. */
const KIND_FACTOR = [1, 0.98, 0.97];
const PREFIX_WEIGHT = 0.85;
const MAX_PREFIX_EXPANSIONS = 40;

export function buildTitleIndex(catalog: Catalog): TitleIndex {
  const seen = new Set<string>();
  const aliasText: string[] = [];
  const kinds: number[] = [];
  const occupations: number[] = [];
  const wordCounts: number[] = [];
  const wordId = new Map<string, number>();
  const vocabulary: string[] = [];
  const postingLists: number[][] = [];
  for (const alias of catalog.titles) {
    for (const form of formsOf(alias.text)) {
      // The same words for the same occupation (an alternate title that repeats a reported one) count once.
      const words = wordsOf(form);
      const key = `${alias.occupation} ${words.join(' ')}`;
      if (words.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const id = aliasText.length;
      aliasText.push(alias.text);
      kinds.push(KINDS.indexOf(alias.kind));
      occupations.push(alias.occupation);
      const distinct = new Set(words);
      wordCounts.push(Math.min(255, distinct.size));
      for (const word of distinct) {
        let w = wordId.get(word);
        if (w === undefined) {
          w = vocabulary.length;
          wordId.set(word, w);
          vocabulary.push(word);
          postingLists.push([]);
        }
        postingLists[w]!.push(id);
      }
    }
  }
  const deletions = new Map<string, number[]>();
  const addDeletion = (key: string, word: number) => {
    const list = deletions.get(key);
    if (list === undefined) deletions.set(key, [word]);
    else if (list[list.length - 1] !== word) list.push(word);
  };
  vocabulary.forEach((word, w) => {
    if (typosAllowed(word.length + 1) === 0) return;
    addDeletion(word, w);
    for (const deleted of deletionsOf(word)) addDeletion(deleted, w);
  });
  return {
    aliasText,
    aliasKind: Uint8Array.from(kinds),
    aliasOccupation: Uint16Array.from(occupations),
    aliasWordCount: Uint8Array.from(wordCounts),
    vocabulary,
    wordId,
    postings: postingLists.map((list) => Int32Array.from(list)),
    sortedWords: [...vocabulary].sort(),
    deletions,
    scratch: {
      total: new Float32Array(aliasText.length),
      matchedTerms: new Uint8Array(aliasText.length),
      best: new Float32Array(aliasText.length),
      occupationScore: new Float32Array(catalog.occupations.length),
      occupationAlias: new Int32Array(catalog.occupations.length),
      occupationSupport: new Uint8Array(catalog.occupations.length),
    },
  };
}

interface Alternative {
  readonly word: string;
  readonly weight: number;
}

/** Vocabulary words a query word may stand for, each with how sure the match is. */
function expandWord(
  index: TitleIndex,
  word: string,
  isLast: boolean,
  weight: number,
): Map<number, number> {
  const found = new Map<number, number>();
  const offer = (w: number, value: number) => {
    if ((found.get(w) ?? 0) < value) found.set(w, value);
  };
  const exact = index.wordId.get(word);
  if (exact !== undefined) offer(exact, weight);
  if (isLast && word.length >= 2) {
    let low = 0;
    let high = index.sortedWords.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (index.sortedWords[mid]! < word) low = mid + 1;
      else high = mid;
    }
    for (let i = low, n = 0; i < index.sortedWords.length && n < MAX_PREFIX_EXPANSIONS; i++, n++) {
      const candidate = index.sortedWords[i]!;
      if (!candidate.startsWith(word)) break;
      if (candidate !== word) offer(index.wordId.get(candidate)!, weight * PREFIX_WEIGHT);
    }
  }
  const allowed = typosAllowed(word.length);
  if (allowed > 0) {
    const keys = new Set([word, ...deletionsOf(word)]);
    if (allowed > 1)
      for (const once of deletionsOf(word)) for (const twice of deletionsOf(once)) keys.add(twice);
    for (const key of keys) {
      for (const w of index.deletions.get(key) ?? []) {
        const candidate = index.vocabulary[w]!;
        const distance = editDistanceWithin(word, candidate, allowed);
        // A typo costs more in a short word, where fewer letters carry the meaning.
        if (distance > 0 && distance <= allowed)
          offer(w, weight * (1 - distance / (word.length + 2)) * 0.9);
      }
    }
  }
  return found;
}

function alternativesOf(word: string): Alternative[][] {
  const synonyms = TITLE_SYNONYMS[word];
  if (!synonyms) return [[{ word, weight: 1 }]];
  const phraseWords = synonyms.filter(([, weight]) => weight === 1);
  // A short form for a phrase (`qa`) becomes one query term per phrase word; each also accepts the short form.
  if (phraseWords.length > 1 && synonyms.every(([, weight]) => weight === 1)) {
    return synonyms.map(([long]) => [
      { word: long, weight: 1 },
      { word, weight: 1 },
    ]);
  }
  return [[{ word, weight: 1 }, ...synonyms.map(([long, weight]) => ({ word: long, weight }))]];
}

/** Ranked occupations for a query, one entry per occupation, best alias first. */
export function searchTitles(
  index: TitleIndex,
  catalog: Catalog,
  query: string,
  limit: number,
): TitleMatch[] {
  // A word typed twice ("Metal Workers and Plastic Workers") counts once, as it does in titles.
  const words = [...new Set(wordsOf(query))];
  if (words.length === 0 || limit <= 0) return [];
  const lastWordComplete = /[\s\p{P}]$/u.test(normalizeText(query));
  const aliasCount = index.aliasText.length;
  const { total, matchedTerms, best, occupationScore, occupationAlias, occupationSupport } =
    index.scratch;
  const touched: number[] = [];
  let queryWeight = 0;
  const terms = words.flatMap((word, i) =>
    alternativesOf(word).map((alternatives) => ({
      alternatives,
      isLast: i === words.length - 1 && !lastWordComplete,
    })),
  );
  for (const term of terms) {
    const candidates = new Map<number, number>();
    for (const alternative of term.alternatives) {
      for (const [w, weight] of expandWord(
        index,
        alternative.word,
        term.isLast,
        alternative.weight,
      )) {
        if ((candidates.get(w) ?? 0) < weight) candidates.set(w, weight);
      }
    }
    // A word's weight is its rarity among titles (inverse document frequency) of its surest match.
    let idf = Math.log(1 + aliasCount);
    let sureness = 0;
    for (const [w, weight] of candidates) {
      const frequency = index.postings[w]!.length;
      const value = Math.log(1 + aliasCount / frequency);
      if (weight > sureness || (weight === sureness && value < idf)) {
        sureness = weight;
        idf = value;
      }
    }
    queryWeight += idf;
    const hits: number[] = [];
    for (const [w, weight] of candidates) {
      for (const alias of index.postings[w]!) {
        if (best[alias] === 0) hits.push(alias);
        if (weight > best[alias]!) best[alias] = weight;
      }
    }
    for (const alias of hits) {
      if (total[alias] === 0 && matchedTerms[alias] === 0) touched.push(alias);
      total[alias] = total[alias]! + best[alias]! * idf;
      matchedTerms[alias]! += 1;
      best[alias] = 0;
    }
  }
  // Per occupation: its best title, and how many others nearly match as well (a tie-breaker:
  // an occupation many titles point to is the likelier meaning).
  const scores = new Float32Array(touched.length);
  const occupationsHit: number[] = [];
  touched.forEach((alias, i) => {
    const coverage = Math.min(1, matchedTerms[alias]! / index.aliasWordCount[alias]!);
    const score =
      (total[alias]! / queryWeight) *
      (0.75 + 0.25 * coverage) *
      KIND_FACTOR[index.aliasKind[alias]!]!;
    scores[i] = score;
    total[alias] = 0;
    matchedTerms[alias] = 0;
    const occupation = index.aliasOccupation[alias]!;
    const current = occupationScore[occupation]!;
    if (current === 0) occupationsHit.push(occupation);
    if (
      score > current ||
      (score === current &&
        index.aliasText[alias]!.length < index.aliasText[occupationAlias[occupation]!]!.length)
    ) {
      occupationScore[occupation] = score;
      occupationAlias[occupation] = alias;
    }
  });
  touched.forEach((alias, i) => {
    const occupation = index.aliasOccupation[alias]!;
    if (occupationAlias[occupation] !== alias && scores[i]! >= 0.8 * occupationScore[occupation]!)
      occupationSupport[occupation] = Math.min(10, occupationSupport[occupation]! + 1);
  });
  const ranked = occupationsHit.map((occupation) => {
    const base = occupationScore[occupation]!;
    const result = {
      occupation,
      alias: occupationAlias[occupation]!,
      base,
      score: Math.min(1, base + 0.004 * occupationSupport[occupation]!),
    };
    occupationScore[occupation] = 0;
    occupationSupport[occupation] = 0;
    return result;
  });
  return (
    ranked
      // The support bonus may lift an alternate title to the cap of 1; an exact own title still goes first.
      .sort((a, b) => b.score - a.score || b.base - a.base || a.occupation - b.occupation)
      .slice(0, limit)
      .map(({ occupation, alias, score }) => {
        const entry = catalog.occupations[occupation]!;
        return {
          code: entry.code,
          title: entry.title,
          matched: index.aliasText[alias]!,
          matchedKind: KINDS[index.aliasKind[alias]!]!,
          score: Math.round(score * 10_000) / 10_000,
        };
      })
  );
}
