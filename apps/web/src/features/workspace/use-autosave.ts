import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Plan } from '@trailmap/domain';
import { api, ApiError, currentPlanOf } from '../../api/client.ts';
import { autosaveReducer, SAVE_DEBOUNCE_MS, visibleDraft } from './autosave-machine.ts';
import type { AutosaveState, Draft } from './autosave-machine.ts';
import type { DraftStore } from './local-drafts.ts';

/**
 * Runs the autosave machine: the debounce and retry timers, the saves, the
 * browser's online signal, and the copy of unsent edits in local storage.
 */
export function useAutosave(initial: AutosaveState, store: DraftStore) {
  const [state, dispatch] = useReducer(autosaveReducer, initial);
  const planId = state.server.id;

  // Unsent edits go to local storage as they happen, before any timer runs.
  useEffect(() => {
    store.write(planId, state.draft ? { server: state.server, draft: state.draft } : null);
  }, [store, planId, state.draft, state.server]);

  useEffect(() => {
    if (state.status !== 'pending') return;
    const timer = window.setTimeout(() => dispatch({ type: 'flush' }), SAVE_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [state.status, state.draft]);

  useEffect(() => {
    if (state.status !== 'offline' || state.retryInMs === null) return;
    const timer = window.setTimeout(() => dispatch({ type: 'flush' }), state.retryInMs);
    const onOnline = () => dispatch({ type: 'flush' });
    window.addEventListener('online', onOnline);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('online', onOnline);
    };
  }, [state.status, state.retryInMs, state.failures]);

  // Leaving the tab is a natural pause: send now rather than after the debounce.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') dispatch({ type: 'flush' });
    };
    document.addEventListener('visibilitychange', onHide);
    return () => document.removeEventListener('visibilitychange', onHide);
  }, []);

  const sending = state.sending;
  const basedOn = state.server.version;
  useEffect(() => {
    if (!sending) return;
    api
      .savePlan(planId, { title: sending.title, content: sending.content }, basedOn)
      .then((plan: Plan) => dispatch({ type: 'saved', plan }))
      .catch((caught: unknown) => {
        if (!(caught instanceof ApiError) || caught.unreachable) {
          dispatch({ type: 'unreachable' });
          return;
        }
        const theirs = currentPlanOf(caught);
        if (theirs) dispatch({ type: 'conflicted', theirs });
        else dispatch({ type: 'rejected', message: caught.message, details: caught.details });
      });
  }, [sending, planId, basedOn]);

  // Resolves the promises of saveNow() once nothing is left to send.
  const waiters = useRef<Array<(saved: boolean) => void>>([]);
  useEffect(() => {
    if (waiters.current.length === 0) return;
    const settled =
      state.status === 'saved'
        ? true
        : state.status === 'conflict' || state.status === 'rejected' || state.status === 'offline'
          ? false
          : null;
    if (settled === null) return;
    for (const resolve of waiters.current.splice(0)) resolve(settled);
  }, [state.status]);

  const edit = useCallback((draft: Draft) => dispatch({ type: 'edited', draft }), []);
  const retryNow = useCallback(() => dispatch({ type: 'flush' }), []);
  const resolve = useCallback((draft: Draft) => dispatch({ type: 'resolved', draft }), []);
  const latestStatus = useRef(state.status);
  latestStatus.current = state.status;
  /** Sends what is pending now; true once the server holds everything on screen. */
  const saveNow = useCallback(
    () =>
      new Promise<boolean>((resolvePromise) => {
        // With nothing to send (or a conflict to settle first) the flush changes
        // nothing, React skips the re-render and no effect would ever answer.
        if (latestStatus.current === 'saved') return resolvePromise(true);
        if (latestStatus.current === 'conflict') return resolvePromise(false);
        waiters.current.push(resolvePromise);
        dispatch({ type: 'flush' });
      }),
    [],
  );
  return { state, draft: visibleDraft(state), edit, retryNow, resolve, saveNow };
}
