import type { OccupationIndex } from '../occupation-index.ts';
import { explainSimilarity, type DescriptorComparison } from '../similarity/explain.ts';

/**
 * Several genuinely different paths from one occupation to another, each
 * step a move to a close occupation (decision 0013).
 *
 * The graph: two occupations are linked when either is among the other's
 * NEIGHBOURS most similar occupations and their similarity is ≥ MIN_STEP; a
 * step never goes more than one job zone up. (Linking both ways matters: an
 * occupation few others rank in their own top list — a manager's role, say —
 * would otherwise have only a handful of ways in.) A step costs
 * (1 − similarity) + STEP_COST, so a path prefers few, close steps.
 *
 * Candidates come from two generators, both shortest-path searches
 * (Dijkstra, at most MAX_STEPS steps):
 *  1. repeated searches where the occupations of earlier paths cost DETOUR
 *     more to enter, so each search looks elsewhere;
 *  2. when those do not give k different paths, searches that forbid one
 *     intermediate occupation of a path found so far (the node-removal spur
 *     of Yen's k-shortest paths), so a path that must avoid a crowded step is
 *     found too.
 * The kept paths are chosen greedily, cheapest first: a path is kept when it
 * shares at most half of its intermediate occupations with every path kept
 * before it. The cost cap relaxes progressively (2×, 3×, then any multiple of
 * the best path's cost), so "k paths" holds whenever the candidates hold k
 * different ones, and close paths are still preferred to long detours.
 */

const NEIGHBOURS = 15;
const MIN_STEP = 0.5;
const STEP_COST = 0.1;
const DETOUR = 0.6;
const MAX_STEPS = 5;
/** Cost caps tried in turn, as multiples of the best path's cost: different, and absurd only as a last resort. */
const COST_CAPS = [2, 3, Number.POSITIVE_INFINITY];
const MAX_DETOUR_SEARCHES = 12;
const MAX_BLOCKING_SEARCHES = 24;
const MAX_OVERLAP = 0.5;

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

/**
 * Each occupation's allowed next steps, from the n × n similarity matrix
 * (about 10–40 ms for O*NET; built once with the index).
 */
export function buildStepGraph(
  similarity: Float32Array,
  jobZones: Uint8Array,
  comparable: Uint8Array,
): readonly Int32Array[] {
  const n = jobZones.length;
  const linked: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (let o = 0; o < n; o++) {
    if (!comparable[o]) continue;
    const row = similarity.subarray(o * n, (o + 1) * n);
    const candidates: number[] = [];
    for (let p = 0; p < n; p++)
      if (p !== o && comparable[p] && row[p]! >= MIN_STEP) candidates.push(p);
    candidates.sort((a, b) => row[b]! - row[a]! || a - b);
    for (const p of candidates.slice(0, NEIGHBOURS)) {
      linked[o]!.add(p);
      linked[p]!.add(o);
    }
  }
  return linked.map((set, o) => {
    const row = similarity.subarray(o * n, (o + 1) * n);
    const steps = [...set].filter(
      (p) => !(jobZones[o] && jobZones[p] && jobZones[p]! > jobZones[o]! + 1),
    );
    steps.sort((a, b) => row[b]! - row[a]! || a - b);
    return Int32Array.from(steps);
  });
}

/**
 * Cheapest path of at most MAX_STEPS steps, with extra entry costs per
 * occupation (Infinity forbids one); null when unreachable. The search runs
 * over (occupation, steps taken) states: a plain Dijkstra would close an
 * occupation reached cheaply in many steps and miss the dearer, shorter way
 * through it that still has steps left. A state is skipped when the same
 * occupation was already settled, more cheaply, in as few steps.
 */
function shortestPath(
  index: OccupationIndex,
  from: number,
  to: number,
  entryCost: Float32Array,
  allowDirect: boolean,
): number[] | null {
  const n = index.catalog.occupations.length;
  const graph = index.steps;
  const states = n * (MAX_STEPS + 1);
  const distance = new Float64Array(states).fill(Number.POSITIVE_INFINITY);
  const previous = new Int32Array(states).fill(-1);
  const fewestStepsSettled = new Uint8Array(n).fill(MAX_STEPS + 1);
  distance[from] = 0;
  const heap = new StateHeap();
  heap.push(0, from);
  let reached = -1;
  while (heap.size > 0) {
    const [d, state] = heap.pop();
    if (d > distance[state]!) continue;
    const u = state % n;
    const taken = (state - u) / n;
    if (taken >= fewestStepsSettled[u]!) continue;
    fewestStepsSettled[u] = taken;
    if (u === to) {
      reached = state;
      break;
    }
    if (taken >= MAX_STEPS) continue;
    const row = u * n;
    for (const v of graph[u]!) {
      if (!allowDirect && u === from && v === to) continue;
      if (fewestStepsSettled[v]! <= taken + 1) continue;
      const cost =
        d + (1 - index.similarity[row + v]!) + STEP_COST + (v === to ? 0 : entryCost[v]!);
      const next = (taken + 1) * n + v;
      if (cost < distance[next]!) {
        distance[next] = cost;
        previous[next] = state;
        heap.push(cost, next);
      }
    }
  }
  if (reached < 0) return null;
  const path: number[] = [];
  for (let at = reached; at !== -1; at = previous[at]!) path.push(at % n);
  return path.reverse();
}

