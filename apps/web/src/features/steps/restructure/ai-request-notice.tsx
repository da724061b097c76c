import { Link } from '../../../app/router.tsx';
import { planPath } from '../../../app/routes.ts';
import type { ApiError } from '../../../api/client.ts';
import { OnetSetupSteps } from '../../occupations/onet-notices.tsx';
import type { RequestStatus } from './use-debounced-request.ts';

/** Where the current occupation is set (step 6), for sections that need it. */
export function NoOccupationNotice({ planId, need }: { planId: string; need: string }) {
  return (
    <div className="onet-notice" role="status">
      <p>
        <strong>No current occupation yet.</strong> {need} comes from the occupation you hold today.{' '}
        <Link href={planPath(planId, 'portfolio')}>Set it in step 6, Role portfolio</Link>, then
        come back.
      </p>
    </div>
  );
}

/**
 * What stands between the person and the server's answer: data not
 * installed or loading, the server out of reach, a refused request. The
 * rest of step 7 works whatever this says.
 */
export function AiRequestNotice({
  status,
  error,
  hasAnswer,
  onRetry,
}: {
  status: RequestStatus;
  error: ApiError | null;
  /** Whether earlier answers are still on screen. */
  hasAnswer: boolean;
  onRetry: () => void;
}) {
  if (!error || status === 'ready' || status === 'checking' || status === 'idle') return null;
  const onet = error.code.startsWith('occupations.');
  if (status === 'data_loading')
    return (
      <div className="onet-notice" role="status">
        <p>
          <strong>
            {onet
              ? 'The occupation data is still loading.'
              : 'The AI-exposure studies are still loading.'}
          </strong>{' '}
          It takes a few seconds after the server starts; Trailmap asks again by itself.
        </p>
      </div>
    );
  if (status === 'data_unavailable')
    return (
      <div className="onet-notice" role="status">
        {onet ? (
          <p>
            <strong>Occupation data is not installed on this server.</strong> Your tasks are matched
            to O*NET’s. To add it, <OnetSetupSteps />
          </p>
        ) : (
          <p>
            <strong>The AI-exposure studies are not installed on this server.</strong> To add them,
            copy the study files into <code>data/ai-exposure</code> in the Trailmap folder, or point{' '}
            <code>TRAILMAP_AI_EXPOSURE_DIR</code> at a folder that holds them, then restart the
            server.
          </p>
        )}
        <p className="muted">Server’s message: {error.message}</p>
        <p className="muted">Everything else on this step works without it.</p>
      </div>
    );
  return (
    <div className="onet-notice" role="alert">
      <p>
        {status === 'unreachable' ? (
          <>
            <strong>Trailmap’s server cannot be reached.</strong>{' '}
            {hasAnswer ? 'The last answers stay below.' : ''} Your plan is kept on this device.
          </>
        ) : (
          error.message
        )}
      </p>
      <p>
        <button type="button" className="secondary-button small-button" onClick={onRetry}>
          Try again
        </button>
      </p>
    </div>
  );
}
