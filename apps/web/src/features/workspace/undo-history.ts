import { dropDanglingLinks } from '@trailmap/domain';
import type { Draft } from './autosave-machine.ts';
import { valueOfPart, withPartFrom } from './plan-parts.ts';
import type { PlanPart } from './plan-parts.ts';

/**
 * Undo of the last change on a part of the plan. Keystrokes close together on
 * the same part count as one change, so undo takes back a phrase, not a letter.
 *
 * One change may touch several parts (removing a skill also removes its audit
 * answers); undoing it puts those back too, unless they were edited since —
 * later words are never taken back by an undo elsewhere. Whatever is put back,
 * links to items that are gone meanwhile are dropped so the plan stays savable.
 */
export interface UndoEntry {
  /** The part the person was editing. */
  readonly part: PlanPart;
  /** Every part the change touched, `part` included. */
  readonly parts: readonly PlanPart[];
  readonly before: Draft;
  readonly at: number;
  /** A change of its own (an accepted suggestion): no later edit joins it. */
  readonly whole?: boolean;
}

/** Edits on the same part closer than this (ms) are one change. */
export const UNDO_GROUP_MS = 1_500;
const MAX_ENTRIES = 100;

export function recordChange(
  history: readonly UndoEntry[],
  part: PlanPart,
  before: Draft,
  at: number,
  touched: readonly PlanPart[] = [part],
  whole = false,
): UndoEntry[] {
  const parts = touched.includes(part) ? touched : [part, ...touched];
  const last = history.at(-1);
  if (!whole && last && !last.whole && last.part === part && at - last.at < UNDO_GROUP_MS) {
    // Same change still going on: keep the state from before it started.
    const merged = [...new Set([...last.parts, ...parts])];
    return [...history.slice(0, -1), { ...last, parts: merged, at }];
  }
  const entry: UndoEntry = whole ? { part, parts, before, at, whole } : { part, parts, before, at };
  return [...history, entry].slice(-MAX_ENTRIES);
}

const lastIndexFor = (history: readonly UndoEntry[], part: PlanPart) =>
  history.findLastIndex((entry) => entry.parts.includes(part));

export const canUndo = (history: readonly UndoEntry[], part: PlanPart) =>
  lastIndexFor(history, part) !== -1;

/** Takes back the last change that touched `part`. */
export function undoLast(
  history: readonly UndoEntry[],
  part: PlanPart,
  current: Draft,
): { draft: Draft; history: UndoEntry[] } | null {
  const index = lastIndexFor(history, part);
  const entry = history[index];
  if (!entry) return null;
  // The state right after the change: the next change started from it.
  const after = history[index + 1]?.before ?? current;
  let draft = current;
  for (const touched of entry.parts) {
    const untouchedSince = valueOfPart(current, touched) === valueOfPart(after, touched);
    if (touched === part || untouchedSince) draft = withPartFrom(draft, entry.before, touched);
  }
  const content = dropDanglingLinks(draft.content);
  return {
    draft: content === draft.content ? draft : { ...draft, content },
    history: history.filter((_, i) => i !== index),
  };
}
