import type { Catalog, DescriptorKind } from '../catalog/catalog.ts';

/**
 * Why two occupations are alike, and what separates them, in descriptors a
 * person can read: the strongest descriptors both rely on, and those the
 * second asks for most beyond the first (importance in the second × how much
 * higher a level it needs).
 */

export interface DescriptorComparison {
  readonly kind: DescriptorKind | 'detailed_work_activity';
  readonly elementId: string;
  readonly name: string;
  readonly from: { readonly importance: number | null; readonly level: number | null };
  readonly to: { readonly importance: number | null; readonly level: number | null };
}

export interface Explanation {
  readonly shared: readonly DescriptorComparison[];
  readonly gaps: readonly DescriptorComparison[];
}

/** Families worth naming in an explanation (interests are shown as a code, not item by item). */
const EXPLAINED: readonly DescriptorKind[] = [
  'skill',
  'knowledge',
  'ability',
  'work_activity',
  'work_style',
];
/** Importance 3 of 5 ("important") or more counts as relied on. */
const RELIED_ON = 3;

const round2 = (value: number): number | null =>
  Number.isNaN(value) ? null : Math.round(value * 100) / 100;

interface Scored {
  readonly item: DescriptorComparison;
  readonly value: number;
}

/** Work styles are rated high almost everywhere: one of them at most, so skills and knowledge lead. */
const MAX_PER_KIND: Partial<Record<DescriptorComparison['kind'], number>> = {
  work_style: 1,
  ability: 2,
};

function topOf(items: Scored[], count: number): DescriptorComparison[] {
  const taken = new Map<string, number>();
  const out: DescriptorComparison[] = [];
  for (const { item } of items.sort(
    (a, b) => b.value - a.value || a.item.elementId.localeCompare(b.item.elementId),
  )) {
    const used = taken.get(item.kind) ?? 0;
    if (used >= (MAX_PER_KIND[item.kind] ?? count)) continue;
    taken.set(item.kind, used + 1);
    out.push(item);
    if (out.length === count) break;
  }
  return out;
}

export function explainSimilarity(
  catalog: Catalog,
  from: number,
  to: number,
  count = 5,
): Explanation {
  const shared: Scored[] = [];
  const gaps: Scored[] = [];
  for (const kind of EXPLAINED) {
    const block = catalog.blocks[kind];
    if (!block || !block.rated[from] || !block.rated[to]) continue;
    const width = block.descriptors.length;
    block.descriptors.forEach((descriptor, d) => {
      const fi = block.importance[from * width + d]!;
      const ti = block.importance[to * width + d]!;
      const fl = block.level?.[from * width + d] ?? Number.NaN;
      const tl = block.level?.[to * width + d] ?? Number.NaN;
      if (Number.isNaN(fi) || Number.isNaN(ti)) return;
      const item: DescriptorComparison = {
        kind,
        elementId: descriptor.id,
        name: descriptor.name,
        from: { importance: round2(fi), level: round2(fl) },
        to: { importance: round2(ti), level: round2(tl) },
      };
      // Shared: how much both rely on it (the lower importance), then the lower level as a tie-breaker.
      const lower =
        Math.min(fi, ti) + (Number.isNaN(fl) || Number.isNaN(tl) ? 0 : Math.min(fl, tl) / 70);
      if (fi >= RELIED_ON && ti >= RELIED_ON) shared.push({ item, value: lower });
      // Work styles have no level: the gap is in importance alone.
      const shortfall = Number.isNaN(tl) ? (ti - fi) / 4 : (tl - (Number.isNaN(fl) ? 0 : fl)) / 7;
      if (ti >= RELIED_ON && shortfall > 0) gaps.push({ item, value: ((ti - 1) / 4) * shortfall });
    });
  }
  const explanation = { shared: topOf(shared, count), gaps: topOf(gaps, count) };
  const dwas = dwaComparison(catalog, from, to);
  return {
    shared: [...explanation.shared, ...dwas.shared],
    gaps: [...explanation.gaps, ...dwas.gaps],
  };
}

/** Up to two detailed work activities both do, and two the second does that the first does not: the most telling (rarest, most tasks). */
function dwaComparison(catalog: Catalog, from: number, to: number): Explanation {
  const { dwas } = catalog;
  const mine = new Set(dwas.ofOccupation[from]);
  const theirs = dwas.ofOccupation[to]!;
  const tasks = dwas.taskCounts[to]!;
  const frequency = documentFrequencyOf(catalog);
  const shared: Scored[] = [];
  const gaps: Scored[] = [];
  theirs.forEach((dwa, i) => {
    const item: DescriptorComparison = {
      kind: 'detailed_work_activity',
      elementId: dwas.ids[dwa]!,
      name: dwas.titles[dwa]!,
      from: { importance: null, level: null },
      to: { importance: null, level: null },
    };
    const value = (tasks[i] ?? 1) / (frequency[dwa] ?? 1);
    (mine.has(dwa) ? shared : gaps).push({ item, value });
  });
  return { shared: topOf(shared, 2), gaps: topOf(gaps, 2) };
}

const frequencies = new WeakMap<Catalog, Uint16Array>();

/** Counts how many occupations use each work activity (otherwise the first explanation does). */
export function prepareExplanations(catalog: Catalog): void {
  documentFrequencyOf(catalog);
}

function documentFrequencyOf(catalog: Catalog): Uint16Array {
  let found = frequencies.get(catalog);
  if (!found) {
    found = new Uint16Array(catalog.dwas.ids.length);
    for (const list of catalog.dwas.ofOccupation)
      for (const dwa of list) found[dwa] = found[dwa]! + 1;
    frequencies.set(catalog, found);
  }
  return found;
}