/** A binary min-heap of (cost, state) in two parallel arrays; stale entries are skipped when popped. */
class StateHeap {
  private readonly costs: number[] = [];
  private readonly states: number[] = [];
  get size(): number {
    return this.costs.length;
  }
  push(cost: number, state: number): void {
    const { costs, states } = this;
    let i = costs.length;
    costs.push(cost);
    states.push(state);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (costs[parent]! <= cost) break;
      costs[i] = costs[parent]!;
      states[i] = states[parent]!;
      i = parent;
    }
    costs[i] = cost;
    states[i] = state;
  }
  pop(): [number, number] {
    const { costs, states } = this;
    const top: [number, number] = [costs[0]!, states[0]!];
    const lastCost = costs.pop()!;
    const lastState = states.pop()!;
    const size = costs.length;
    if (size > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const r = l + 1;
        const m = r < size && costs[r]! < costs[l]! ? r : l;
        if (costs[m]! >= lastCost) break;
        costs[i] = costs[m]!;
        states[i] = states[m]!;
        i = m;
      }
      costs[i] = lastCost;
      states[i] = lastState;
    }
    return top;
  }
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
  const candidates = new Map<string, { path: number[]; cost: number }>();
  const add = (path: number[] | null) => {
    if (path) candidates.set(path.join(' '), { path, cost: costOf(index, path) });
  };
  const choose = () => choosePaths([...candidates.values()], k);

  // 1. Detours: each search pays more to pass where earlier paths passed.
  const n = index.catalog.occupations.length;
  const entryCost = new Float32Array(n);
  let direct = true;
  for (let search = 0; search < MAX_DETOUR_SEARCHES; search++) {
    const path = shortestPath(index, from, to, entryCost, direct);
    if (!path) break;
    add(path);
    const inner = path.slice(1, -1);
    // Once the direct step is taken, later searches must pass through someone.
    if (inner.length === 0) direct = false;
    for (const o of inner) entryCost[o] = entryCost[o]! + DETOUR;
    if (choose().length >= k) break;
  }
  if (candidates.size === 0) return [];

  // 2. Spurs: forbid one intermediate occupation of a path found so far, cheapest paths first.
  const tried = new Set<number>();
  let searches = 0;
  while (choose().length < k && searches < MAX_BLOCKING_SEARCHES) {
    const next = [...candidates.values()]
      .sort((a, b) => a.cost - b.cost)
      .flatMap(({ path }) => path.slice(1, -1))
      .find((o) => !tried.has(o));
    if (next === undefined) break;
    tried.add(next);
    searches++;
    const blocked = new Float32Array(n);
    blocked[next] = Number.POSITIVE_INFINITY;
    add(shortestPath(index, from, to, blocked, false));
  }
  return choose().map((occupations) => describePath(index, occupations));
}

/**
 * Up to k paths, cheapest first, each sharing at most half its intermediate
 * occupations with every path before it; the cost cap relaxes only when the
 * tighter one leaves fewer than k.
 */
export function choosePaths(
  candidates: readonly { path: readonly number[]; cost: number }[],
  k: number,
): (readonly number[])[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      a.cost - b.cost ||
      a.path.length - b.path.length ||
      a.path.join(' ').localeCompare(b.path.join(' ')),
  );
  const best = sorted[0]?.cost ?? 0;
  let kept: (readonly number[])[] = [];
  for (const cap of COST_CAPS) {
    kept = [];
    for (const { path, cost } of sorted) {
      if (kept.length >= k) break;
      if (cost > cap * best) break;
      if (kept.every((other) => overlapOf(path, other) <= MAX_OVERLAP)) kept.push(path);
    }
    if (kept.length >= k) break;
  }
  return kept;
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
