import type { PlanSteps } from '@trailmap/domain';
import type { Draft } from './autosave-machine.ts';

/**
 * The parts of a plan a screen edits. Undo works per part, so undoing on one
 * step never takes back what was typed on another.
 */
export type PlanPart = 'title' | 'knownFor' | 'strategy' | keyof PlanSteps;

/** `draft` with one part put back as it was in `from`. */
export function withPartFrom(draft: Draft, from: Draft, part: PlanPart): Draft {
  switch (part) {
    case 'title':
      return { ...draft, title: from.title };
    case 'knownFor':
      return { ...draft, content: { ...draft.content, knownFor: from.content.knownFor } };
    case 'strategy':
      return { ...draft, content: { ...draft.content, strategy: from.content.strategy } };
    default:
      return {
        ...draft,
        content: {
          ...draft.content,
          steps: { ...draft.content.steps, [part]: from.content.steps[part] },
        },
      };
  }
}
