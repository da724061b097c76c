import { createContext, useCallback, useContext, useMemo, useReducer, useRef } from 'react';
import type { ReactNode } from 'react';
import { dropDanglingLinks } from '@trailmap/domain';
import type { Plan, PlanContent, PlanSteps, Strategy } from '@trailmap/domain';
import type { AutosaveState, Draft } from './autosave-machine.ts';
import type { DraftStore } from './local-drafts.ts';
import { changedParts } from './plan-parts.ts';
import type { PlanPart } from './plan-parts.ts';
import { canUndo, recordChange, undoLast } from './undo-history.ts';
import type { UndoEntry } from './undo-history.ts';
import { useAutosave } from './use-autosave.ts';

/** What never changes while a person types: the plan's id and the ways to change it. */
export interface PlanActions {
  readonly planId: string;
  /**
   * Applies an edit to one part of the plan (recorded for undo on that part).
   * `whole`: a change undo takes back on its own (an accepted suggestion),
   * never merged with the typing around it.
   */
  update(part: PlanPart, recipe: (draft: Draft) => Draft, options?: { whole?: boolean }): void;
  undo(part: PlanPart): void;
  canUndo(part: PlanPart): boolean;
  retryNow(): void;
  /** Settles a conflict: `draft` becomes the edit on top of the other tab's version. */
  resolve(draft: Draft): void;
  /** Sends what is pending now; true once the server holds everything on screen. */
  saveNow(): Promise<boolean>;
}

/** Whether the server holds what is on screen (the status line), without the plan itself. */
export interface SaveProgress {
  readonly status: AutosaveState['status'];
  readonly failures: number;
  readonly retryInMs: number | null;
  readonly problem: AutosaveState['problem'];
}

/** Everything at once: the plan as saved and as shown, the autosave state, and the actions. */
export interface PlanWorkspace extends PlanActions {
  /** The plan as the server last confirmed it. */
  readonly saved: Plan;
  /** What the screen shows: the saved plan with unsent edits on top. */
  readonly draft: Draft;
  readonly autosave: AutosaveState;
}

/*
 * Four contexts, so a keystroke re-renders only what shows the draft: the
 * actions never change while typing, the save progress changes a few times
 * per save, and only the whole workspace (the conflict dialog) follows
 * everything.
 */
const ActionsContext = createContext<PlanActions | null>(null);
const DraftContext = createContext<Draft | null>(null);
const ProgressContext = createContext<SaveProgress | null>(null);
const WorkspaceContext = createContext<PlanWorkspace | null>(null);

export function PlanWorkspaceProvider({
  initial,
  store,
  children,
}: {
  initial: AutosaveState;
  store: DraftStore;
  children: ReactNode;
}) {
  const { state, draft, edit, retryNow, resolve, saveNow } = useAutosave(initial, store);
  // Undo history lives in a ref (it changes on every keystroke and renders
  // nothing itself); `historyChanged` re-renders where "can undo" may flip.
  const history = useRef<UndoEntry[]>([]);
  const [historyVersion, historyChanged] = useReducer((n: number) => n + 1, 0);
  // Edits apply to the newest draft even when several land before a re-render.
  const latest = useRef(draft);
  latest.current = draft;

  const update = useCallback(
    (part: PlanPart, recipe: (draft: Draft) => Draft, options?: { whole?: boolean }) => {
      const before = latest.current;
      const edited = recipe(before);
      if (edited === before) return;
      // Removing an item anywhere (a vision problem, a skill …) unlinks what
      // pointed at it in the same edit, so no screen can send a broken link.
      const content = dropDanglingLinks(edited.content);
      const next = content === edited.content ? edited : { ...edited, content };
      latest.current = next;
      const hadUndo = canUndo(history.current, part);
      history.current = recordChange(
        history.current,
        part,
        before,
        Date.now(),
        changedParts(before, next),
        options?.whole,
      );
      if (!hadUndo) historyChanged();
      edit(next);
    },
    [edit],
  );

  const undo = useCallback(
    (part: PlanPart) => {
      const undone = undoLast(history.current, part, latest.current);
      if (!undone) return;
      history.current = undone.history;
      latest.current = undone.draft;
      historyChanged();
      edit(undone.draft);
    },
    [edit],
  );

  const planId = state.server.id;
  const actions = useMemo<PlanActions>(
    () => ({
      planId,
      update,
      undo,
      canUndo: (part) => canUndo(history.current, part),
      retryNow,
      resolve,
      saveNow,
    }),
    // historyVersion: a new value when what can be undone changed.
    [planId, update, undo, historyVersion, retryNow, resolve, saveNow],
  );
  const { status, failures, retryInMs, problem } = state;
  const progress = useMemo<SaveProgress>(
    () => ({ status, failures, retryInMs, problem }),
    [status, failures, retryInMs, problem],
  );
  const everything = useMemo<PlanWorkspace>(
    () => ({ ...actions, saved: state.server, draft, autosave: state }),
    [actions, state, draft],
  );
  return (
    <ActionsContext.Provider value={actions}>
      <ProgressContext.Provider value={progress}>
        <DraftContext.Provider value={draft}>
          <WorkspaceContext.Provider value={everything}>{children}</WorkspaceContext.Provider>
        </DraftContext.Provider>
      </ProgressContext.Provider>
    </ActionsContext.Provider>
  );
}

