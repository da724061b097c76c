import type { OccupationIndex } from '../occupation-index.ts';
import { explainSimilarity, type DescriptorComparison } from '../similarity/explain.ts';

/**
 * Several genuinely different paths from one occupation to another, each
 * step a move to a close occupation.
 *
 * The graph: an occupation links to its NEIGHBOURS most similar occupations
 * with similarity ≥ MIN_STEP, never more than one job zone up in one step.
 * A step costs (1 − similarity) + STEP_COST, so a path prefers few, close
 * steps. Paths come from repeated shortest-path searches (Dijkstra): after
 * each, the occupations it passed through cost DETOUR more to enter, so the
 * next search looks elsewhere; a path is kept only when it shares at most
 * half of its intermediate occupations with every path kept before it.
 */

const NEIGHBOURS = 15;
const MIN_STEP = 0.5;
const STEP_COST = 0.1;
const DETOUR = 0.6;
const MAX_STEPS = 5;
/** A path may cost at most this much more than the best one: different, not absurd. */
const MAX_COST_RATIO = 2;
const MAX_SEARCHES = 12;

export interface Hop {
  readonly from: number;
  readonly to: number;
  readonly similarity: number;
  readonly build: readonly DescriptorComparison[];
  readonly carry: readonly DescriptorComparison[];
}

export interface Pathway {
  readonly occupations: readonly number[];
  /** Geometric mean of the steps' similarities. */
  readonly score: number;
  readonly hops: readonly Hop[];
}

const graphs = new WeakMap<OccupationIndex, readonly Int32Array[]>();

/** Each occupation's allowed next steps (built once per index, about 10 ms). */
export function stepsOf(index: OccupationIndex): readonly Int32Array[] {
  let graph = graphs.get(index);
  if (graph) return graph;
  const n = index.catalog.occupations.length;
  const zones = index.model.jobZones;
  graph = Array.from({ length: n }, (_, o) => {
    if (!index.model.comparable[o]) return new Int32Array(0);
    const row = index.similarity.subarray(o * n, (o + 1) * n);
    const candidates: number[] = [];
    for (let p = 0; p < n; p++) {
      if (p === o || row[p]! < MIN_STEP) continue;
      if (zones[o] && zones[p] && zones[p]! > zones[o]! + 1) continue;
      candidates.push(p);
    }
    candidates.sort((a, b) => row[b]! - row[a]! || a - b);
    return Int32Array.from(candidates.slice(0, NEIGHBOURS));
  });
  graphs.set(index, graph);
  return graph;
}

/** Cheapest path with extra entry costs per occupation; null when unreachable. */
function shortestPath(
  index: OccupationIndex,
  from: number,
  to: number,
  entryCost: Float32Array,
  allowDirect: boolean,
): number[] | null {
  const n = index.catalog.occupations.length;
  const graph = stepsOf(index);
  const distance = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const steps = new Uint8Array(n);
  const previous = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  distance[from] = 0;
  // A binary heap of [distance, occupation]; stale entries are skipped when popped.
  const heap: [number, number][] = [[0, from]];
  const push = (item: [number, number]) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]![0] <= heap[i]![0]) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l]![0] < heap[m]![0]) m = l;
        if (r < heap.length && heap[r]![0] < heap[m]![0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i]!, heap[m]!];
        i = m;
      }
    }
    return top;
  };
  while (heap.length > 0) {
    const [d, u] = pop();
    if (done[u]) continue;
    done[u] = 1;
    if (u === to) break;
    if (steps[u]! >= MAX_STEPS) continue;
    const row = u * n;
    for (const v of graph[u]!) {
      if (done[v] || (!allowDirect && u === from && v === to)) continue;
      const cost =
        d + (1 - index.similarity[row + v]!) + STEP_COST + (v === to ? 0 : entryCost[v]!);
      if (cost < distance[v]!) {
        distance[v] = cost;
        previous[v] = u;
        steps[v] = steps[u]! + 1;
        push([cost, v]);
      }
    }
  }
  if (!done[to]) return null;
  const path: number[] = [];
  for (let at = to; at !== -1; at = previous[at]!) path.push(at);
  return path.reverse();
}

/** Share of the shorter path's intermediate occupations the other also passes through (1 for two direct steps). */
function overlapOf(a: readonly number[], b: readonly number[]): number {
  const x = new Set(a.slice(1, -1));
  const y = new Set(b.slice(1, -1));
  if (x.size === 0 || y.size === 0) return x.size === y.size ? 1 : 0;
  let shared = 0;
  for (const o of x) if (y.has(o)) shared++;
  return shared / Math.min(x.size, y.size);
}

export function findPathways(
  index: OccupationIndex,
  from: number,
  to: number,
  k: number,
): Pathway[] {
  const n = index.catalog.occupations.length;
  const entryCost = new Float32Array(n);
  const kept: number[][] = [];
  let direct = true;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let search = 0; search < MAX_SEARCHES && kept.length < k; search++) {
    const path = shortestPath(index, from, to, entryCost, direct);
    if (!path) break;
    const cost = costOf(index, path);
    bestCost = Math.min(bestCost, cost);
    if (cost <= MAX_COST_RATIO * bestCost && kept.every((other) => overlapOf(path, other) <= 0.5))
      kept.push(path);
    const inner = path.slice(1, -1);
    // Once the direct step is taken, later searches must pass through someone.
    if (inner.length === 0) direct = false;
    for (const o of inner) entryCost[o] = entryCost[o]! + DETOUR;
  }
  return kept.map((occupations) => describePath(index, occupations));
}

/** The cost of a path without detour penalties. */
function costOf(index: OccupationIndex, path: readonly number[]): number {
  const n = index.catalog.occupations.length;
  let cost = 0;
  for (let i = 1; i < path.length; i++)
    cost += 1 - index.similarity[path[i - 1]! * n + path[i]!]! + STEP_COST;
  return cost;
}

function describePath(index: OccupationIndex, occupations: readonly number[]): Pathway {
  const n = index.catalog.occupations.length;
  const hops: Hop[] = [];
  let logSum = 0;
  for (let i = 1; i < occupations.length; i++) {
    const from = occupations[i - 1]!;
    const to = occupations[i]!;
    const similarity = index.similarity[from * n + to]!;
    logSum += Math.log(Math.max(1e-6, similarity));
    const why = explainSimilarity(index.catalog, from, to, 3);
    hops.push({ from, to, similarity, build: why.gaps.slice(0, 4), carry: why.shared.slice(0, 3) });
  }
  return { occupations, score: Math.exp(logSum / Math.max(1, hops.length)), hops };
}
