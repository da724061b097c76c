import { describe, expect, it } from 'vitest';
import type { OccupationAiExposure } from '@trailmap/contracts';
import {
  applicabilityReading,
  applicabilityShort,
  exposureReading,
  exposureShort,
  percent,
} from './exposure-reading.ts';
import { filterTasks, labelCounts, sortTasks, type TaskExposure } from './task-labels.ts';

type Exposure = NonNullable<OccupationAiExposure['exposure']>;
type Applicability = NonNullable<OccupationAiExposure['applicability']>;

const exposure = (human: number, gpt4: number): Exposure =>
  ({
    human: { alpha: human / 2, beta: human, gamma: Math.min(1, human * 1.5) },
    gpt4: { alpha: gpt4 / 2, beta: gpt4, gamma: Math.min(1, gpt4 * 1.5) },
  }) as Exposure;

describe('figure readings', () => {
  it('rounds shares to whole percentages', () => {
    expect(percent(0.4473)).toBe('45%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
  });

  it('reads β by both raters side by side and calls close ratings close', () => {
    const reading = exposureReading(exposure(0.4473, 0.5));
    expect(reading.headline).toMatch(/About 45% .* human annotators.*, 50% by GPT-4’s/);
    expect(reading.headline).toMatch(/half the time/);
    expect(reading.agreement).toBe('The two ratings are close (5 percentage points apart).');
  });

  it('says which rater sees more exposure when they differ by 10 points or more', () => {
    expect(exposureReading(exposure(0.2, 0.55)).agreement).toMatch(
      /differ by 35 percentage points \(GPT-4 rate more/,
    );
    expect(exposureReading(exposure(0.7, 0.3)).agreement).toMatch(
      /\(the human annotators rate more/,
    );
    expect(exposureShort(exposure(0.2, 0.55))).toBe('human 20% · GPT-4 55% of tasks (β)');
  });

  it('reads applicability against the study’s spread and says when it is inherited', () => {
    expect(applicabilityReading({ score: 0.2839 })).toMatch(
      /^0\.28 on a 0–1 scale, above the study’s average of 0\.17\. Scores in the study run from 0 .* to 0\.49 \(Interpreters and Translators\)\.$/,
    );
    expect(applicabilityReading({ score: 0.12 })).toMatch(/below the study’s average/);
    expect(applicabilityReading({ score: 0.16 })).toMatch(/about the study’s average/);
    const inherited = { score: 0.3, inherited: true, socCode: '15-2051' } as Applicability;
    expect(applicabilityShort(inherited)).toBe('0.30 of 1 (from SOC 15-2051)');
    expect(applicabilityShort({ ...inherited, inherited: false })).toBe('0.30 of 1');
  });
});

const task = (taskId: number, human: TaskExposure['human'], gpt4: TaskExposure['gpt4']) =>
  ({ taskId, task: `Task ${taskId}`, human, gpt4 }) as TaskExposure;

describe('task labels', () => {
  const tasks = [
    task(1, 'E0', 'E0'),
    task(2, 'E2', 'E1'),
    task(3, 'E1', 'E1'),
    task(4, 'E0', 'E2'),
  ];

  it('filters by one rater’s label, or where the raters disagree', () => {
    expect(filterTasks(tasks, 'all')).toBe(tasks);
    expect(filterTasks(tasks, 'human:E0').map((t) => t.taskId)).toEqual([1, 4]);
    expect(filterTasks(tasks, 'gpt4:E1').map((t) => t.taskId)).toEqual([2, 3]);
    expect(filterTasks(tasks, 'disagree').map((t) => t.taskId)).toEqual([2, 4]);
  });

  it('sorts E1 over E2 over E0, the human label first, ties in O*NET order', () => {
    expect(sortTasks(tasks, 'onet').map((t) => t.taskId)).toEqual([1, 2, 3, 4]);
    expect(sortTasks(tasks, 'most').map((t) => t.taskId)).toEqual([3, 2, 4, 1]);
    expect(sortTasks(tasks, 'least').map((t) => t.taskId)).toEqual([1, 4, 2, 3]);
    const tie = [task(7, 'E1', 'E0'), task(5, 'E1', 'E0')];
    expect(sortTasks(tie, 'most').map((t) => t.taskId)).toEqual([7, 5]);
  });

  it('counts each label per rater', () => {
    expect(labelCounts(tasks)).toEqual({
      human: { E0: 2, E1: 1, E2: 1 },
      gpt4: { E0: 1, E1: 2, E2: 1 },
    });
  });
});
