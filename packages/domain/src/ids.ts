import type { ItemId } from './model.ts';

/**
 * The same key for the same set of ids, whatever their order or repeats: an
 * overlap of the Venn diagram is identified by which values meet, not by the
 * order they were clicked in.
 */
export function keyOfIdSet(ids: readonly ItemId[]): string {
  return JSON.stringify([...new Set(ids)].sort());
}
