import {
  coachPlan,
  findTitleMentions,
  type PlanCoaching,
  type PlanContent,
  type TitleMention,
  type ValueAnalysis,
} from '@trailmap/domain';
import { analyzeValue } from '@trailmap/language';
import { occupationDataUnavailable } from '../occupations/occupations.errors.ts';
import type { OccupationData } from '../occupations/occupations.repository.ts';

/**
 * The offline coach over HTTP. Titles are looked up in the O*NET titles
 * loaded at boot: the title check answers 503 until they are ready, and the
 * whole-plan check runs every other rule and says titles were not checked.
 */

export function findJobTitles(data: OccupationData, text: string): { titles: TitleMention[] } {
  const state = data.state();
  if (state.status !== 'ready') throw occupationDataUnavailable(state);
  return { titles: findTitleMentions(state.index.titleMentions, text) };
}

export function analyzeValues(values: readonly string[]): { results: ValueAnalysis[] } {
  return { results: values.map(analyzeValue) };
}

export function coachWholePlan(data: OccupationData, content: PlanContent): PlanCoaching {
  const state = data.state();
  const matcher = state.status === 'ready' ? state.index.titleMentions : null;
  return coachPlan(content, {
    findTitles: matcher && ((text) => findTitleMentions(matcher, text)),
    analyzeValue,
  });
}
