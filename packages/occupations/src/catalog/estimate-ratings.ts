import type { DwaTable, RatingBlock } from './catalog.ts';

/**
 * O*NET 29.3 describes some occupations (Software Developers, Data Scientists,
 * Financial and Investment Analysts among them) by tasks and detailed work
 * activities, but has not yet rated their skills, knowledge or work styles.
 * Without ratings they could not be compared, and a person aiming at one
 * would see no skill gap. So their ratings are estimated from the rated
 * occupations that do the most similar work: the mean of the `NEIGHBOURS`
 * closest by detailed work activities (cosine of idf-weighted activity sets),
 * each weighted by that closeness. Estimated rows are flagged; profiles say
 * so and name the occupations they came from.
 */

const NEIGHBOURS = 5;
/** Below this closeness of work, borrowing ratings would be a guess. */
const MIN_CLOSENESS = 0.15;

export interface Estimate {
  readonly occupation: number;
  readonly from: readonly { readonly occupation: number; readonly weight: number }[];
}

/** Which rated occupations each unrated one (with work activities) borrows from. */
export function planEstimates(dwas: DwaTable, rated: Uint8Array): Estimate[] {
  const count = rated.length;
  const frequency = new Float32Array(dwas.ids.length);
  for (const list of dwas.ofOccupation)
    for (const dwa of list) frequency[dwa] = frequency[dwa]! + 1;
  const vectorOf = (o: number) => {
    const ids = dwas.ofOccupation[o]!;
    const counts = dwas.taskCounts[o]!;
    const weights = new Map<number, number>();
    let norm = 0;
    ids.forEach((dwa, i) => {
      const w = Math.log1p(counts[i]!) * Math.log(1 + count / Math.max(1, frequency[dwa]!));
      weights.set(dwa, w);
      norm += w * w;
    });
    return { weights, norm: Math.sqrt(norm) };
  };
  // Each rated occupation's vector once, not once per unrated occupation it is compared with.
  const vectors = new Map<number, ReturnType<typeof vectorOf>>();
  const estimates: Estimate[] = [];
  for (let o = 0; o < count; o++) {
    if (rated[o] || dwas.ofOccupation[o]!.length === 0) continue;
    const mine = vectorOf(o);
    const scored: { occupation: number; weight: number }[] = [];
    for (let other = 0; other < count; other++) {
      if (!rated[other] || dwas.ofOccupation[other]!.length === 0) continue;
      let theirs = vectors.get(other);
      if (theirs === undefined) {
        theirs = vectorOf(other);
        vectors.set(other, theirs);
      }
      let dot = 0;
      for (const [dwa, w] of mine.weights) dot += w * (theirs.weights.get(dwa) ?? 0);
      const closeness = dot / (mine.norm * theirs.norm || 1);
      if (closeness >= MIN_CLOSENESS) scored.push({ occupation: other, weight: closeness });
    }
    scored.sort((a, b) => b.weight - a.weight || a.occupation - b.occupation);
    const from = scored.slice(0, NEIGHBOURS);
    if (from.length > 0) estimates.push({ occupation: o, from });
  }
  return estimates;
}

/** Fills the planned rows of a block with weighted means of the neighbours' ratings. */
export function applyEstimates(block: RatingBlock, estimates: readonly Estimate[]): RatingBlock {
  const width = block.descriptors.length;
  const importance = block.importance.slice();
  const level = block.level ? block.level.slice() : null;
  const rated = block.rated.slice();
  const estimated = new Uint8Array(rated.length);
  for (const { occupation, from } of estimates) {
    if (rated[occupation]) continue;
    for (let d = 0; d < width; d++) {
      let weight = 0;
      let im = 0;
      let lv = 0;
      let lvWeight = 0;
      for (const source of from) {
        const at = source.occupation * width + d;
        const value = block.importance[at]!;
        if (Number.isNaN(value)) continue;
        im += source.weight * value;
        weight += source.weight;
        const l = block.level?.[at] ?? Number.NaN;
        if (!Number.isNaN(l)) {
          lv += source.weight * l;
          lvWeight += source.weight;
        }
      }
      if (weight === 0) continue;
      importance[occupation * width + d] = im / weight;
      if (level && lvWeight > 0) level[occupation * width + d] = lv / lvWeight;
      rated[occupation] = 1;
      estimated[occupation] = 1;
    }
  }
  return { ...block, importance, level, rated, estimated };
}
