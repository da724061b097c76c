import { sameJson, shareUnchanged } from '@trailmap/domain';
import type { Plan, PlanContent } from '@trailmap/domain';

/**
 * The autosave state machine, pure so every path can be tested without a
 * browser: a reducer over what happened (an edit, a timer, an answer from the
 * server). The hook that runs it (use-autosave.ts) owns the timers and fetches.
 *
 * The person's words are never dropped: an edit lives in `draft` until the
 * server confirms a version that holds it, whatever else happens.
 */

/** What a person edits: the plan's title and content. */
export interface Draft {
  readonly title: string;
  readonly content: PlanContent;
}

export type SaveStatus =
  /** The server holds everything on screen. */
  | 'saved'
  /** Edits wait for the typing to pause. */
  | 'pending'
  /** A save is on its way. */
  | 'saving'
  /** The server could not be reached; a retry is scheduled. */
  | 'offline'
  /** Another tab or device saved first; the person decides how to combine. */
  | 'conflict'
  /** The server refused the content (a rule of the method); the next edit tries again. */
  | 'rejected';

export interface AutosaveState {
  readonly status: SaveStatus;
  /** The plan as the server last confirmed it: the version every edit builds on. */
  readonly server: Plan;
  /** Edits the server has not confirmed; null when the screen shows exactly `server`. */
  readonly draft: Draft | null;
  /** The draft on its way to the server. */
  readonly sending: Draft | null;
  /** Saves in a row that could not reach the server. */
  readonly failures: number;
  /** When offline: how long until the next try. */
  readonly retryInMs: number | null;
  /** When in conflict: the version another tab saved. */
  readonly theirs: Plan | null;
  /** When rejected: what the server said to change. */
  readonly problem: { readonly message: string; readonly details?: unknown } | null;
}

export type AutosaveEvent =
  | { readonly type: 'edited'; readonly draft: Draft }
  /** The typing paused, a retry came due, the browser came back online, or "retry now". */
  | { readonly type: 'flush' }
  | { readonly type: 'saved'; readonly plan: Plan }
  | { readonly type: 'unreachable' }
  | { readonly type: 'conflicted'; readonly theirs: Plan }
  | { readonly type: 'rejected'; readonly message: string; readonly details?: unknown }
  /** The person settled a conflict: `draft` goes on top of `theirs`. */
  | { readonly type: 'resolved'; readonly draft: Draft };

/** Milliseconds to wait after the last keystroke before saving. */
export const SAVE_DEBOUNCE_MS = 700;
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/** Exponential back-off: 1 s, 2 s, 4 s … capped at 30 s. */
export function retryDelayMs(failures: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, failures - 1));
}

export const draftOf = (plan: Plan): Draft => ({ title: plan.title, content: plan.content });

/** What the screen shows: the unsent draft, else the server's version. */
export const visibleDraft = (state: AutosaveState): Draft => state.draft ?? draftOf(state.server);

/**
 * Equality of the draft and the server's version is checked on every edit.
 * The checks stay cheap because the two share every unchanged object: edits
 * are immutable updates of the server's version, and a version the server
 * sends back, or a draft read back from local storage, is given the objects
 * already held for its unchanged parts (`shareUnchanged`). The comparison then
 * stops at the first shared object instead of walking the whole plan.
 */
const withSharedParts = (draft: Draft, server: Plan): Draft => {
  const content = shareUnchanged(draft.content, server.content);
  return content === draft.content ? draft : { ...draft, content };
};

export function startAutosave(server: Plan, draft: Draft | null = null): AutosaveState {
  const unsent =
    draft !== null && !sameJson(draft, draftOf(server)) ? withSharedParts(draft, server) : null;
  return {
    status: unsent ? 'pending' : 'saved',
    server,
    draft: unsent,
    sending: null,
    failures: 0,
    retryInMs: null,
    theirs: null,
    problem: null,
  };
}

export function autosaveReducer(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case 'edited': {
      const unchanged = sameJson(event.draft, draftOf(state.server));
      const draft = unchanged ? null : event.draft;
      if (state.status === 'saving' || state.status === 'offline' || state.status === 'conflict') {
        return { ...state, draft };
      }
      return { ...state, draft, status: draft ? 'pending' : 'saved', problem: null };
    }
    case 'flush': {
      if (state.sending || !state.draft || state.status === 'conflict') return state;
      return { ...state, status: 'saving', sending: state.draft, retryInMs: null };
    }
    case 'saved': {
      // What the server confirmed keeps the objects of what was sent where it
      // holds the same: the screen's draft (built on what was sent) then
      // shares them, and nothing unchanged renders again.
      const sent = state.sending?.content;
      const content = sent ? shareUnchanged(event.plan.content, sent) : event.plan.content;
      const server = content === event.plan.content ? event.plan : { ...event.plan, content };
      const draft = state.draft && !sameJson(state.draft, draftOf(server)) ? state.draft : null;
      return {
        ...state,
        server,
        draft,
        sending: null,
        failures: 0,
        retryInMs: null,
        status: draft ? 'pending' : 'saved',
        problem: null,
      };
    }
    case 'unreachable': {
      const failures = state.failures + 1;
      return {
        ...state,
        sending: null,
        failures,
        status: 'offline',
        retryInMs: retryDelayMs(failures),
      };
    }
    case 'conflicted':
      return { ...state, sending: null, status: 'conflict', theirs: event.theirs, retryInMs: null };
    case 'rejected':
      return {
        ...state,
        sending: null,
        status: 'rejected',
        problem: { message: event.message, details: event.details },
      };
    case 'resolved': {
      if (!state.theirs) return state;
      return startAutosave(state.theirs, event.draft);
    }
  }
}
