import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryReinvestment, arbitraryTask } from './arbitraries.test-support.ts';
import { createSamplePlanContent } from './fixtures.ts';
import type { EdaDecision, RecurringTask, Reinvestment } from './model.ts';
import {
  HOURS_EPSILON,
  balanceOfHours,
  hoursFreedPerWeek,
  hoursKeptPerWeek,
  hoursPerWeekByDecision,
  hoursReinvestedPerWeek,
  hoursTotalPerWeek,
  hoursUndecidedPerWeek,
  summarizeRestructure,
} from './restructure.ts';

const task = (id: string, hoursPerWeek: number, decision: EdaDecision | null): RecurringTask => ({
  id,
  name: `Task ${id}`,
  hoursPerWeek,
  value: 'medium',
  decision,
});

const reinvest = (
  highImpactProjects: number,
  crossTeamCollaboration = 0,
  skillPractice = 0,
  visibility = 0,
): Reinvestment => ({
  highImpactProjects,
  crossTeamCollaboration,
  skillPractice,
  visibility,
});

const tasks = [
  task('a', 5, 'eliminate'),
  task('b', 2.5, 'delegate'),
  task('c', 1.25, 'automate'),
  task('d', 10, 'keep'),
  task('e', 3, null),
];

describe('hours of a restructured role', () => {
  it('frees the hours of tasks marked eliminate, delegate or automate', () => {
    expect(hoursFreedPerWeek(tasks)).toBe(8.75);
  });

  it('keeps the hours of tasks marked keep and leaves undecided tasks apart', () => {
    expect(hoursKeptPerWeek(tasks)).toBe(10);
    expect(hoursUndecidedPerWeek(tasks)).toBe(3);
    expect(hoursTotalPerWeek(tasks)).toBe(21.75);
  });

  it('splits the hours by decision, with undecided as its own bucket', () => {
    expect(hoursPerWeekByDecision(tasks)).toEqual({
      eliminate: 5,
      delegate: 2.5,
      automate: 1.25,
      keep: 10,
      undecided: 3,
    });
  });

  it('frees nothing from an empty task list', () => {
    expect(hoursFreedPerWeek([])).toBe(0);
    expect(hoursTotalPerWeek([])).toBe(0);
  });

  it('adds the four reinvestment categories', () => {
    expect(hoursReinvestedPerWeek(reinvest(4, 2, 1.5, 0.25))).toBe(7.75);
  });

  it('summarizes the sample plan as 9.5 hours freed and all of them reinvested', () => {
    const summary = summarizeRestructure(createSamplePlanContent().steps.restructure);
    expect(summary).toMatchObject({
      totalHoursPerWeek: 27.75,
      freedHoursPerWeek: 9.5,
      keptHoursPerWeek: 18.25,
      undecidedHoursPerWeek: 0,
      reinvestedHoursPerWeek: 9.5,
      unallocatedHoursPerWeek: 0,
      balance: 'balanced',
    });
  });

  it('calls a plan under-reinvested while freed hours still wait for a purpose', () => {
    const summary = summarizeRestructure({ tasks, reinvestmentHoursPerWeek: reinvest(5) });
    expect(summary.unallocatedHoursPerWeek).toBe(3.75);
    expect(summary.balance).toBe('under_reinvested');
  });

  it('calls a plan over-reinvested when it spends more hours than it frees', () => {
    const summary = summarizeRestructure({ tasks, reinvestmentHoursPerWeek: reinvest(8.75, 0.25) });
    expect(summary.unallocatedHoursPerWeek).toBe(-0.25);
    expect(summary.balance).toBe('over_reinvested');
  });

  it('tolerates floating-point noise but not a quarter hour', () => {
    expect(balanceOfHours(0.3 - (0.1 + 0.2))).toBe('balanced');
    expect(balanceOfHours(HOURS_EPSILON / 2)).toBe('balanced');
    expect(balanceOfHours(0.25)).toBe('under_reinvested');
    expect(balanceOfHours(-0.25)).toBe('over_reinvested');
  });

  const arbitraryTasks = fc.array(arbitraryTask(fc.string({ maxLength: 3 }), 40), {
    maxLength: 12,
  });

  it('always splits the total into freed, kept and undecided hours', () => {
    fc.assert(
      fc.property(arbitraryTasks, (drawn) => {
        // Quarter hours add up exactly in binary floating point, so equality is exact.
        expect(
          hoursFreedPerWeek(drawn) + hoursKeptPerWeek(drawn) + hoursUndecidedPerWeek(drawn),
        ).toBe(hoursTotalPerWeek(drawn));
      }),
    );
  });

  it('never frees more hours than the tasks take', () => {
    fc.assert(
      fc.property(arbitraryTasks, (drawn) => {
        const freed = hoursFreedPerWeek(drawn);
        expect(freed).toBeGreaterThanOrEqual(0);
        expect(freed).toBeLessThanOrEqual(hoursTotalPerWeek(drawn));
      }),
    );
  });

  it('agrees with itself: the buckets by decision add up to the freed, kept and undecided hours', () => {
    fc.assert(
      fc.property(arbitraryTasks, (drawn) => {
        const buckets = hoursPerWeekByDecision(drawn);
        expect(buckets.eliminate + buckets.delegate + buckets.automate).toBe(
          hoursFreedPerWeek(drawn),
        );
        expect(buckets.keep).toBe(hoursKeptPerWeek(drawn));
        expect(buckets.undecided).toBe(hoursUndecidedPerWeek(drawn));
      }),
    );
  });

  it('frees exactly a task’s hours more when that task goes from keep to eliminate', () => {
    fc.assert(
      fc.property(arbitraryTasks, fc.nat(), (drawn, pick) => {
        fc.pre(drawn.length > 0);
        const index = pick % drawn.length;
        const kept = drawn.map((item, i) =>
          i === index ? { ...item, decision: 'keep' as const } : item,
        );
        const dropped = drawn.map((item, i) =>
          i === index ? { ...item, decision: 'eliminate' as const } : item,
        );
        expect(hoursFreedPerWeek(dropped) - hoursFreedPerWeek(kept)).toBe(
          drawn[index]?.hoursPerWeek,
        );
      }),
    );
  });

  it('reports a balance that matches the freed and reinvested numbers', () => {
    fc.assert(
      fc.property(arbitraryTasks, arbitraryReinvestment(), (drawn, reinvestment) => {
        const summary = summarizeRestructure({
          tasks: drawn,
          reinvestmentHoursPerWeek: reinvestment,
        });
        expect(summary.unallocatedHoursPerWeek).toBe(
          summary.freedHoursPerWeek - summary.reinvestedHoursPerWeek,
        );
        const expected =
          summary.freedHoursPerWeek === summary.reinvestedHoursPerWeek
            ? 'balanced'
            : summary.freedHoursPerWeek > summary.reinvestedHoursPerWeek
              ? 'under_reinvested'
              : 'over_reinvested';
        expect(summary.balance).toBe(expected);
      }),
    );
  });

  it('keeps the balance within tolerance for any hours, not only quarter hours', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 24, noNaN: true }), { maxLength: 8 }),
        (hours) => {
          const drawn = hours.map((value, index) => task(String(index), value, 'automate'));
          // Reinvest exactly what was freed, but added up in a different order.
          const reversed = [...hours].reverse();
          const reinvested = reinvest(reversed.reduce((sum, value) => sum + value, 0));
          expect(
            summarizeRestructure({ tasks: drawn, reinvestmentHoursPerWeek: reinvested }).balance,
          ).toBe('balanced');
        },
      ),
    );
  });
});
