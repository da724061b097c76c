import type { SimilarOccupationsResponse } from '@trailmap/contracts';

export type DescriptorComparison = SimilarOccupationsResponse['results'][number]['shared'][number];

const KIND_WORDS: Readonly<Record<string, string>> = {
  skill: 'skill',
  knowledge: 'knowledge',
  ability: 'ability',
  work_activity: 'work activity',
  work_style: 'work style',
  interest: 'interest',
  detailed_work_activity: 'activity',
  technology: 'technology',
};

export const kindWord = (kind: string): string => KIND_WORDS[kind] ?? kind.replace(/_/g, ' ');

const one = (value: number | null) => (value === null ? null : value.toFixed(1));

/**
 * A gap in words: "Leadership (skill): level 3.2 → 4.5". Level is compared
 * when both sides have one, otherwise importance (1–5).
 */
export function describeGap(c: DescriptorComparison): string {
  const head = `${c.name} (${kindWord(c.kind)})`;
  const from = one(c.from.level);
  const to = one(c.to.level);
  if (from !== null && to !== null) return `${head}: level ${from} → ${to}`;
  const fromImportance = one(c.from.importance);
  const toImportance = one(c.to.importance);
  if (toImportance !== null)
    return `${head}: importance ${fromImportance ?? 'not rated'} → ${toImportance}`;
  return head;
}

/** A shared strength in words: "Computers and Electronics (knowledge)". */
export const describeShared = (c: DescriptorComparison): string =>
  `${c.name} (${kindWord(c.kind)})`;

/** A 0–1 score as a whole percentage, e.g. 0.7793 → "78%". */
export const asPercent = (score: number): string => `${Math.round(score * 100)}%`;
