import type { ApiError } from '../../api/client.ts';

/** O*NET's own wording (CC BY 4.0 asks for it wherever its data is shown). */
export const ONET_ATTRIBUTION =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.';
export const ONET_LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** The attribution line under every view of O*NET data. */
export function OnetAttribution({ text = ONET_ATTRIBUTION }: { text?: string }) {
  return (
    <p className="onet-attribution">
      {text}{' '}
      <a href={ONET_LICENSE_URL} rel="license noreferrer" target="_blank">
        Licence (CC BY 4.0)
      </a>
    </p>
  );
}

/** How to add the occupation data, to follow "To add it, …" in a sentence. */
export function OnetSetupSteps() {
  return (
    <>
      run <code>npm run data:onet</code> in the Trailmap folder, or point{' '}
      <code>TRAILMAP_ONET_DIR</code> at a folder with the O*NET text files, then restart the server.
    </>
  );
}

const DATA_CODES = new Set([
  'occupations.data_missing',
  'occupations.loading',
  'occupations.data_invalid',
]);

/** True when the occupation data is absent, loading or unreadable (rather than a bad request). */
export const isDataProblem = (error: ApiError) => DATA_CODES.has(error.code);

/** How to get the occupation data, in place of a screen that needs it. */
export function OccupationDataNotice({ error }: { error: ApiError }) {
  if (error.code === 'occupations.loading') {
    return (
      <div className="onet-notice" role="status">
        <p>
          <strong>The occupation data is still loading.</strong> It takes a few seconds after the
          server starts; try again in a moment.
        </p>
      </div>
    );
  }
  if (!isDataProblem(error)) {
    return (
      <div className="onet-notice" role="alert">
        <p>{error.message}</p>
      </div>
    );
  }
  return (
    <div className="onet-notice" role="status">
      <p>
        <strong>Occupation data is not installed on this server.</strong> Suggestions, profiles and
        pathways come from the O*NET database. To add it, run <code>npm run data:onet</code> in the
        Trailmap folder (it downloads and checks the official release), or point{' '}
        <code>TRAILMAP_ONET_DIR</code> at a folder holding the O*NET text files, then restart the
        server.
      </p>
      <p className="muted">Server’s message: {error.message}</p>
      <p className="muted">Everything else in your plan works without it.</p>
    </div>
  );
}