function required<T>(value: T | null): T {
  if (value === null) throw new Error('A plan workspace hook is used outside an open plan.');
  return value;
}

/** The plan's id and the ways to change it; stable while the person types. */
export const usePlanActions = (): PlanActions => required(useContext(ActionsContext));

/** The plan as shown (saved plan + unsent edits); changes on every edit. */
export const usePlanDraft = (): Draft => required(useContext(DraftContext));

/** The autosave status, failures, retry delay and problem; unchanged by typing alone. */
export const useSaveProgress = (): SaveProgress => required(useContext(ProgressContext));

/**
 * Everything, changing on every edit and every step of a save. Prefer the
 * narrower hooks above: a component that reads this re-renders on each of them.
 */
export const usePlanWorkspace = (): PlanWorkspace => required(useContext(WorkspaceContext));

type Recipe<T> = (value: T) => T;

/**
 * One of the seven steps, and a way to change it; `{ whole: true }` makes the
 * change an undo step of its own (an accepted suggestion, an added record).
 */
export function useStep<K extends keyof PlanSteps>(
  key: K,
): readonly [PlanSteps[K], (recipe: Recipe<PlanSteps[K]>, options?: { whole?: boolean }) => void] {
  const draft = usePlanDraft();
  const { update } = usePlanActions();
  const change = useCallback(
    (recipe: Recipe<PlanSteps[K]>, options?: { whole?: boolean }) =>
      update(
        key,
        (current) => {
          const next = recipe(current.content.steps[key]);
          if (next === current.content.steps[key]) return current;
          return {
            ...current,
            content: { ...current.content, steps: { ...current.content.steps, [key]: next } },
          };
        },
        options,
      ),
    [key, update],
  );
  return [draft.content.steps[key], change] as const;
}

/** The strategy (gratifying work, values, overlaps), and a way to change it. */
export function useStrategy(): readonly [
  Strategy,
  (recipe: Recipe<Strategy>, options?: { whole?: boolean }) => void,
] {
  const draft = usePlanDraft();
  const { update } = usePlanActions();
  const change = useCallback(
    (recipe: Recipe<Strategy>, options?: { whole?: boolean }) =>
      update(
        'strategy',
        (current) => {
          const next = recipe(current.content.strategy);
          if (next === current.content.strategy) return current;
          return { ...current, content: { ...current.content, strategy: next } };
        },
        options,
      ),
    [update],
  );
  return [draft.content.strategy, change] as const;
}

/** The answer to "what do I want to be known for in five years?". */
export function useKnownFor(): readonly [string, (text: string) => void] {
  const draft = usePlanDraft();
  const { update } = usePlanActions();
  const change = useCallback(
    (knownFor: PlanContent['knownFor']) =>
      update('knownFor', (current) =>
        current.content.knownFor === knownFor
          ? current
          : { ...current, content: { ...current.content, knownFor } },
      ),
    [update],
  );
  return [draft.content.knownFor, change] as const;
}
