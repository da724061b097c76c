import { keyOfIdSet } from './ids.ts';
import { LIMITS } from './limits.ts';
import type { ItemId, Strategy, StrategyValue } from './model.ts';

/**
 * Edits of the strategy that must keep it consistent in one step. The server
 * refuses a strategy whose overlaps name a value that is gone (see
 * validate-plan.ts), so removing a value also removes every overlap that
 * names it — in the same edit, so one undo brings both back.
 */

/** The strategy without the value `valueId` and without every overlap that names it. */
export function removeStrategyValue(strategy: Strategy, valueId: ItemId): Strategy {
  if (!strategy.values.some((value) => value.id === valueId)) return strategy;
  return {
    ...strategy,
    values: strategy.values.filter((value) => value.id !== valueId),
    overlaps: strategy.overlaps.filter((overlap) => !overlap.valueIds.includes(valueId)),
  };
}

/** The strategy with `value` appended; unchanged when it already holds the most values allowed. */
export function addStrategyValue(strategy: Strategy, value: StrategyValue): Strategy {
  if (strategy.values.length >= LIMITS.maxValues) return strategy;
  return { ...strategy, values: [...strategy.values, value] };
}

/**
 * The strategy with the line of the overlap where `valueIds` meet set to
 * `line`. An overlap is identified by its set of values, whatever their
 * order; a blank line removes the overlap, so no empty regions are stored.
 */
export function setOverlapLine(
  strategy: Strategy,
  valueIds: readonly ItemId[],
  line: string,
): Strategy {
  const key = keyOfIdSet(valueIds);
  const index = strategy.overlaps.findIndex((overlap) => keyOfIdSet(overlap.valueIds) === key);
  if (line.trim() === '') {
    if (index === -1) return strategy;
    return { ...strategy, overlaps: strategy.overlaps.filter((_, i) => i !== index) };
  }
  const current = strategy.overlaps[index];
  if (current !== undefined) {
    if (current.line === line) return strategy;
    return {
      ...strategy,
      overlaps: strategy.overlaps.map((overlap, i) =>
        i === index ? { ...overlap, line } : overlap,
      ),
    };
  }
  return {
    ...strategy,
    overlaps: [...strategy.overlaps, { valueIds: [...new Set(valueIds)].sort(), line }],
  };
}

/** The line written for the overlap where `valueIds` meet, or '' when none is. */
export function overlapLineOf(strategy: Strategy, valueIds: readonly ItemId[]): string {
  const key = keyOfIdSet(valueIds);
  return strategy.overlaps.find((overlap) => keyOfIdSet(overlap.valueIds) === key)?.line ?? '';
}

/**
 * Every way 2 or more of the first four `ids` can meet (a diagram holds at
 * most four circles): pairs first, then triples, then all four, each in the
 * order of `ids`. These are the regions of the Venn diagram that carry a line.
 */
export function overlapSetsOf(ids: readonly ItemId[]): ItemId[][] {
  const sets: ItemId[][] = [];
  const count = Math.min(ids.length, LIMITS.maxOverlapValues);
  for (let size = 2; size <= count; size += 1) {
    const pick = (start: number, chosen: ItemId[]): void => {
      if (chosen.length === size) {
        sets.push(chosen);
        return;
      }
      for (let i = start; i < count; i += 1) pick(i + 1, [...chosen, ids[i] ?? '']);
    };
    pick(0, []);
  }
  return sets;
}
