import type {
  PlanCompleteness,
  PlanContent,
  PlanTraceability,
  TraceOrphans,
} from '@trailmap/domain';
import type { MethodScreen } from '../workspace/screen-list.ts';

/** The first part of the method that is not finished, and the first thing it still lacks. */
export interface NextStep {
  readonly screen: MethodScreen;
  readonly firstMissing: string;
  /** How many other things that part still lacks. */
  readonly moreMissing: number;
}

/**
 * The next step is the first unfinished part in the method's order (strategy
 * first, then steps 1–7), not the emptiest one: each step builds on the one
 * before, so filling an early gap makes the later steps easier. Null once
 * every part is complete.
 */
export function suggestNextStep(completeness: PlanCompleteness): NextStep | null {
  const part = completeness.steps.find((step) => step.missing.length > 0);
  const firstMissing = part?.missing[0];
  if (!part || firstMissing === undefined) return null;
  return { screen: part.step, firstMissing, moreMissing: part.missing.length - 1 };
}

export type TraceWarningGroup = 'actions' | 'loose-ends';

/** One thing in the plan that leads back to nothing in the strategy, and where to fix it. */
export interface TraceWarning {
  /** Unique in the list (item ids may repeat across kinds of item). */
  readonly key: string;
  readonly group: TraceWarningGroup;
  readonly message: string;
  readonly screen: MethodScreen;
}

/** Where each kind of loose item is fixed: the screen that holds the missing link. */
const ORPHAN_SCREENS: Record<Exclude<keyof TraceOrphans, 'actionsWithoutTarget'>, MethodScreen> = {
  capabilityTargetsWithoutAction: 'roadmap',
  targetRolesWithoutVisionProblem: 'roadmap',
  portfolioEntriesWithoutSkill: 'portfolio',
  skillsNotServed: 'portfolio',
};

/**
 * The traceability warnings in two groups. "actions": every action still in
 * play whose chain breaks before the vision (no capability target, or a role
 * that serves no vision problem) — the plan items that serve nothing in the
 * strategy. "loose-ends": the other orphans (targets nobody works on, roles
 * and portfolio paths tied to nothing, skills no pathway grows). Dropped
 * actions are left out: nobody is spending time on them.
 */
export function listTraceWarnings(
  content: PlanContent,
  traceability: PlanTraceability,
): TraceWarning[] {
  const actions = content.steps.roadmap.actions;
  const warnings: TraceWarning[] = [];
  traceability.actions.forEach((trace, index) => {
    if (trace.status === 'traced' || trace.message === null) return;
    if (actions[index]?.status === 'dropped') return;
    warnings.push({
      key: `action-${index}-${trace.actionId}`,
      group: 'actions',
      message: trace.message,
      screen: 'roadmap',
    });
  });
  for (const [kind, screen] of Object.entries(ORPHAN_SCREENS) as [
    keyof typeof ORPHAN_SCREENS,
    MethodScreen,
  ][]) {
    traceability.orphans[kind].forEach((orphan, index) => {
      warnings.push({
        key: `${kind}-${index}-${orphan.id}`,
        group: 'loose-ends',
        message: orphan.message,
        screen,
      });
    });
  }
  return warnings;
}
