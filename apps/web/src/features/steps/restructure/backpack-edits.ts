import { LIMITS } from '@trailmap/domain';
import type {
  AiBackpackEntry,
  AiToolOutcome,
  AssistanceKind,
  ItemId,
  RoleRestructure,
} from '@trailmap/domain';

/**
 * Edits of step 7 that EDA meets AI and the AI backpack make: marking a task
 * Automate, and recording a tool for a task or a skill. Each returns the step
 * itself when nothing changes, so no empty undo step is recorded. Entries are
 * never dropped here except by "Remove": an entry whose task or skill is gone
 * stays detached (decision 0023).
 */

export type BackpackLink =
  | { readonly forTaskId: ItemId; readonly forSkillId: null }
  | { readonly forTaskId: null; readonly forSkillId: ItemId };

export const linkToTask = (id: ItemId): BackpackLink => ({ forTaskId: id, forSkillId: null });
export const linkToSkill = (id: ItemId): BackpackLink => ({ forTaskId: null, forSkillId: id });

export const OUTCOME_LABELS: Readonly<Record<AiToolOutcome, string>> = {
  not_tried: 'Not tried yet',
  helped: 'It helped',
  mixed: 'Mixed',
  did_not_help: 'It did not help',
};

const entriesOf = (restructure: RoleRestructure) => restructure.aiBackpack ?? [];

/** Accepting the Automate suggestion: the task's decision becomes Automate. */
export function markAutomate(restructure: RoleRestructure, taskId: ItemId): RoleRestructure {
  const task = restructure.tasks.find((item) => item.id === taskId);
  if (!task || task.decision === 'automate') return restructure;
  return {
    ...restructure,
    tasks: restructure.tasks.map((item) =>
      item.id === taskId ? { ...item, decision: 'automate' } : item,
    ),
  };
}

export const backpackFull = (restructure: RoleRestructure) =>
  entriesOf(restructure).length >= LIMITS.maxAiBackpackEntries;

/** A new, empty record of a tool for a task or a skill; unchanged when the backpack is full. */
export function addBackpackEntry(
  restructure: RoleRestructure,
  link: BackpackLink,
  assistanceKind: AssistanceKind,
  id: ItemId,
): RoleRestructure {
  if (backpackFull(restructure)) return restructure;
  const entry: AiBackpackEntry = {
    id,
    ...link,
    assistanceKind,
    tool: '',
    notes: '',
    outcome: 'not_tried',
  };
  return { ...restructure, aiBackpack: [...entriesOf(restructure), entry] };
}

/** Replaces the entry with the same id (what the person typed or picked). */
export function updateBackpackEntry(
  restructure: RoleRestructure,
  entry: AiBackpackEntry,
): RoleRestructure {
  const entries = entriesOf(restructure);
  const index = entries.findIndex((item) => item.id === entry.id);
  if (index === -1 || entries[index] === entry) return restructure;
  return { ...restructure, aiBackpack: entries.map((item, i) => (i === index ? entry : item)) };
}

export function removeBackpackEntry(restructure: RoleRestructure, id: ItemId): RoleRestructure {
  const entries = entriesOf(restructure);
  if (!entries.some((item) => item.id === id)) return restructure;
  return { ...restructure, aiBackpack: entries.filter((item) => item.id !== id) };
}

export const entriesForTask = (entries: readonly AiBackpackEntry[], taskId: ItemId) =>
  entries.filter((entry) => entry.forTaskId === taskId);

export const entriesForSkill = (entries: readonly AiBackpackEntry[], skillId: ItemId) =>
  entries.filter((entry) => entry.forSkillId === skillId);

/** Entries whose task or skill was removed: kept with their words until linked again or removed. */
export const detachedEntries = (entries: readonly AiBackpackEntry[]) =>
  entries.filter((entry) => entry.forTaskId === null && entry.forSkillId === null);
