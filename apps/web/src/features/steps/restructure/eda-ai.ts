import type {
  BackpackRequest,
  BackpackResponse,
  TaskMatchRequest,
  TaskMatchResponse,
} from '@trailmap/contracts';
import type { CriticalSkill, CurrentOccupation, RecurringTask } from '@trailmap/domain';

/**
 * EDA meets AI, the pure part: which request the ledger asks for, how answers
 * are kept across requests, and whether an answer still fits the task as it
 * now reads. One request carries every named task, so typing costs one
 * request per pause, never one per task or per keystroke.
 */

export type TaskMatchResult = TaskMatchResponse['results'][number];
export type BackpackItem = BackpackResponse['items'][number];
export type ExposureLevel = TaskMatchResult['exposureLevel'];

const named = <T extends { name: string }>(items: readonly T[]) =>
  items.filter((item) => item.name.trim() !== '');

/** The match request for the ledger as it stands; null when there is nothing to ask. */
export function matchRequestOf(
  occupation: CurrentOccupation | null | undefined,
  tasks: readonly RecurringTask[],
): TaskMatchRequest | null {
  if (!occupation) return null;
  const asked = named(tasks).map((task) => ({
    id: task.id,
    name: task.name.trim(),
    value: task.value,
  }));
  return asked.length === 0 ? null : { occupationCode: occupation.code, tasks: asked };
}

/** The backpack request: tasks marked Automate and every named critical skill. */
export function backpackRequestOf(
  occupation: CurrentOccupation | null | undefined,
  tasks: readonly RecurringTask[],
  skills: readonly CriticalSkill[],
): BackpackRequest | null {
  if (!occupation) return null;
  const ref = (item: { id: string; name: string }) => ({ id: item.id, name: item.name.trim() });
  const automate = named(tasks.filter((task) => task.decision === 'automate')).map(ref);
  const skillRefs = named(skills).map(ref);
  if (automate.length === 0 && skillRefs.length === 0) return null;
  return { occupationCode: occupation.code, tasks: automate, skills: skillRefs };
}

/** Match results held on screen: the last answer per task, for one occupation. */
export interface HeldMatches {
  readonly occupationCode: string;
  readonly title: string;
  readonly rule: string;
  readonly source: TaskMatchResponse['source'];
  readonly byId: ReadonlyMap<string, TaskMatchResult>;
}

/**
 * Folds a new answer into what is held. Results for the tasks it names
 * replace the old ones; the others stay (a task whose request failed or is
 * still on its way keeps its last answer). An answer for another occupation
 * starts afresh: its matches say nothing about this one.
 */
export function mergeMatches(held: HeldMatches | null, response: TaskMatchResponse): HeldMatches {
  const byId = new Map(
    held && held.occupationCode === response.occupationCode ? held.byId : undefined,
  );
  for (const result of response.results) byId.set(result.id, result);
  return {
    occupationCode: response.occupationCode,
    title: response.title,
    rule: response.rule,
    source: response.source,
    byId,
  };
}

/** Backpack answers held on screen, per task or skill, for one occupation. */
export interface HeldBackpack {
  readonly occupationCode: string;
  readonly rule: string;
  readonly byKey: ReadonlyMap<string, BackpackItem>;
}

export const backpackKey = (kind: 'task' | 'skill', id: string) => `${kind}:${id}`;

export function mergeBackpack(held: HeldBackpack | null, response: BackpackResponse): HeldBackpack {
  const byKey = new Map(
    held && held.occupationCode === response.occupationCode ? held.byKey : undefined,
  );
  for (const item of response.items) byKey.set(backpackKey(item.for, item.id), item);
  return { occupationCode: response.occupationCode, rule: response.rule, byKey };
}

/** What was answered about an item, and whether it is about the words it has now. */
export interface Answer<T> {
  readonly result: T;
  /** False while the item's name (or value) has changed since the answer: it is shown as older. */
  readonly current: boolean;
}

/** The last match of a task of the ledger; null when none is held for its occupation. */
export function matchOf(
  held: HeldMatches | null,
  occupationCode: string | null,
  task: RecurringTask,
): Answer<TaskMatchResult> | null {
  if (!held || held.occupationCode !== occupationCode || task.name.trim() === '') return null;
  const result = held.byId.get(task.id);
  if (!result) return null;
  return { result, current: result.name === task.name.trim() && result.value === task.value };
}

export function backpackOf(
  held: HeldBackpack | null,
  occupationCode: string | null,
  kind: 'task' | 'skill',
  item: { id: string; name: string },
): Answer<BackpackItem> | null {
  if (!held || held.occupationCode !== occupationCode) return null;
  const result = held.byKey.get(backpackKey(kind, item.id));
  if (!result) return null;
  return { result, current: result.name === item.name.trim() };
}

/**
 * Suggestions the person dismissed: task id → the task's name when they did.
 * Renaming the task brings a new suggestion back, since it is about new words.
 */
export type Dismissals = Readonly<Record<string, string>>;

export const isDismissed = (dismissals: Dismissals, task: RecurringTask) =>
  dismissals[task.id] === task.name.trim();

export const dismiss = (dismissals: Dismissals, task: RecurringTask): Dismissals => ({
  ...dismissals,
  [task.id]: task.name.trim(),
});

/** Whether to offer "Automate" for a task: suggested, not already chosen, not dismissed. */
export function offersAutomate(
  answer: Answer<TaskMatchResult> | null,
  task: RecurringTask,
  dismissals: Dismissals,
): boolean {
  return (
    answer !== null &&
    answer.current &&
    answer.result.suggestion === 'automate' &&
    task.decision !== 'automate' &&
    !isDismissed(dismissals, task)
  );
}

/** Exposure in plain words, for the level the server read from the best-matched O*NET task. */
export const EXPOSURE_READING: Readonly<Record<ExposureLevel, { label: string; reading: string }>> =
  {
    high: {
      label: 'High exposure',
      reading:
        'human raters and GPT-4 both judged the closest O*NET task exposed: a language model, or software built on one, could halve the time it takes.',
    },
    some: {
      label: 'Some exposure',
      reading: 'AI could help with parts of the closest O*NET task, not take it over.',
    },
    low: {
      label: 'Low exposure',
      reading: 'the raters saw little a language model could do in the closest O*NET task.',
    },
    unknown: {
      label: 'Exposure not known',
      reading: 'no O*NET task of this occupation is close enough to judge.',
    },
  };

/** A statement without its closing full stop, to quote inside a sentence. */
export const quoted = (statement: string) => `“${statement.trim().replace(/\.$/, '')}”`;

/** One study label (E0/E1/E2) in words. */
export const LABEL_READING: Readonly<Record<'E0' | 'E1' | 'E2', string>> = {
  E0: 'not exposed',
  E1: 'exposed to a language model alone',
  E2: 'exposed through software built on a model',
};

/** GPT-4's automation rating in words. */
export const AUTOMATION_READING: Readonly<Record<'T0' | 'T1' | 'T2' | 'T3' | 'T4', string>> = {
  T0: 'none of it',
  T1: 'a little of it',
  T2: 'some of it',
  T3: 'most of it',
  T4: 'all of it',
};

/** A 0–1 share as a whole percentage, never "0 %" for a share that is there. */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return 'under 1 %';
  return `${Math.round(share * 100)} %`;
}
