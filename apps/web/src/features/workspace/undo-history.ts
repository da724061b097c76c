import type { Draft } from './autosave-machine.ts';
import { withPartFrom } from './plan-parts.ts';
import type { PlanPart } from './plan-parts.ts';

/**
 * Undo of the last change on a part of the plan. Keystrokes close together on
 * the same part count as one change, so undo takes back a phrase, not a letter.
 */
export interface UndoEntry {
  readonly part: PlanPart;
  readonly before: Draft;
  readonly at: number;
}

/** Edits on the same part closer than this (ms) are one change. */
export const UNDO_GROUP_MS = 1_500;
const MAX_ENTRIES = 100;

export function recordChange(
  history: readonly UndoEntry[],
  part: PlanPart,
  before: Draft,
  at: number,
): UndoEntry[] {
  const last = history.at(-1);
  if (last && last.part === part && at - last.at < UNDO_GROUP_MS) {
    // Same change still going on: keep the state from before it started.
    return [...history.slice(0, -1), { ...last, at }];
  }
  return [...history, { part, before, at }].slice(-MAX_ENTRIES);
}

export const canUndo = (history: readonly UndoEntry[], part: PlanPart) =>
  history.some((entry) => entry.part === part);

/** Takes back the last change on `part`, leaving every other part as it is now. */
export function undoLast(
  history: readonly UndoEntry[],
  part: PlanPart,
  current: Draft,
): { draft: Draft; history: UndoEntry[] } | null {
  const index = history.findLastIndex((entry) => entry.part === part);
  const entry = history[index];
  if (!entry) return null;
  return {
    draft: withPartFrom(current, entry.before, part),
    history: history.filter((_, i) => i !== index),
  };
}
