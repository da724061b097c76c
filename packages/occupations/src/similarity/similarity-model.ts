import type { Catalog, DescriptorKind, RatingBlock } from '../catalog/catalog.ts';

/**
 * Descriptor profiles of occupations, prepared for comparison, and the measure
 * itself. The weights and the reasons for them are in
 * docs/decisions/0012-similar-roles-from-descriptor-profiles.md.
 *
 * Per family of descriptors each occupation gets one value per descriptor:
 *   with a level scale:   importance (1–5 → 0–1) × level (0–7 → 0–1), so a
 *                         descriptor counts when it is both important and
 *                         needed at a high level;
 *   importance only:      importance 0–1 (work styles), interest score 0–1.
 * Values are centred and scaled per descriptor over all rated occupations
 * (z-scores), so what every occupation needs (reading, speaking) does not make
 * every pair look alike, then each family's vector is scaled to length 1. The
 * family's similarity is the cosine of two such vectors, floored at 0.
 * Detailed work activities are a sparse family: weight = log(1 + tasks that
 * use it) × rarity (idf), cosine again. Job zones compare as 1 − |Δzone| / 4.
 * The score is the weighted mean over the families both occupations have.
 */

export type FamilyName = DescriptorKind | 'detailed_work_activity' | 'job_zone';

export const FAMILY_WEIGHTS: Readonly<Record<FamilyName, number>> = {
  skill: 0.2,
  knowledge: 0.18,
  detailed_work_activity: 0.22,
  work_activity: 0.1,
  ability: 0.08,
  work_style: 0.08,
  interest: 0.08,
  job_zone: 0.06,
};

export interface DenseFamily {
  readonly kind: DescriptorKind;
  readonly block: RatingBlock;
  readonly width: number;
  readonly weight: number;
  readonly mean: Float32Array;
  readonly spread: Float32Array;
  /** Unit vectors of z-scores, one row per occupation (zeros where unrated). */
  readonly vectors: Float32Array;
  readonly has: Uint8Array;
}

export interface SparseVector {
  readonly ids: Uint16Array;
  readonly weights: Float32Array;
}

export interface SimilarityModel {
  readonly occupationCount: number;
  readonly dense: readonly DenseFamily[];
  readonly dwaWeight: number;
  readonly dwaIdf: Float32Array;
  readonly dwaVectors: readonly SparseVector[];
  /** Occupations (indices) that use each detailed work activity, with their weights. */
  readonly dwaPostings: readonly {
    readonly occupations: Int32Array;
    readonly weights: Float32Array;
  }[];
  readonly jobZoneWeight: number;
  readonly jobZones: Uint8Array;
  /** Occupations with descriptor ratings: the only ones that can be compared. */
  readonly comparable: Uint8Array;
}

/** One profile to compare: an occupation's, or a person's built from one. */
export interface Profile {
  /** Per dense family (same order as the model), a unit vector, or null when unrated. */
  readonly dense: readonly (Float32Array | null)[];
  readonly dwa: SparseVector | null;
  /** 1–5, 0 when unknown. */
  readonly jobZone: number;
}

/** The 0–1 value of one descriptor: importance × level where both exist, else importance. */
export function compositeOf(kind: DescriptorKind, importance: number, level: number): number {
  if (Number.isNaN(importance)) return Number.NaN;
  if (kind === 'interest') return (importance - 1) / 6;
  const importance01 = (importance - 1) / 4;
  if (Number.isNaN(level)) return importance01;
  return importance01 * (level / 7);
}

function prepareFamily(kind: DescriptorKind, block: RatingBlock, count: number): DenseFamily {
  const width = block.descriptors.length;
  const raw = new Float32Array(count * width).fill(Number.NaN);
  for (let o = 0; o < count; o++) {
    if (!block.rated[o]) continue;
    for (let d = 0; d < width; d++) {
      const at = o * width + d;
      raw[at] = compositeOf(kind, block.importance[at]!, block.level?.[at] ?? Number.NaN);
    }
  }
  const mean = new Float32Array(width);
  const spread = new Float32Array(width);
  for (let d = 0; d < width; d++) {
    let n = 0;
    let sum = 0;
    let squares = 0;
    for (let o = 0; o < count; o++) {
      const value = raw[o * width + d]!;
      if (Number.isNaN(value)) continue;
      n++;
      sum += value;
      squares += value * value;
    }
    const m = n > 0 ? sum / n : 0;
    mean[d] = m;
    // A descriptor every occupation rates alike carries no information: its spread floor keeps it near zero.
    spread[d] = Math.max(1e-3, Math.sqrt(Math.max(0, n > 0 ? squares / n - m * m : 0)));
  }
  const vectors = new Float32Array(count * width);
  const has = new Uint8Array(count);
  for (let o = 0; o < count; o++) {
    if (!block.rated[o]) continue;
    const row = standardize(raw.subarray(o * width, (o + 1) * width), mean, spread);
    if (row) {
      vectors.set(row, o * width);
      has[o] = 1;
    }
  }
  return { kind, block, width, weight: FAMILY_WEIGHTS[kind], mean, spread, vectors, has };
}

