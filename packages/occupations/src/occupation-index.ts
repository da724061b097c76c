import { buildTitleMatcher, type OccupationCode, type TitleMatcher } from '@trailmap/domain';
import type { Catalog } from './catalog/catalog.ts';
import { buildStepGraph } from './pathways/pathways.ts';
import { prepareSkillMapping } from './person/skill-mapping.ts';
import { buildTitleIndex, type TitleIndex } from './search/title-index.ts';
import { prepareExplanations } from './similarity/explain.ts';
import {
  buildSimilarityModel,
  profileOfOccupation,
  scoreAgainstAll,
  type SimilarityModel,
} from './similarity/similarity-model.ts';

/**
 * Everything the occupation features read, built once after loading: the
 * catalog, the title index, the prepared profiles and the similarity of every
 * pair of occupations (n × n float32: about 4 MB for O*NET's 1,016 codes,
 * which makes similar roles a sort of one row and pathways a walk on it).
 * Whatever the first request of a kind would otherwise build (the pathway
 * graph, the skill-mapping vocabulary, work-activity frequencies) is built
 * here too, so no person waits for it.
 */
export interface OccupationIndex {
  readonly catalog: Catalog;
  readonly titles: TitleIndex;
  /** Titles and alternate titles as a word trie, for finding titles in what a person writes. */
  readonly titleMentions: TitleMatcher;
  readonly model: SimilarityModel;
  /** Row o: similarity of occupation o to every occupation (0 where either is unrated). */
  readonly similarity: Float32Array;
  /** Each occupation's allowed pathway steps (close occupations, at most one job zone up). */
  readonly steps: readonly Int32Array[];
}

/** Builds the index, giving the event loop a turn between steps when `pause` is given. */
export async function buildOccupationIndex(
  catalog: Catalog,
  pause: () => Promise<void> = async () => {},
): Promise<OccupationIndex> {
  const titles = buildTitleIndex(catalog);
  await pause();
  const titleMentions = buildTitleMentionMatcher(catalog);
  await pause();
  const model = buildSimilarityModel(catalog);
  const n = catalog.occupations.length;
  const similarity = new Float32Array(n * n);
  for (let o = 0; o < n; o++) {
    if (!model.comparable[o]) continue;
    similarity.set(scoreAgainstAll(model, profileOfOccupation(model, o)), o * n);
    if (o % 128 === 127) await pause();
  }
  await pause();
  const steps = buildStepGraph(similarity, model.jobZones, model.comparable);
  await pause();
  prepareSkillMapping(catalog);
  prepareExplanations(catalog);
  return { catalog, titles, titleMentions, model, similarity, steps };
}

export function indexOfOccupation(index: OccupationIndex, code: string): number | null {
  return index.catalog.indexOfCode.get(code) ?? null;
}

export function codeOf(index: OccupationIndex, occupation: number): OccupationCode {
  return index.catalog.occupations[occupation]!.code;
}

/**
 * Occupation titles and O*NET's alternate titles. Reported titles are left
 * out: they are survey answers ("Owner", "Partner", "Sales") and would turn
 * everyday words into titles.
 */
export function buildTitleMentionMatcher(catalog: Catalog): TitleMatcher {
  return buildTitleMatcher(
    catalog.titles
      .filter((alias) => alias.kind !== 'reported')
      .map((alias) => ({
        text: alias.text,
        code: catalog.occupations[alias.occupation]!.code,
        primary: alias.kind === 'title',
      })),
  );
}
