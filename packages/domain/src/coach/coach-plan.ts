import type { PlanContent } from '../model.ts';
import {
  COACH_STEPS,
  type CoachFinding,
  type CoachSeverity,
  type CoachStep,
  type CoachTools,
} from './coach-finding.ts';
import { coachAudit, coachRestructure, coachRoadmap, coachSkills } from './coach-steps.ts';
import { coachGratifyingWork, coachProduct, coachValues, coachVision } from './coach-strategy.ts';

export interface PlanCoaching {
  /** Findings per step, in the order of the step's fields; every step present. */
  readonly steps: Readonly<Record<CoachStep, readonly CoachFinding[]>>;
  readonly counts: Readonly<Record<CoachSeverity, number>>;
  /** False when titles could not be looked for (the occupation data is not loaded). */
  readonly jobTitlesChecked: boolean;
}

/** Every rule of the offline coach over a whole plan, grouped by step. */
export function coachPlan(content: PlanContent, tools: CoachTools): PlanCoaching {
  const all = [
    ...coachGratifyingWork(content, tools),
    ...coachValues(content, tools),
    ...coachProduct(content),
    ...coachVision(content, tools),
    ...coachSkills(content),
    ...coachAudit(content),
    ...coachRoadmap(content),
    ...coachRestructure(content),
  ];
  const steps = Object.fromEntries(COACH_STEPS.map((s) => [s, [] as CoachFinding[]])) as Record<
    CoachStep,
    CoachFinding[]
  >;
  const counts: Record<CoachSeverity, number> = { warning: 0, suggestion: 0, info: 0 };
  for (const finding of all) {
    steps[finding.step].push(finding);
    counts[finding.severity] += 1;
  }
  return { steps, counts, jobTitlesChecked: tools.findTitles !== null };
}
