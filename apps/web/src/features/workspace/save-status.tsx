import { useEffect, useState } from 'react';
import { usePlanActions, useSaveProgress } from './plan-workspace.tsx';

/** Seconds until `ms` from the moment the status changed, counting down once a second. */
function useCountdown(ms: number | null, key: unknown): number | null {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    if (ms === null) {
      setLeft(null);
      return;
    }
    const end = Date.now() + ms;
    const tick = () => setLeft(Math.max(0, Math.ceil((end - Date.now()) / 1000)));
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [ms, key]);
  return left;
}

/**
 * Whether the server holds what is on screen, always visible. The words
 * change in a polite live region; the countdown is not announced each second.
 */
export function SaveStatus() {
  const autosave = useSaveProgress();
  const { retryNow } = usePlanActions();
  const seconds = useCountdown(autosave.retryInMs, autosave.failures);
  const { status } = autosave;
  const words: Record<typeof status, string> = {
    saved: 'All changes saved',
    pending: 'Unsaved changes…',
    saving: 'Saving…',
    offline: 'Offline — your edits are kept on this device and will be sent',
    conflict: 'Changed in another tab — choose what to keep',
    rejected: 'Not saved',
  };
  return (
    <div className={`save-status save-status-${status}`} data-status={status}>
      <span className="save-status-dot" aria-hidden="true" />
      <span role="status" aria-live="polite">
        {words[status]}
      </span>
      {status === 'offline' && (
        <>
          {seconds !== null && <span aria-hidden="true"> · retry in {seconds}s</span>}
          <button type="button" className="small-button" onClick={retryNow}>
            Retry now
          </button>
        </>
      )}
      {status === 'rejected' && autosave.problem && (
        <span className="save-status-problem" role="alert">
          {autosave.problem.message} Your edits are kept; change the text and it will save again.
        </span>
      )}
    </div>
  );
}
