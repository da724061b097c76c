import type { CoachStep } from '@trailmap/domain';
import type { PlanPart } from '../workspace/plan-parts.ts';
import type { MethodScreen } from '../workspace/screen-list.ts';

/** One stage of the quick start: what it is called, how long to give it, and its full step. */
export interface QuickStartStage {
  readonly title: string;
  /** A suggested time box, in minutes; the five add up to a 30-minute sitting. */
  readonly minutes: number;
  /** The full step with everything this stage leaves out. */
  readonly fullStep: MethodScreen;
  /** The part of the plan undo takes back on this stage; none where one edit spans two parts. */
  readonly undoPart: PlanPart | null;
  /** The steps whose coach findings show beside this stage. */
  readonly coachSteps: readonly CoachStep[];
}

/**
 * The condensed path, in the method's order. The skills stage writes both
 * the skills and their audit; undoing a skill alone could leave an audit
 * answer pointing at nothing, so that stage offers no undo.
 */
export const QUICK_START_STAGES: readonly QuickStartStage[] = [
  {
    title: 'Your career product',
    minutes: 6,
    fullStep: 'product',
    undoPart: 'product',
    coachSteps: ['product'],
  },
  {
    title: 'A vision that fits your values',
    minutes: 6,
    fullStep: 'vision',
    undoPart: 'vision',
    coachSteps: ['vision'],
  },
  {
    title: 'Three skills, audited',
    minutes: 8,
    fullStep: 'audit',
    undoPart: null,
    coachSteps: ['skills', 'audit'],
  },
  {
    title: 'A role-backed roadmap',
    minutes: 5,
    fullStep: 'roadmap',
    undoPart: 'roadmap',
    coachSteps: ['roadmap'],
  },
  {
    title: 'Restructure today’s week',
    minutes: 5,
    fullStep: 'restructure',
    undoPart: 'restructure',
    coachSteps: ['restructure'],
  },
];

/**
 * The stage number (1-based) named by `?stage=`; anything missing, malformed
 * or out of range opens the first stage rather than an error, since the
 * parameter is only a bookmark.
 */
export function parseStage(search: URLSearchParams): number {
  const raw = search.get('stage') ?? '';
  if (!/^\d+$/.test(raw)) return 1;
  const stage = Number(raw);
  return stage >= 1 && stage <= QUICK_START_STAGES.length ? stage : 1;
}

/** The query string that opens a stage. */
export const stageQuery = (stage: number): string => `?stage=${stage}`;
