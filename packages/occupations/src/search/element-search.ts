import type { Catalog } from '../catalog/catalog.ts';
import { editDistanceWithin, typosAllowed } from './edit-distance.ts';
import { normalizeText, wordsOf } from './words.ts';

/**
 * Search over the O*NET taxonomies a critical skill can be picked from:
 * skills, knowledge, work activities and technology (by example name, e.g.
 * "Python", tied to its UNSPSC commodity). Words may be typed partly (prefix)
 * or with a typo; every word typed must match one word of the name.
 */

export type ElementTaxonomy = 'skill' | 'knowledge' | 'work_activity' | 'technology';
export const ELEMENT_TAXONOMIES: readonly ElementTaxonomy[] = [
  'skill',
  'knowledge',
  'work_activity',
  'technology',
];

export interface ElementMatch {
  readonly taxonomy: ElementTaxonomy;
  /** Element id (e.g. `2.A.2.a`), or for technology the commodity code. */
  readonly elementId: string;
  readonly name: string;
  /** The element's description, or for technology the commodity's title. */
  readonly description: string;
  /** Technology only: a hot technology for at least one occupation. */
  readonly hot: boolean;
  /** Technology only: how many occupations list it (0 for the other taxonomies). */
  readonly occupations: number;
  /** 0–1. */
  readonly score: number;
}

interface Entry extends Omit<ElementMatch, 'score'> {
  readonly words: readonly string[];
  readonly normalized: string;
}

const cache = new WeakMap<Catalog, Entry[]>();

function entriesOf(catalog: Catalog): Entry[] {
  const known = cache.get(catalog);
  if (known) return known;
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const add = (e: Omit<Entry, 'words' | 'normalized'>) =>
    entries.push({ ...e, words: wordsOf(e.name), normalized: normalizeText(e.name).trim() });
  for (const taxonomy of ['skill', 'knowledge', 'work_activity'] as const) {
    for (const d of catalog.blocks[taxonomy]?.descriptors ?? []) {
      seen.add(d.id);
      add({
        taxonomy,
        elementId: d.id,
        name: d.name,
        description: d.description,
        hot: false,
        occupations: 0,
      });
    }
  }
  for (const [id, element] of catalog.elements) {
    // Work activities are 4.A.x.y.z: named even when their ratings are not loaded.
    if (seen.has(id) || !/^4\.A\.\d\.[a-z]\.\d+$/.test(id)) continue;
    add({
      taxonomy: 'work_activity',
      elementId: id,
      name: element.name,
      description: element.description,
      hot: false,
      occupations: 0,
    });
  }
  const technology = new Map<
    string,
    { code: string; title: string; name: string; hot: boolean; count: number }
  >();
  for (const list of catalog.technology) {
    for (const t of list) {
      const key = normalizeText(t.example).trim();
      const found = technology.get(key);
      if (found) {
        found.count++;
        found.hot ||= t.hot;
      } else {
        technology.set(key, {
          code: t.commodityCode,
          title: t.commodityTitle,
          name: t.example,
          hot: t.hot,
          count: 1,
        });
      }
    }
  }
  for (const t of technology.values()) {
    add({
      taxonomy: 'technology',
      elementId: t.code,
      name: t.name,
      description: t.title,
      hot: t.hot,
      occupations: t.count,
    });
  }
  cache.set(catalog, entries);
  return entries;
}

/** How well one typed word matches a word of a name: exact 1, prefix 0.85, typo 0.7, else 0. */
function wordScore(typed: string, word: string): number {
  if (typed === word) return 1;
  if (typed.length >= 2 && word.startsWith(typed)) return 0.85;
  const typos = typosAllowed(typed.length);
  if (typos > 0 && editDistanceWithin(typed, word.slice(0, typed.length + typos), typos) <= typos)
    return 0.7;
  return 0;
}

function scoreOf(query: readonly string[], normalizedQuery: string, entry: Entry): number {
  if (entry.normalized === normalizedQuery) return 1;
  let total = 0;
  for (const typed of query) {
    let best = 0;
    for (const word of entry.words) best = Math.max(best, wordScore(typed, word));
    if (best === 0) return 0;
    total += best;
  }
  // Names that say little besides the words typed rank first.
  const coverage = query.length / Math.max(query.length, entry.words.length);
  return 0.95 * (total / query.length) * (0.75 + 0.25 * coverage);
}

export function searchElements(
  catalog: Catalog,
  query: string,
  limit: number,
  taxonomies: readonly ElementTaxonomy[] = ELEMENT_TAXONOMIES,
): ElementMatch[] {
  const words = wordsOf(query);
  if (words.length === 0) return [];
  const normalized = normalizeText(query).trim();
  const wanted = new Set(taxonomies);
  const hits: ElementMatch[] = [];
  for (const entry of entriesOf(catalog)) {
    if (!wanted.has(entry.taxonomy)) continue;
    const score = scoreOf(words, normalized, entry);
    if (score === 0) continue;
    const { words: _words, normalized: _normalized, ...match } = entry;
    hits.push({ ...match, score: Math.round(score * 1000) / 1000 });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      b.occupations - a.occupations ||
      a.name.length - b.name.length ||
      a.name.localeCompare(b.name),
  );
  return hits.slice(0, limit);
}
