import { COMPLETENESS_PARTS, type PlanSteps } from '@trailmap/domain';
import type { Draft } from './autosave-machine.ts';

/**
 * The parts of a plan a screen edits. Undo works per part, so undoing on one
 * step never takes back what was typed on another.
 */
export type PlanPart = 'title' | 'knownFor' | 'strategy' | keyof PlanSteps;

const PARTS: readonly PlanPart[] = ['title', 'knownFor', ...COMPLETENESS_PARTS];

/** The value of one part; edits are immutable, so an untouched part keeps its identity. */
export function valueOfPart(draft: Draft, part: PlanPart): unknown {
  switch (part) {
    case 'title':
      return draft.title;
    case 'knownFor':
      return draft.content.knownFor;
    case 'strategy':
      return draft.content.strategy;
    default:
      return draft.content.steps[part];
  }
}

/** The parts an edit touched (e.g. removing a skill touches skills, audit and portfolio). */
export const changedParts = (before: Draft, after: Draft): PlanPart[] =>
  PARTS.filter((part) => valueOfPart(before, part) !== valueOfPart(after, part));

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
