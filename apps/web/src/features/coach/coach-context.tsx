import { createContext, useCallback, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { CoachFinding, CoachStep } from '@trailmap/domain';
import { usePlanWorkspace } from '../workspace/plan-workspace.tsx';
import { freshFindings, partOfPath, rewriteAt, valueAtPath } from './coach-findings.ts';
import { useCoachRequests } from './use-coach-requests.ts';
import type { CoachState } from './use-coach-requests.ts';

export interface Coach extends CoachState {
  /** The findings about one step that still apply to the draft on screen. */
  findingsFor(step: CoachStep): CoachFinding[];
  /** Writes a suggested text in place of the field the finding is about (undoable). */
  accept(finding: CoachFinding, text: string): void;
}

const CoachContext = createContext<Coach | null>(null);

/** One coach per open plan, so findings survive moving between screens. */
export function CoachProvider({ children }: { children: ReactNode }) {
  const { draft, update } = usePlanWorkspace();
  const state = useCoachRequests(draft.content);
  const { coaching, read } = state;

  const findingsFor = useCallback(
    (step: CoachStep) =>
      coaching && read ? freshFindings(coaching.steps[step], read, draft.content) : [],
    [coaching, read, draft.content],
  );

  const accept = useCallback(
    (finding: CoachFinding, text: string) => {
      const part = partOfPath(finding.path);
      // Only over the words the coach read: never over what was typed since.
      const before = read ? valueAtPath(read, finding.path) : null;
      if (!part || typeof before !== 'string') return;
      update(
        part,
        (current) => {
          const content = rewriteAt(current.content, finding.path, before, text);
          return content === current.content ? current : { ...current, content };
        },
        { whole: true },
      );
    },
    [read, update],
  );

  const value = useMemo<Coach>(
    () => ({ ...state, findingsFor, accept }),
    [state, findingsFor, accept],
  );
  return <CoachContext.Provider value={value}>{children}</CoachContext.Provider>;
}

/** The coach of the open plan; null outside one (e.g. in a component test). */
export function useCoach(): Coach | null {
  return useContext(CoachContext);
}
