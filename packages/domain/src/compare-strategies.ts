import { keyOfIdSet } from './ids.ts';
import type { ItemId, Strategy, StrategyValue, ValueOverlap } from './model.ts';

/**
 * Side-by-side comparison of two strategy iterations: `a` is the earlier
 * draft, `b` the later one. Values are matched by id (ids survive rewording),
 * overlaps by the set of values that meet, since that is what identifies a
 * region of the Venn diagram.
 */

export type DiffOp = 'same' | 'added' | 'removed';

export interface DiffPart {
  readonly op: DiffOp;
  readonly text: string;
}

export interface TextComparison {
  readonly changed: boolean;
  /**
   * Word-level diff that keeps whitespace: joining the 'same' and 'added'
   * parts gives `b` exactly, joining 'same' and 'removed' gives `a`.
   */
  readonly diff: readonly DiffPart[];
}

export interface ValueChange {
  readonly id: ItemId;
  readonly before: StrategyValue;
  readonly after: StrategyValue;
}

export interface ValueComparison {
  /** In `b`, not in `a`; in the order of `b`. */
  readonly added: readonly StrategyValue[];
  /** In `a`, not in `b`; in the order of `a`. */
  readonly removed: readonly StrategyValue[];
  /** Same id, different phrase; in the order of `b`. */
  readonly changed: readonly ValueChange[];
  readonly unchanged: readonly StrategyValue[];
}

export interface OverlapChange {
  /** The value ids that meet, sorted. */
  readonly valueIds: readonly ItemId[];
  readonly before: ValueOverlap;
  readonly after: ValueOverlap;
}

export interface OverlapComparison {
  readonly added: readonly ValueOverlap[];
  readonly removed: readonly ValueOverlap[];
  /** Same values meeting, a different line. */
  readonly changed: readonly OverlapChange[];
  readonly unchanged: readonly ValueOverlap[];
}

export interface StrategyComparison {
  /** True when anything differs between the two strategies. */
  readonly changed: boolean;
  readonly gratifyingWork: TextComparison;
  readonly values: ValueComparison;
  readonly overlaps: OverlapComparison;
}

export function compareStrategies(a: Strategy, b: Strategy): StrategyComparison {
  const gratifyingWork = compareText(a.gratifyingWork, b.gratifyingWork);
  const values = matchById(
    a.values,
    b.values,
    (value) => value.id,
    (before, after) => before.phrase === after.phrase,
  );
  const overlaps = matchById(
    a.overlaps,
    b.overlaps,
    (overlap) => keyOfIdSet(overlap.valueIds),
    (before, after) => before.line === after.line,
  );
  const valueComparison: ValueComparison = {
    added: values.added,
    removed: values.removed,
    unchanged: values.unchanged,
    changed: values.changed.map(({ before, after }) => ({ id: after.id, before, after })),
  };
  const overlapComparison: OverlapComparison = {
    added: overlaps.added,
    removed: overlaps.removed,
    unchanged: overlaps.unchanged,
    changed: overlaps.changed.map(({ before, after }) => ({
      valueIds: [...new Set(after.valueIds)].sort(),
      before,
      after,
    })),
  };
  const changed =
    gratifyingWork.changed ||
    [valueComparison, overlapComparison].some(
      (part) => part.added.length + part.removed.length + part.changed.length > 0,
    );
  return { changed, gratifyingWork, values: valueComparison, overlaps: overlapComparison };
}

export function compareText(a: string, b: string): TextComparison {
  return { changed: a !== b, diff: diffWords(a, b) };
}

/**
 * Splits into alternating runs of whitespace and non-whitespace, so nothing is
 * lost: the tokens joined give the text back.
 */
export function tokenizeWords(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? [];
}

/**
 * Most LCS table cells `diffWords` will fill. The table costs time and memory
 * in n × m, and the diff runs synchronously on the server: two unrelated
 * 2,500-token texts (the longest gratifying work the schema accepts) would
 * fill 6.25 million cells, about 12 MB, and block the event loop for tens of
 * milliseconds or more per request. 250,000 cells is about 0.5 MB and a few
 * milliseconds, and still covers a 500 × 500-token changed region.
 */
