import type { TaskValue } from '@trailmap/domain';
import type { ExposureLabel } from '../model.ts';

/**
 * How exposed a person's task is, read from the labels of the O*NET task it
 * matched best, and whether to suggest Automate.
 */

export type ExposureLevel = 'high' | 'some' | 'low' | 'unknown';

/** Below this score, a match is too weak to lend its labels (tuned on bench/ai-match-eval). */
export const MIN_MATCH_SCORE = 0.15;

/**
 * Matches between this and MIN_MATCH_SCORE are shown as weak, for the person
 * to judge: about half of them are the task meant (bench/ai-match-eval), so
 * they never lend their labels to the exposure or the Automate suggestion.
 */
export const WEAK_MATCH_SCORE = 0.08;

export type MatchStrength = 'close' | 'weak';

export const strengthOfScore = (score: number): MatchStrength =>
  score >= MIN_MATCH_SCORE ? 'close' : 'weak';

export const EDA_SUGGESTION_RULE =
  "Each of your tasks is matched to the closest O*NET tasks and work activities of the occupation by the words they share (TF-IDF over stemmed words, with everyday office words mapped to O*NET's; the score is the mean of the cosine and the share of your words found, 0–1; matches under 0.08 are left out, and those under 0.15 are shown as weak, for you to judge, and never count towards exposure). Its exposure is read from the best close-matched O*NET task's labels in 'GPTs are GPTs': high when both the human annotators and GPT-4 rate it exposed (E1 or E2) and at least one rates it E1 (a language model alone could halve the time); some when only one of them rates it exposed, or both only E2 (exposed through software built on a model); low when both rate it E0. 'Automate' is suggested where exposure is high and you rated the task's value low. Exposure is not job loss, and the decision stays yours.";

export function exposureLevelOf(human: ExposureLabel, gpt4: ExposureLabel): ExposureLevel {
  const exposed = (label: ExposureLabel) => label !== 'E0';
  if (exposed(human) && exposed(gpt4) && (human === 'E1' || gpt4 === 'E1')) return 'high';
  if (exposed(human) || exposed(gpt4)) return 'some';
  return 'low';
}

export interface EdaSuggestion {
  readonly suggestion: 'automate' | null;
  readonly reason: string;
}

export function suggestForEdaTask(value: TaskValue, level: ExposureLevel): EdaSuggestion {
  if (level === 'unknown')
    return {
      suggestion: null,
      reason:
        'No O*NET task of this occupation is close enough to judge its exposure; describe it in other words, or judge it yourself.',
    };
  if (level === 'high' && value === 'low')
    return {
      suggestion: 'automate',
      reason:
        'Highly exposed and of low value to you: a language model could do much of it; consider marking it Automate and reinvesting the hours.',
    };
  if (level === 'high')
    return {
      suggestion: null,
      reason: `Highly exposed, but you rated its value ${value}: keep it, and let AI assist with the routine parts.`,
    };
  return {
    suggestion: null,
    reason:
      level === 'some'
        ? 'Partly exposed: AI could help with parts of it, but not take it over.'
        : 'Little exposed: the studies see little a language model could do here.',
  };
}
