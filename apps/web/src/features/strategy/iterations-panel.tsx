import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { LIMITS } from '@trailmap/domain';
import type { StrategyIteration } from '@trailmap/domain';
import { api, ApiError } from '../../api/client.ts';
import type { SaveStatus } from '../workspace/autosave-machine.ts';
import { usePlanActions, useSaveProgress } from '../workspace/plan-workspace.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { ComparePicker } from './compare-picker.tsx';
import { formatSavedAt } from './iteration-compare.tsx';

/** Why an iteration cannot be taken now, by what the autosave is doing. */
const NOT_SAVED: Partial<Record<SaveStatus, string>> = {
  offline:
    'Your latest edits have not reached the server yet, so the iteration would miss them. Once the status at the top says “All changes saved”, save the iteration again.',
  conflict:
    'This plan was changed in another tab. Choose what to keep in the dialog first, then save the iteration.',
  rejected:
    'The server refused your latest edit (the note at the top says why). Change it, then save the iteration.',
};

/**
 * Named snapshots of the strategy. The server snapshots the strategy it
 * holds, so what is on screen is sent first and the iteration is taken only
 * once the server has all of it.
 */
export const IterationsPanel = memo(function IterationsPanel() {
  const { planId, saveNow } = usePlanActions();
  const autosave = useSaveProgress();
  const [iterations, setIterations] = useState<StrategyIteration[] | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // The status when saveNow settles, not when the click happened.
  const status = useRef(autosave.status);
  status.current = autosave.status;

  const load = useCallback(async () => {
    try {
      setIterations((await api.listIterations(planId)).iterations);
    } catch (error) {
      setMessage({ ok: false, text: error instanceof ApiError ? error.message : String(error) });
      setIterations([]);
    }
  }, [planId]);
  useEffect(() => {
    void load();
  }, [load]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setMessage({ ok: false, text: 'Name the iteration first, e.g. “First draft”.' });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      if (!(await saveNow())) {
        setMessage({
          ok: false,
          text: NOT_SAVED[status.current] ?? 'Your edits are not saved yet; try again in a moment.',
        });
        return;
      }
      const iteration = await api.createIteration(planId, trimmed);
      setIterations((current) => [...(current ?? []), iteration]);
      setName('');
      setMessage({ ok: true, text: `Saved “${iteration.name}”.` });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof ApiError ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form className="iteration-form" onSubmit={(event) => void save(event)}>
        <TextField
          label="Name this iteration"
          hint="Keep a copy of the strategy as it is now, to compare with later drafts."
          value={name}
          onChange={setName}
          maxLength={LIMITS.maxIterationName}
          placeholder={`e.g. Draft ${(iterations?.length ?? 0) + 1}`}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save as iteration'}
        </button>
      </form>
      <p className={message?.ok === false ? 'field-problem' : 'field-hint'} role="status">
        {message?.text}
      </p>
      <h3>Saved iterations</h3>
      {iterations === null ? (
        <p className="muted iteration-loading">Loading iterations…</p>
      ) : iterations.length === 0 ? (
        <p className="muted">None yet. Save one when a draft feels worth keeping.</p>
      ) : (
        <ol className="iteration-list">
          {iterations.map((iteration) => (
            <li key={iteration.id}>
              <strong>{iteration.name}</strong>{' '}
              <time dateTime={iteration.createdAt} className="muted">
                {formatSavedAt(iteration.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {iterations && <ComparePicker planId={planId} iterations={iterations} />}
    </>
  );
});