export const DIFF_WORDS_CELL_BUDGET = 250_000;

/**
 * Longest-common-subsequence diff over word tokens. The common prefix and
 * suffix are cut first, which keeps the quadratic table small for the usual
 * case of a few edits in a long text (gratifying work is at most 5,000
 * characters, about 2,500 tokens). When the changed middle is still larger
 * than `DIFF_WORDS_CELL_BUDGET`, it is shown as one removed run followed by
 * one added run: coarser, but it keeps both texts rebuildable from the parts
 * and bounds the work.
 */
export function diffWords(a: string, b: string): DiffPart[] {
  const x = tokenizeWords(a);
  const y = tokenizeWords(b);
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start += 1;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX -= 1;
    endY -= 1;
  }

  const parts: DiffPart[] = [];
  const push = (op: DiffOp, text: string): void => {
    const last = parts[parts.length - 1];
    if (last !== undefined && last.op === op)
      parts[parts.length - 1] = { op, text: last.text + text };
    else parts.push({ op, text });
  };

  for (let i = 0; i < start; i += 1) push('same', x[i] ?? '');

  const midX = x.slice(start, endX);
  const midY = y.slice(start, endY);
  const n = midX.length;
  const m = midY.length;
  if (n * m > DIFF_WORDS_CELL_BUDGET) {
    // Over budget means both sides are non-empty, so neither part is empty.
    push('removed', midX.join(''));
    push('added', midY.join(''));
  } else {
    diffMiddle(midX, midY, push);
  }

  for (let k = endX; k < x.length; k += 1) push('same', x[k] ?? '');
  return parts;
}

/** Full LCS diff of the changed middle; the caller keeps n × m within budget. */
function diffMiddle(
  midX: readonly string[],
  midY: readonly string[],
  push: (op: DiffOp, text: string) => void,
): void {
  const n = midX.length;
  const m = midY.length;
  // lcs[i * (m + 1) + j] = length of the LCS of midX[i..] and midY[j..].
  const width = m + 1;
  // The LCS is at most min(n, m) long, and within the cell budget min(n, m)
  // is at most √DIFF_WORDS_CELL_BUDGET = 500, so 16-bit cells always suffice.
  const lcs = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i * width + j] =
        midX[i] === midY[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (midX[i] === midY[j]) {
      push('same', midX[i] ?? '');
      i += 1;
      j += 1;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      push('removed', midX[i] ?? '');
      i += 1;
    } else {
      push('added', midY[j] ?? '');
      j += 1;
    }
  }
  for (; i < n; i += 1) push('removed', midX[i] ?? '');
  for (; j < m; j += 1) push('added', midY[j] ?? '');
}

interface Matched<T> {
  readonly added: T[];
  readonly removed: T[];
  readonly changed: { readonly before: T; readonly after: T }[];
  readonly unchanged: T[];
}

/** Pairs items by key; when a key repeats on one side, only its first item takes part in the pairing. */
function matchById<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
  isSame: (before: T, after: T) => boolean,
): Matched<T> {
  const firstBefore = new Map<string, T>();
  for (const item of before) if (!firstBefore.has(keyOf(item))) firstBefore.set(keyOf(item), item);
  const afterKeys = new Set(after.map(keyOf));
  const result: Matched<T> = { added: [], removed: [], changed: [], unchanged: [] };
  const seenAfter = new Set<string>();
  for (const item of after) {
    const key = keyOf(item);
    if (seenAfter.has(key)) continue;
    seenAfter.add(key);
    const previous = firstBefore.get(key);
    if (previous === undefined) result.added.push(item);
    else if (isSame(previous, item)) result.unchanged.push(item);
    else result.changed.push({ before: previous, after: item });
  }
  for (const [key, item] of firstBefore) if (!afterKeys.has(key)) result.removed.push(item);
  return result;
}
