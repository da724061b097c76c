/**
 * Three-way merge of two edits of the same plan (e.g. two browser tabs).
 *
 * `base` is the version both edits started from, `mine` and `theirs` the two
 * edits. A part changed on one side only takes that side; a part changed on
 * both sides the same way takes it once. Lists of items with ids merge item by
 * item, so an item added in each tab survives in both. What was changed
 * differently on both sides is a conflict, decided by `choose` (by default
 * the person's own edit) and reported so the person can decide.
 */

export type MergeSide = 'mine' | 'theirs';

/** A part both sides changed differently. `undefined` means the side removed it. */
export interface MergeConflict {
  /** Where it is: dotted keys, list items as `[id]`, e.g. `steps.vision.problems[p1].text`. */
  readonly path: string;
  readonly base: unknown;
  readonly mine: unknown;
  readonly theirs: unknown;
}

export interface MergeResult<T> {
  readonly merged: T;
  readonly conflicts: readonly MergeConflict[];
}

type Chooser = (conflict: MergeConflict) => MergeSide;

/** JSON equality: same primitives, same arrays in order, same keys and values. */
export function sameJson(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
    return false;
  }
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, i) => sameJson(item, right[i]));
  }
  const leftRecord = left as Record<string, unknown>;
  const rightRecord = right as Record<string, unknown>;
  const keys = Object.keys(leftRecord);
  if (keys.length !== Object.keys(rightRecord).length) return false;
  return keys.every((key) => key in rightRecord && sameJson(leftRecord[key], rightRecord[key]));
}

/**
 * `next`, with every part that is JSON-equal to the same part of `previous`
 * replaced by `previous`'s own object (structural sharing). The result equals
 * `next` as JSON; it is `previous` itself when the two are equal throughout.
 *
 * A client that keeps what it already holds for the unchanged parts of a
 * plan the server sent back can then tell what changed by identity alone:
 * later equality checks stop at the first shared object instead of walking
 * the whole plan, and views of unchanged parts need not render again.
 */
export function shareUnchanged<T>(next: T, previous: unknown): T {
  if (Object.is(next, previous)) return next;
  if (typeof next !== 'object' || next === null) return next;
  if (typeof previous !== 'object' || previous === null) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    const items = next.map((item: unknown, i) => shareUnchanged(item, previous[i]));
    const same = items.length === previous.length && items.every((item, i) => item === previous[i]);
    return (same ? previous : items) as T;
  }
  if (Array.isArray(previous)) return next;
  const nextRecord = next as Record<string, unknown>;
  const previousRecord = previous as Record<string, unknown>;
  const keys = Object.keys(nextRecord);
  const shared: Record<string, unknown> = {};
  let same = keys.length === Object.keys(previousRecord).length;
  for (const key of keys) {
    const value = shareUnchanged(nextRecord[key], previousRecord[key]);
    shared[key] = value;
    if (!(key in previousRecord) || value !== previousRecord[key]) same = false;
  }
  return (same ? previous : shared) as T;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Identified = Record<string, unknown> & { readonly id: string };

const isIdentifiedList = (value: unknown): value is Identified[] =>
  Array.isArray(value) &&
  value.every((item) => isRecord(item) && typeof item['id'] === 'string') &&
  new Set(value.map((item) => (item as Identified).id)).size === value.length;

const ABSENT = Symbol('absent');
type Slot = unknown;

function mergeSlot(base: Slot, mine: Slot, theirs: Slot, path: string, choose: Chooser): Slot {
  if (sameJson(mine, theirs)) return mine;
  if (sameJson(base, mine)) return theirs;
  if (sameJson(base, theirs)) return mine;
  if (isRecord(mine) && isRecord(theirs)) {
    const baseRecord = isRecord(base) ? base : {};
    const merged: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const value = mergeSlot(
        key in baseRecord ? baseRecord[key] : ABSENT,
        key in mine ? mine[key] : ABSENT,
        key in theirs ? theirs[key] : ABSENT,
        path === '' ? key : `${path}.${key}`,
        choose,
      );
      if (value !== ABSENT) merged[key] = value;
    }
    return merged;
  }
  if (isIdentifiedList(mine) && isIdentifiedList(theirs)) {
    return mergeItems(isIdentifiedList(base) ? base : [], mine, theirs, path, choose);
  }
  const conflict: MergeConflict = {
    path,
    base: base === ABSENT ? undefined : base,
    mine: mine === ABSENT ? undefined : mine,
    theirs: theirs === ABSENT ? undefined : theirs,
  };
  return choose(conflict) === 'mine' ? mine : theirs;
}

/**
 * Merges lists of items by id. The order is theirs, with items only mine
 * placed after the item that precedes them in mine.
 */
function mergeItems(
  base: readonly Identified[],
  mine: readonly Identified[],
  theirs: readonly Identified[],
  path: string,
  choose: Chooser,
): Identified[] {
  const byId = (list: readonly Identified[]) => new Map(list.map((item) => [item.id, item]));
  const baseById = byId(base);
  const mineById = byId(mine);
  const theirsById = byId(theirs);
  const slotOf = (map: Map<string, Identified>, id: string): Slot =>
    map.has(id) ? map.get(id) : ABSENT;

  const mergeId = (id: string): Slot =>
    mergeSlot(
      slotOf(baseById, id),
      slotOf(mineById, id),
      slotOf(theirsById, id),
      `${path}[${id}]`,
      choose,
    );

  const result: Identified[] = [];
  for (const item of theirs) {
    const merged = mergeId(item.id);
    if (merged !== ABSENT) result.push(merged as Identified);
  }
  let previousId: string | null = null;
  for (const item of mine) {
    if (!theirsById.has(item.id)) {
      const merged = mergeId(item.id);
      if (merged !== ABSENT) {
        const after: number =
          previousId === null ? -1 : result.findIndex((entry) => entry.id === previousId);
        result.splice(after + 1, 0, merged as Identified);
      }
    }
    if (result.some((entry) => entry.id === item.id)) previousId = item.id;
  }
  return result;
}

/**
 * Merges `mine` and `theirs`, both edits of `base`. Conflicts go to `choose`
 * (default: keep mine) and are listed in the result either way.
 */
export function mergeThreeWay<T>(
  base: T,
  mine: T,
  theirs: T,
  choose: (conflict: MergeConflict) => MergeSide = () => 'mine',
): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = mergeSlot(base, mine, theirs, '', (conflict) => {
    conflicts.push(conflict);
    return choose(conflict);
  });
  return { merged: merged as T, conflicts };
}
