import type { OccupationAiExposure } from '@trailmap/contracts';
import type { TaskLabel } from './exposure-reading.ts';

export type TaskExposure = NonNullable<OccupationAiExposure['tasks']>['labels'][number];

export type TaskSort = 'onet' | 'most' | 'least';
/** Which tasks to show: all, those a rater gave a label, or those the two raters label differently. */
export type TaskFilter = 'all' | 'disagree' | `${'human' | 'gpt4'}:${TaskLabel}`;

/** How exposed a label says a task is: E1 (a model alone) over E2 (through software) over E0. */
const RANK: Readonly<Record<TaskLabel, number>> = { E1: 2, E2: 1, E0: 0 };

/** Both raters' labels as one number, the human annotators' first. */
const exposureOf = (task: TaskExposure): number => RANK[task.human] * 3 + RANK[task.gpt4];

export function filterTasks(
  tasks: readonly TaskExposure[],
  filter: TaskFilter,
): readonly TaskExposure[] {
  if (filter === 'all') return tasks;
  if (filter === 'disagree') return tasks.filter((t) => t.human !== t.gpt4);
  const [rater, label] = filter.split(':') as ['human' | 'gpt4', TaskLabel];
  return tasks.filter((t) => t[rater] === label);
}

/** Tasks in O*NET's order, or by exposure (ties keep O*NET's order). */
export function sortTasks(tasks: readonly TaskExposure[], sort: TaskSort): readonly TaskExposure[] {
  if (sort === 'onet') return tasks;
  const sign = sort === 'most' ? -1 : 1;
  return tasks
    .map((task, position) => ({ task, position }))
    .sort((a, b) => sign * (exposureOf(a.task) - exposureOf(b.task)) || a.position - b.position)
    .map(({ task }) => task);
}

/** How many tasks carry each label, per rater, for the summary above the table. */
export function labelCounts(
  tasks: readonly TaskExposure[],
): Record<'human' | 'gpt4', Record<TaskLabel, number>> {
  const counts = {
    human: { E0: 0, E1: 0, E2: 0 },
    gpt4: { E0: 0, E1: 0, E2: 0 },
  };
  for (const task of tasks) {
    counts.human[task.human] += 1;
    counts.gpt4[task.gpt4] += 1;
  }
  return counts;
}
