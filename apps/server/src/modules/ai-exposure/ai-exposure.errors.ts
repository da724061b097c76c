import { AppError } from '../../http/app-error.ts';
import type { AiExposureState } from './ai-exposure.repository.ts';

/** How a person adds the studies, said the same way everywhere. */
export const HOW_TO_ADD_AI_EXPOSURE =
  'Run npm run data:ai to download them (into ./data/ai-exposure, or the folder TRAILMAP_AI_EXPOSURE_DIR names), or copy the folders gpts-are-gpts/ (occ_level.csv, full_labelset.tsv) and working-with-ai/ (soc_ai_applicability_scores.csv, soc_metrics.csv, soc_to_iwas.csv, iwa_metrics.csv) from github.com/openai/GPTs-are-GPTs (data/) and github.com/microsoft/working-with-ai into ./data/ai-exposure, or set TRAILMAP_AI_EXPOSURE_DIR to a folder that holds them, then restart Trailmap.';

export function aiExposureMessageOf(state: AiExposureState): string | null {
  switch (state.status) {
    case 'ready':
      return null;
    case 'loading':
      return 'The AI-exposure studies are still loading; try again in a few seconds.';
    case 'missing':
      return `AI-exposure data is not installed (looked in ${state.dir}). ${HOW_TO_ADD_AI_EXPOSURE}`;
    case 'failed':
      return `The AI-exposure data in ${state.dir} could not be read: ${state.reason} ${HOW_TO_ADD_AI_EXPOSURE}`;
  }
}

export function aiExposureUnavailable(
  state: Exclude<AiExposureState, { status: 'ready' }>,
): AppError {
  const code =
    state.status === 'loading'
      ? 'ai_exposure.loading'
      : state.status === 'missing'
        ? 'ai_exposure.data_missing'
        : 'ai_exposure.data_invalid';
  return new AppError(
    503,
    code,
    aiExposureMessageOf(state)!,
    { dir: state.dir },
    state.status === 'loading' ? { 'Retry-After': '2' } : {},
  );
}

export const occupationsUnknown = (codes: readonly string[]): AppError =>
  new AppError(
    404,
    'ai_exposure.occupation_not_found',
    `There is no occupation ${codes.join(', ')} in O*NET or in the AI-exposure studies. Search by title to find ${codes.length === 1 ? 'its code' : 'their codes'}.`,
    { unknownCodes: codes },
  );
