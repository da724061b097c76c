import type { OccupationAiExposure } from '@trailmap/contracts';

type Exposure = NonNullable<OccupationAiExposure['exposure']>;
type Applicability = NonNullable<OccupationAiExposure['applicability']>;
export type TaskLabel = 'E0' | 'E1' | 'E2';
export type AutomationLabel = 'T0' | 'T1' | 'T2' | 'T3' | 'T4';

/** A 0–1 share as a whole percentage ("45%"). */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** The three shares "GPTs are GPTs" gives per occupation, in the paper's order. */
export const SHARES = [
  {
    key: 'alpha',
    symbol: 'α',
    name: 'A model alone',
    explains: 'share of tasks rated E1: a GPT-4-class model by itself could halve the time',
  },
  {
    key: 'beta',
    symbol: 'β',
    name: 'Headline measure',
    explains: 'E1 tasks plus half of the E2 tasks; the measure the paper leads with',
  },
  {
    key: 'gamma',
    symbol: 'γ',
    name: 'With software built on a model',
    explains: 'share of tasks rated E1 or E2: a model, or tools built on one, could halve the time',
  },
] as const;

/** Percentage points apart at which the two raters' β is read as a disagreement. */
const DISAGREEMENT_POINTS = 10;

/**
 * The plain reading of an occupation's exposure: β by the human annotators
 * and by GPT-4 side by side, and how far apart they are.
 */
export function exposureReading(exposure: Exposure): { headline: string; agreement: string } {
  const human = exposure.human.beta;
  const gpt4 = exposure.gpt4.beta;
  const points = Math.round(Math.abs(human - gpt4) * 100);
  const headline = `About ${percent(human)} of this occupation’s tasks by the human annotators’ ratings, ${percent(gpt4)} by GPT-4’s, could be done in half the time at the same quality with a GPT-4-class model or software built on one (β).`;
  const agreement =
    points < DISAGREEMENT_POINTS
      ? `The two ratings are close (${points} percentage points apart).`
      : `The two ratings differ by ${points} percentage points (${gpt4 > human ? 'GPT-4' : 'the human annotators'} rate more tasks exposed): read the figure as a range, not a point.`;
  return { headline, agreement };
}

/** The "Working with AI" study's spread, for reading one score against it (2025 release). */
export const APPLICABILITY_SCALE = {
  highest: 0.49,
  highestTitle: 'Interpreters and Translators',
  average: 0.17,
} as const;

/** The plain reading of an occupation's AI applicability against the study's own spread. */
export function applicabilityReading(applicability: Pick<Applicability, 'score'>): string {
  const { score } = applicability;
  const { average, highest, highestTitle } = APPLICABILITY_SCALE;
  const where =
    Math.abs(score - average) < 0.02
      ? 'about the study’s average'
      : score > average
        ? 'above the study’s average'
        : 'below the study’s average';
  return `${score.toFixed(2)} on a 0–1 scale, ${where} of ${average.toFixed(2)}. Scores in the study run from 0 (none of the work showed up in AI conversations) to ${highest.toFixed(2)} (${highestTitle}).`;
}

/** The compact line a card shows for the exposure study. */
export const exposureShort = (exposure: Exposure): string =>
  `human ${percent(exposure.human.beta)} · GPT-4 ${percent(exposure.gpt4.beta)} of tasks (β)`;

/** The compact line a card shows for the applicability study. */
export const applicabilityShort = (applicability: Applicability): string =>
  `${applicability.score.toFixed(2)} of 1${applicability.inherited ? ` (from SOC ${applicability.socCode})` : ''}`;

/** What each task label of "GPTs are GPTs" means (the paper's rubric, in short). */
export const LABEL_MEANINGS: Readonly<Record<TaskLabel, { name: string; meaning: string }>> = {
  E1: {
    name: 'Direct exposure',
    meaning:
      'a GPT-4-class model by itself (as in ChatGPT) could cut the time the task takes by at least half, at the same quality',
  },
  E2: {
    name: 'Exposed through software',
    meaning:
      'the model alone would not halve the time, but software built on it (for example with search, documents or images) could',
  },
  E0: {
    name: 'No exposure',
    meaning: 'a model would not cut the time by half at the same quality, or would lower quality',
  },
};

/** GPT-4's automation rating of a task, T0 (none) to T4 (full); the study codes them 0 to 1 in quarters. */
export const AUTOMATION_MEANINGS: Readonly<Record<AutomationLabel, string>> = {
  T0: '0 of 1 (none)',
  T1: '0.25 of 1',
  T2: '0.5 of 1',
  T3: '0.75 of 1',
  T4: '1 of 1 (full)',
};
