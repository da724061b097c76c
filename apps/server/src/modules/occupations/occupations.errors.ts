import { AppError } from '../../http/app-error.ts';
import type { OccupationDataState } from './occupations.repository.ts';

/** How a person adds the data, said the same way everywhere. */
export const HOW_TO_ADD_ONET =
  'Run `npm run data:onet` to download the O*NET 29.3 database into ./data/onet, or set TRAILMAP_ONET_DIR to a folder that holds its text files, then restart Trailmap.';

/** The message for a state that is not ready; null when it is. */
export function messageOfState(state: OccupationDataState): string | null {
  switch (state.status) {
    case 'ready':
      return null;
    case 'loading':
      return 'The occupation data is still loading; try again in a few seconds.';
    case 'missing':
      return `Occupation data is not installed (looked in ${state.dir}). ${HOW_TO_ADD_ONET}`;
    case 'failed':
      return `The occupation data in ${state.dir} could not be read: ${state.reason} ${HOW_TO_ADD_ONET}`;
  }
}

export function occupationDataUnavailable(
  state: Exclude<OccupationDataState, { status: 'ready' }>,
): AppError {
  const code =
    state.status === 'loading'
      ? 'occupations.loading'
      : state.status === 'missing'
        ? 'occupations.data_missing'
        : 'occupations.data_invalid';
  return new AppError(
    503,
    code,
    messageOfState(state)!,
    { dir: state.dir },
    state.status === 'loading' ? { 'Retry-After': '2' } : {},
  );
}

export const occupationNotFound = (code: string): AppError =>
  new AppError(
    404,
    'occupations.not_found',
    `There is no occupation ${code} in O*NET. Search by title to find its code.`,
  );

export const occupationNotComparable = (code: string, title: string): AppError =>
  new AppError(
    422,
    'occupations.not_comparable',
    `O*NET describes ${title} (${code}) without ratings, tasks or work activities, so it cannot be compared. Pick a more specific occupation.`,
  );

export const sameOccupation = (code: string): AppError =>
  new AppError(
    400,
    'occupations.same_occupation',
    `The path starts and ends at ${code}; choose a different target occupation.`,
  );

export const noPathway = (from: string, to: string): AppError =>
  new AppError(
    422,
    'occupations.no_pathway',
    `No path of close steps leads from ${from} to ${to}. Try a target nearer to your current role, or look at its similar roles first.`,
  );

export const currentOccupationRequired = (): AppError =>
  new AppError(
    422,
    'occupations.current_required',
    'Role portfolio suggestions start from your current role: search for it by title and send its code as currentOccupationCode.',
  );
