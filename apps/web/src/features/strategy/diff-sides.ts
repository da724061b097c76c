import type { DiffPart } from '@trailmap/domain';

export interface SidePart {
  readonly changed: boolean;
  readonly text: string;
}

/**
 * What one side of a side-by-side diff shows: the earlier side keeps the
 * unchanged and removed words, the later side the unchanged and added ones.
 * Neighbouring changes are joined into one run, including the single spaces
 * between them, so "several teams down" reads as one change, not three.
 */
export function sideOfDiff(parts: readonly DiffPart[], side: 'before' | 'after'): SidePart[] {
  const shown = side === 'before' ? 'removed' : 'added';
  const kept = parts
    .filter((part) => part.op === 'same' || part.op === shown)
    .map((part) => ({ changed: part.op !== 'same', text: part.text }));
  const runs: SidePart[] = [];
  kept.forEach((part, index) => {
    const previous = runs[runs.length - 1];
    const next = kept[index + 1];
    const bridges =
      !part.changed &&
      part.text.trim() === '' &&
      previous?.changed === true &&
      next?.changed === true;
    if (previous && (previous.changed === part.changed || bridges)) {
      runs[runs.length - 1] = { changed: previous.changed, text: previous.text + part.text };
    } else runs.push(part);
  });
  return runs;
}
