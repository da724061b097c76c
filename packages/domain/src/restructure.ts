import type { EdaDecision, RecurringTask, Reinvestment, RoleRestructure } from './model.ts';

/**
 * Step 7: restructure today's role with Eliminate / Delegate / Automate (EDA).
 * Every number here is hours per week. Tasks marked eliminate, delegate or
 * automate free their hours; "keep" and undecided tasks do not.
 */

/**
 * Hours are typed in quarter-hour steps, which binary floating point holds
 * exactly, but a reinvestment typed as 0.1 + 0.2 is not; half a minute of
 * tolerance keeps such a plan "balanced" without hiding a real quarter hour.
 */
export const HOURS_EPSILON = 1 / 120;

const FREEING_DECISIONS: ReadonlySet<EdaDecision> = new Set(['eliminate', 'delegate', 'automate']);

export type DecisionBucket = EdaDecision | 'undecided';

export type HoursPerWeekByDecision = Readonly<Record<DecisionBucket, number>>;

export function hoursTotalPerWeek(tasks: readonly RecurringTask[]): number {
  return sumHours(tasks.map((task) => task.hoursPerWeek));
}

/** Hours of the tasks marked eliminate, delegate or automate. */
export function hoursFreedPerWeek(tasks: readonly RecurringTask[]): number {
  return sumHours(
    tasks
      .filter((task) => task.decision !== null && FREEING_DECISIONS.has(task.decision))
      .map((task) => task.hoursPerWeek),
  );
}

export function hoursKeptPerWeek(tasks: readonly RecurringTask[]): number {
  return sumHours(
    tasks.filter((task) => task.decision === 'keep').map((task) => task.hoursPerWeek),
  );
}

export function hoursUndecidedPerWeek(tasks: readonly RecurringTask[]): number {
  return sumHours(tasks.filter((task) => task.decision === null).map((task) => task.hoursPerWeek));
}

export function hoursPerWeekByDecision(tasks: readonly RecurringTask[]): HoursPerWeekByDecision {
  const totals: Record<DecisionBucket, number> = {
    eliminate: 0,
    delegate: 0,
    automate: 0,
    keep: 0,
    undecided: 0,
  };
  for (const task of tasks) totals[task.decision ?? 'undecided'] += task.hoursPerWeek;
  return totals;
}

/** The four categories of the method summed. */
export function hoursReinvestedPerWeek(reinvestment: Reinvestment): number {
  return sumHours([
    reinvestment.highImpactProjects,
    reinvestment.crossTeamCollaboration,
    reinvestment.skillPractice,
    reinvestment.visibility,
  ]);
}

export type ReinvestmentBalance = 'balanced' | 'under_reinvested' | 'over_reinvested';

export interface RestructureSummary {
  readonly totalHoursPerWeek: number;
  readonly freedHoursPerWeek: number;
  readonly keptHoursPerWeek: number;
  readonly undecidedHoursPerWeek: number;
  readonly reinvestedHoursPerWeek: number;
  /** Freed minus reinvested: positive means freed hours still wait for a purpose. */
  readonly unallocatedHoursPerWeek: number;
  readonly balance: ReinvestmentBalance;
  readonly byDecision: HoursPerWeekByDecision;
}

export function summarizeRestructure(restructure: RoleRestructure): RestructureSummary {
  const { tasks } = restructure;
  const freed = hoursFreedPerWeek(tasks);
  const reinvested = hoursReinvestedPerWeek(restructure.reinvestmentHoursPerWeek);
  const unallocated = freed - reinvested;
  return {
    totalHoursPerWeek: hoursTotalPerWeek(tasks),
    freedHoursPerWeek: freed,
    keptHoursPerWeek: hoursKeptPerWeek(tasks),
    undecidedHoursPerWeek: hoursUndecidedPerWeek(tasks),
    reinvestedHoursPerWeek: reinvested,
    unallocatedHoursPerWeek: unallocated,
    balance: balanceOfHours(unallocated),
    byDecision: hoursPerWeekByDecision(tasks),
  };
}

/** Reads freed-minus-reinvested hours as a balance, within {@link HOURS_EPSILON}. */
export function balanceOfHours(unallocatedHoursPerWeek: number): ReinvestmentBalance {
  if (unallocatedHoursPerWeek > HOURS_EPSILON) return 'under_reinvested';
  if (unallocatedHoursPerWeek < -HOURS_EPSILON) return 'over_reinvested';
  return 'balanced';
}

function sumHours(hours: readonly number[]): number {
  let total = 0;
  for (const value of hours) total += value;
  return total;
}
