import type { ApiError } from '../../api/client.ts';

/** How to add the studies, to follow "To add them, …" in a sentence. */
export function AiExposureSetupSteps() {
  return (
    <>
      copy the folders <code>gpts-are-gpts/</code> (<code>occ_level.csv</code>,{' '}
      <code>full_labelset.tsv</code>) from github.com/openai/GPTs-are-GPTs and{' '}
      <code>working-with-ai/</code> (<code>soc_ai_applicability_scores.csv</code>,{' '}
      <code>soc_metrics.csv</code>, <code>soc_to_iwas.csv</code>, <code>iwa_metrics.csv</code>) from
      github.com/microsoft/working-with-ai into <code>./data/ai-exposure</code>, or point{' '}
      <code>TRAILMAP_AI_EXPOSURE_DIR</code> at a folder that holds them, then restart the server.
    </>
  );
}

const DATA_CODES = new Set([
  'ai_exposure.data_missing',
  'ai_exposure.loading',
  'ai_exposure.data_invalid',
]);

/** True when the studies are absent, loading or unreadable (rather than one occupation's problem). */
export const isAiDataProblem = (error: ApiError): boolean => DATA_CODES.has(error.code);

/** One line for a card: why its figures are not there. The screen explains at length once. */
export function shortProblem(error: ApiError, code: string): string {
  switch (error.code) {
    case 'ai_exposure.loading':
      return 'The AI-exposure studies are still loading…';
    case 'ai_exposure.data_missing':
      return 'AI-exposure studies are not installed on this server.';
    case 'ai_exposure.data_invalid':
      return 'The AI-exposure studies on this server could not be read.';
    case 'ai_exposure.occupation_not_found':
      return `Neither O*NET nor the AI-exposure studies know the occupation ${code}.`;
    default:
      return error.unreachable
        ? 'Trailmap’s server cannot be reached for the AI-exposure figures.'
        : error.message;
  }
}

/**
 * In place of AI-exposure figures that could not be shown: how to add the
 * studies, that they are loading, or what went wrong, with a way to try again.
 */
export function AiExposureDataNotice({
  error,
  code,
  onRetry,
}: {
  error: ApiError;
  code?: string;
  onRetry?: () => void;
}) {
  const retry = onRetry && (
    <button type="button" className="secondary-button small-button" onClick={onRetry}>
      Try again
    </button>
  );
  if (error.code === 'ai_exposure.loading') {
    return (
      <div className="onet-notice ai-notice" role="status">
        <p>
          <strong>The AI-exposure studies are still loading.</strong> It takes a few seconds after
          the server starts; the figures appear by themselves.
        </p>
      </div>
    );
  }
  if (error.code === 'ai_exposure.data_missing' || error.code === 'ai_exposure.data_invalid') {
    return (
      <div className="onet-notice ai-notice" role="status">
        <p>
          <strong>
            {error.code === 'ai_exposure.data_missing'
              ? 'AI-exposure studies are not installed on this server.'
              : 'The AI-exposure studies on this server could not be read.'}
          </strong>{' '}
          The figures come from two published studies, “GPTs are GPTs” and “Working with AI”. To add
          them, <AiExposureSetupSteps />
        </p>
        <p className="muted">Server’s message: {error.message}</p>
        <p className="muted">Everything else in Trailmap works without them.</p>
      </div>
    );
  }
  return (
    <div className="onet-notice ai-notice" role={error.unreachable ? 'alert' : 'status'}>
      <p>{shortProblem(error, code ?? '')}</p>
      {error.unreachable && retry}
    </div>
  );
}
