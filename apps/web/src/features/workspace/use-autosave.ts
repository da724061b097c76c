import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Plan } from '@trailmap/domain';
import { api, ApiError, currentPlanOf } from '../../api/client.ts';
import { autosaveReducer, SAVE_DEBOUNCE_MS, visibleDraft } from './autosave-machine.ts';
import type { AutosaveState, Draft } from './autosave-machine.ts';
import type { DraftStore, StoredDraft } from './local-drafts.ts';

/**
 * While the person types, the local copy is written at most this often (ms).
 * Serialising the whole plan on every keystroke was a good part of each
 * key's cost on a full plan; this bounds what a crash could lose to the last
 * fraction of a second of typing. A reload, a closed tab, a hidden page and
 * every save request write it at once (decision 0015).
 */
export const LOCAL_COPY_EVERY_MS = 300;

/**
 * Runs the autosave machine: the debounce and retry timers, the saves, the
 * browser's online signal, and the copy of unsent edits in local storage.
 */
export function useAutosave(initial: AutosaveState, store: DraftStore) {
  const [state, dispatch] = useReducer(autosaveReducer, initial);
  const planId = state.server.id;

  // Unsent edits go to local storage soon after they happen, and at once
  // before any save is sent and whenever the page may be left.
  const unwritten = useRef<{ planId: string; stored: StoredDraft } | null>(null);
  const copyTimer = useRef<number | null>(null);
  const writeCopyNow = useCallback(() => {
    if (copyTimer.current !== null) window.clearTimeout(copyTimer.current);
    copyTimer.current = null;
    const pending = unwritten.current;
    unwritten.current = null;
    if (pending) store.write(pending.planId, pending.stored);
  }, [store]);
  useEffect(() => {
    if (!state.draft) {
      // The server holds everything on screen: nothing left to keep.
      unwritten.current = null;
      writeCopyNow();
      store.write(planId, null);
      return;
    }
    unwritten.current = { planId, stored: { server: state.server, draft: state.draft } };
    copyTimer.current ??= window.setTimeout(writeCopyNow, LOCAL_COPY_EVERY_MS);
  }, [store, planId, state.draft, state.server, writeCopyNow]);
  useEffect(() => {
    window.addEventListener('pagehide', writeCopyNow);
    return () => {
      window.removeEventListener('pagehide', writeCopyNow);
      // Leaving the plan (another page of the app): keep what is unsent.
      writeCopyNow();
    };
  }, [writeCopyNow]);

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
      if (document.visibilityState !== 'hidden') return;
      writeCopyNow();
      dispatch({ type: 'flush' });
    };
    document.addEventListener('visibilitychange', onHide);
    return () => document.removeEventListener('visibilitychange', onHide);
  }, [writeCopyNow]);

  const sending = state.sending;
  const basedOn = state.server.version;
  useEffect(() => {
    if (!sending) return;
    // Whatever happens to the request (or the page) now, the words are on this device.
    writeCopyNow();
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
  }, [sending, planId, basedOn, writeCopyNow]);

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
  // The same object while title and content are the same objects (e.g. when a
  // save confirms the draft on screen), so nothing that shows it renders again.
  const shown = useRef<Draft | null>(null);
  const draft = useMemo(() => {
    const next = visibleDraft(state);
    const previous = shown.current;
    return previous && previous.title === next.title && previous.content === next.content
      ? previous
      : next;
  }, [state]);
  shown.current = draft;
  return { state, draft, edit, retryNow, resolve, saveNow };
}
