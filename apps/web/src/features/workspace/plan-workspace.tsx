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

/** What every screen of an open plan reads and writes through. */
export interface PlanWorkspace {
  /** The plan as the server last confirmed it. */
  readonly saved: Plan;
  /** What the screen shows: the saved plan with unsent edits on top. */
  readonly draft: Draft;
  readonly autosave: AutosaveState;
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

  const value = useMemo<PlanWorkspace>(
    () => ({
      saved: state.server,
      draft,
      autosave: state,
      update,
      undo,
      canUndo: (part) => canUndo(history.current, part),
      retryNow,
      resolve,
      saveNow,
    }),
    // historyVersion: a new value when what can be undone changed.
    [state, draft, update, undo, historyVersion, retryNow, resolve, saveNow],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function usePlanWorkspace(): PlanWorkspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('usePlanWorkspace is used outside an open plan.');
  return workspace;
}

type Recipe<T> = (value: T) => T;

/** One of the seven steps, and a way to change it. */
export function useStep<K extends keyof PlanSteps>(
  key: K,
): readonly [PlanSteps[K], (recipe: Recipe<PlanSteps[K]>) => void] {
  const { draft, update } = usePlanWorkspace();
  const change = useCallback(
    (recipe: Recipe<PlanSteps[K]>) =>
      update(key, (current) => {
        const next = recipe(current.content.steps[key]);
        if (next === current.content.steps[key]) return current;
        return {
          ...current,
          content: { ...current.content, steps: { ...current.content.steps, [key]: next } },
        };
      }),
    [key, update],
  );
  return [draft.content.steps[key], change] as const;
}

/** The strategy (gratifying work, values, overlaps), and a way to change it. */
export function useStrategy(): readonly [Strategy, (recipe: Recipe<Strategy>) => void] {
  const { draft, update } = usePlanWorkspace();
  const change = useCallback(
    (recipe: Recipe<Strategy>) =>
      update('strategy', (current) => {
        const next = recipe(current.content.strategy);
        if (next === current.content.strategy) return current;
        return { ...current, content: { ...current.content, strategy: next } };
      }),
    [update],
  );
  return [draft.content.strategy, change] as const;
}

/** The answer to "what do I want to be known for in five years?". */
export function useKnownFor(): readonly [string, (text: string) => void] {
  const { draft, update } = usePlanWorkspace();
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
