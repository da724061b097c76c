import type { AboutResponse } from '@trailmap/contracts';

import {
  OccupationDataNotice,
  OnetSetupSteps,
  isDataProblem,
} from '../occupations/onet-notices.tsx';
import type { Resource } from '../occupations/use-resource.ts';

const STATUS_WORDS: Readonly<Record<AboutResponse['occupationData']['status'], string>> = {
  ready: 'Loaded',
  loading: 'Loading',
  missing: 'Not installed',
  failed: 'Could not be read',
};

/** Which O*NET release the server loaded, or what to do to get one. */
export function OccupationDataStatus({ about }: { about: Resource<AboutResponse> }) {
  if (about.status === 'error') {
    // A server (or a proxy before it) that answers with a data code gets the usual how-to.
    if (isDataProblem(about.error)) return <OccupationDataNotice error={about.error} />;
    return <p role="alert">The server could not say which data it holds: {about.error.message}</p>;
  }
  if (about.status !== 'ready') {
    return (
      <p role="status" className="muted">
        Asking the server which data it holds…
      </p>
    );
  }
  const data = about.data.occupationData;
  return (
    <>
      <dl className="fact-list about-facts">
        <dt>Status</dt>
        <dd>{STATUS_WORDS[data.status]}</dd>
        <dt>Release</dt>
        <dd>{data.release?.label ?? 'none loaded'}</dd>
        {data.occupations !== null && (
          <>
            <dt>Occupations</dt>
            <dd>
              {data.occupations} ({data.ratedOccupations ?? 0} with ratings)
            </dd>
          </>
        )}
        {data.loadMs !== null && (
          <>
            <dt>Load time</dt>
            <dd>{(data.loadMs / 1000).toFixed(1)} s at start-up</dd>
          </>
        )}
      </dl>
      {data.status !== 'ready' && (
        <div className="onet-notice" role="status">
          <p>{data.message}</p>
          <p>
            To add the data, <OnetSetupSteps />
          </p>
        </div>
      )}
    </>
  );
}