/** z-scores of 0–1 values (NaN counts as average), scaled to length 1; null when all are average. */
export function standardize(
  values: ArrayLike<number>,
  mean: Float32Array,
  spread: Float32Array,
): Float32Array | null {
  const out = new Float32Array(values.length);
  let norm = 0;
  for (let d = 0; d < values.length; d++) {
    const value = values[d]!;
    const z = Number.isNaN(value) ? 0 : (value - mean[d]!) / spread[d]!;
    out[d] = z;
    norm += z * z;
  }
  if (norm === 0) return null;
  const scale = 1 / Math.sqrt(norm);
  for (let d = 0; d < out.length; d++) out[d] = out[d]! * scale;
  return out;
}

function prepareDwas(catalog: Catalog) {
  const count = catalog.occupations.length;
  const dwaCount = catalog.dwas.ids.length;
  const documentFrequency = new Uint16Array(dwaCount);
  let withDwas = 0;
  for (const list of catalog.dwas.ofOccupation) {
    if (list.length > 0) withDwas++;
    for (const dwa of list) documentFrequency[dwa] = documentFrequency[dwa]! + 1;
  }
  const idf = new Float32Array(dwaCount);
  for (let d = 0; d < dwaCount; d++)
    idf[d] = Math.log(Math.max(1, withDwas) / Math.max(1, documentFrequency[d]!)) + 1;
  const vectors: SparseVector[] = [];
  const postingLists: { occupations: number[]; weights: number[] }[] = Array.from(
    { length: dwaCount },
    () => ({
      occupations: [],
      weights: [],
    }),
  );
  for (let o = 0; o < count; o++) {
    const ids = catalog.dwas.ofOccupation[o]!;
    const tasks = catalog.dwas.taskCounts[o]!;
    const weights = new Float32Array(ids.length);
    let norm = 0;
    for (let i = 0; i < ids.length; i++) {
      weights[i] = Math.log1p(tasks[i]!) * idf[ids[i]!]!;
      norm += weights[i]! * weights[i]!;
    }
    if (norm > 0) for (let i = 0; i < ids.length; i++) weights[i] = weights[i]! / Math.sqrt(norm);
    vectors.push({ ids, weights });
    for (let i = 0; i < ids.length; i++) {
      postingLists[ids[i]!]!.occupations.push(o);
      postingLists[ids[i]!]!.weights.push(weights[i]!);
    }
  }
  const postings = postingLists.map((p) => ({
    occupations: Int32Array.from(p.occupations),
    weights: Float32Array.from(p.weights),
  }));
  return { idf, vectors, postings };
}

export function buildSimilarityModel(catalog: Catalog): SimilarityModel {
  const count = catalog.occupations.length;
  const dense: DenseFamily[] = [];
  for (const kind of [
    'skill',
    'knowledge',
    'ability',
    'work_activity',
    'work_style',
    'interest',
  ] as const) {
    const block = catalog.blocks[kind];
    if (block && block.descriptors.length > 0) dense.push(prepareFamily(kind, block, count));
  }
  const { idf, vectors, postings } = prepareDwas(catalog);
  // Comparable: anything to compare beyond the job zone (a rated family, or work activities).
  const comparable = new Uint8Array(count);
  for (let o = 0; o < count; o++) {
    comparable[o] =
      dense.some((family) => family.has[o] === 1) || vectors[o]!.ids.length > 0 ? 1 : 0;
  }
  return {
    occupationCount: count,
    dense,
    dwaWeight: FAMILY_WEIGHTS.detailed_work_activity,
    dwaIdf: idf,
    dwaVectors: vectors,
    dwaPostings: postings,
    jobZoneWeight: FAMILY_WEIGHTS.job_zone,
    jobZones: Uint8Array.from(catalog.occupations.map((o) => o.jobZone ?? 0)),
    comparable,
  };
}

export function profileOfOccupation(model: SimilarityModel, occupation: number): Profile {
  return {
    dense: model.dense.map((family) =>
      family.has[occupation]
        ? family.vectors.subarray(occupation * family.width, (occupation + 1) * family.width)
        : null,
    ),
    dwa: model.dwaVectors[occupation]!.ids.length > 0 ? model.dwaVectors[occupation]! : null,
    jobZone: model.jobZones[occupation]!,
  };
}

function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

function jobZoneSimilarity(a: number, b: number): number {
  return 1 - Math.abs(a - b) / 4;
}

/** The similarity of two profiles, 0–1, and of each family the two share. */
export function compareProfiles(
  model: SimilarityModel,
  a: Profile,
  b: Profile,
): { score: number; families: Partial<Record<FamilyName, number>> } {
  let weighted = 0;
  let weights = 0;
  const families: Partial<Record<FamilyName, number>> = {};
  model.dense.forEach((family, f) => {
    const x = a.dense[f];
    const y = b.dense[f];
    if (!x || !y) return;
    let dot = 0;
    for (let d = 0; d < family.width; d++) dot += x[d]! * y[d]!;
    const value = Math.max(0, Math.min(1, dot));
    families[family.kind] = value;
    weighted += family.weight * value;
    weights += family.weight;
  });
  if (a.dwa && b.dwa) {
    const value = Math.min(1, sparseDot(a.dwa, b.dwa));
    families.detailed_work_activity = value;
    weighted += model.dwaWeight * value;
    weights += model.dwaWeight;
  }
  if (a.jobZone && b.jobZone) {
    const value = jobZoneSimilarity(a.jobZone, b.jobZone);
    families.job_zone = value;
    weighted += model.jobZoneWeight * value;
    weights += model.jobZoneWeight;
  }
  return { score: weights > 0 ? weighted / weights : 0, families };
}

/**
 * The similarity of a profile to every occupation at once (0 for those that
 * cannot be compared): dense families as one pass over contiguous rows,
 * detailed work activities through their postings.
 */
export function scoreAgainstAll(model: SimilarityModel, profile: Profile): Float32Array {
  const count = model.occupationCount;
  const weighted = new Float32Array(count);
  const weights = new Float32Array(count);
  model.dense.forEach((family, f) => {
    const x = profile.dense[f];
    if (!x) return;
    const { vectors, width, has, weight } = family;
    for (let o = 0; o < count; o++) {
      if (!has[o]) continue;
      let dot = 0;
      const base = o * width;
      for (let d = 0; d < width; d++) dot += x[d]! * vectors[base + d]!;
      weighted[o] = weighted[o]! + weight * Math.max(0, Math.min(1, dot));
      weights[o] = weights[o]! + weight;
    }
  });
  if (profile.dwa) {
    const dots = new Float32Array(count);
    const { ids, weights: mine } = profile.dwa;
    for (let i = 0; i < ids.length; i++) {
      const posting = model.dwaPostings[ids[i]!]!;
      const w = mine[i]!;
      for (let p = 0; p < posting.occupations.length; p++) {
        const o = posting.occupations[p]!;
        dots[o] = dots[o]! + w * posting.weights[p]!;
      }
    }
    for (let o = 0; o < count; o++) {
      if (model.dwaVectors[o]!.ids.length === 0) continue;
      weighted[o] = weighted[o]! + model.dwaWeight * Math.min(1, dots[o]!);
      weights[o] = weights[o]! + model.dwaWeight;
    }
  }
  if (profile.jobZone) {
    for (let o = 0; o < count; o++) {
      const zone = model.jobZones[o]!;
      if (!zone) continue;
      weighted[o] = weighted[o]! + model.jobZoneWeight * jobZoneSimilarity(profile.jobZone, zone);
      weights[o] = weights[o]! + model.jobZoneWeight;
    }
  }
  const scores = new Float32Array(count);
  for (let o = 0; o < count; o++) {
    scores[o] = model.comparable[o] && weights[o]! > 0 ? weighted[o]! / weights[o]! : 0;
  }
  return scores;
}
