import type { PathwaysResponse } from '@trailmap/contracts';

/**
 * Where the pathway diagram puts things. Pure, so it can be tested without a
 * browser: the start role sits on the left, the target on the right, each path
 * is a lane between them, and a role on several paths is drawn once, in the
 * lane of the first path that uses it, with every path's edges leading to it.
 * Columns come from the longest route to each role, so every path reads left
 * to right.
 */

export interface DiagramNode {
  /** The occupation code; suffixed only when sharing would break left-to-right order. */
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly kind: 'start' | 'step' | 'target';
  /** The title in at most LABEL_LINES lines; the last ends in "…" when cut. */
  readonly lines: readonly string[];
  /** Indices of the paths that pass through this role. */
  readonly paths: readonly number[];
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DiagramEdge {
  readonly path: number;
  readonly from: string;
  readonly to: string;
  readonly similarity: number;
  /** An SVG path: a curve from the right side of one node to the left side of the next. */
  readonly d: string;
  readonly labelX: number;
  readonly labelY: number;
  /** False when an earlier path already drew (and labelled) the same step. */
  readonly labelled: boolean;
}

export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  /** Each path's node ids, start to target. */
  readonly routes: readonly (readonly string[])[];
}

export const NODE_WIDTH = 160;
export const NODE_HEIGHT = 64;
const COLUMN_GAP = 96;
const LANE_GAP = 28;
const MARGIN = 16;
/** Room above the nodes for the "Today" and "Target" captions. */
const CAPTION = 22;
export const LABEL_CHARS = 17;
export const LABEL_LINES = 3;

/** Wraps a title at word boundaries into at most `maxLines` lines of about `maxChars`. */
export function wrapLabel(title: string, maxChars = LABEL_CHARS, maxLines = LABEL_LINES): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.trim().split(/\s+/)) {
    const pieces = word.length > maxChars ? chop(word, maxChars) : [word];
    for (const piece of pieces) {
      if (line && `${line} ${piece}`.length <= maxChars) line = `${line} ${piece}`;
      else {
        if (line) lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, maxChars - 1).trimEnd()}…`;
  return kept;
}

const chop = (word: string, size: number): string[] =>
  Array.from({ length: Math.ceil(word.length / size) }, (_, i) =>
    word.slice(i * size, (i + 1) * size),
  );

type Path = PathwaysResponse['paths'][number];

/** Node ids per path, sharing a role between paths unless that would make a cycle. */
function routeIds(from: string, to: string, paths: readonly Path[]): string[][] {
  const routes: string[][] = [];
  for (const [index, path] of paths.entries()) {
    const steps = path.hops.slice(0, -1).map((hop) => hop.to.code);
    const shared = [from, ...steps, to];
    const candidate = [...routes, shared];
    routes.push(isAcyclic(candidate) ? shared : [from, ...steps.map((c) => `${c}@${index}`), to]);
  }
  return routes;
}

function isAcyclic(routes: readonly (readonly string[])[]): boolean {
  return columns(routes) !== null;
}

/** Longest-route column of each node, or null when the routes make a cycle. */
function columns(routes: readonly (readonly string[])[]): Map<string, number> | null {
  const column = new Map<string, number>();
  for (const route of routes) for (const id of route) column.set(id, 0);
  // Bellman-Ford style relaxation: more rounds than nodes means a cycle.
  for (let round = 0; round <= column.size; round++) {
    let changed = false;
    for (const route of routes) {
      for (let i = 1; i < route.length; i++) {
        const before = column.get(route[i - 1] ?? '') ?? 0;
        const id = route[i] ?? '';
        if ((column.get(id) ?? 0) < before + 1) {
          column.set(id, before + 1);
          changed = true;
        }
      }
    }
    if (!changed) return column;
  }
  return null;
}

export function layoutPathways(data: PathwaysResponse): DiagramLayout {
  const routes = routeIds(data.from.code, data.to.code, data.paths);
  const column = columns(routes) ?? new Map<string, number>();
  const lastColumn = Math.max(1, ...routes.flat().map((id) => column.get(id) ?? 0));
  column.set(data.to.code, lastColumn);
  const lanes = Math.max(1, routes.length);
  const laneY = (lane: number) => MARGIN + CAPTION + lane * (NODE_HEIGHT + LANE_GAP);
  const height = laneY(lanes) - LANE_GAP + MARGIN;
  const middleY = (MARGIN + CAPTION + height - MARGIN - NODE_HEIGHT) / 2;
  const x = (id: string) => MARGIN + (column.get(id) ?? 0) * (NODE_WIDTH + COLUMN_GAP);

  const titles = new Map<string, string>([
    [data.from.code, data.from.title],
    [data.to.code, data.to.title],
  ]);
  for (const path of data.paths) for (const hop of path.hops) titles.set(hop.to.code, hop.to.title);

  const nodes = new Map<string, DiagramNode>();
  routes.forEach((route, lane) => {
    for (const id of route) {
      const seen = nodes.get(id);
      if (seen) {
        if (!seen.paths.includes(lane)) nodes.set(id, { ...seen, paths: [...seen.paths, lane] });
        continue;
      }
      const code = id.split('@')[0] ?? id;
      const kind = id === data.from.code ? 'start' : id === data.to.code ? 'target' : 'step';
      const title = titles.get(code) ?? code;
      nodes.set(id, {
        id,
        code,
        title,
        kind,
        lines: wrapLabel(title),
        paths: [lane],
        x: x(id),
        y: kind === 'step' ? laneY(lane) : middleY,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
      });
    }
  });

  const edges: DiagramEdge[] = [];
  routes.forEach((route, lane) => {
    const hops = data.paths[lane]?.hops ?? [];
    for (let i = 1; i < route.length; i++) {
      const a = nodes.get(route[i - 1] ?? '');
      const b = nodes.get(route[i] ?? '');
      if (!a || !b) continue;
      const x1 = a.x + a.width;
      const y1 = a.y + a.height / 2;
      const x2 = b.x;
      const y2 = b.y + b.height / 2;
      const bend = Math.min(COLUMN_GAP, (x2 - x1) / 2);
      const inLane = (n: DiagramNode) => n.kind === 'step' && n.paths[0] === lane;
      // Where the edge runs in this path's own lane: near the start and the
      // target, and at a role owned by another lane, several edges meet.
      const [labelX, labelY] = inLane(b)
        ? [x2 - COLUMN_GAP / 2, y2]
        : inLane(a)
          ? [x1 + COLUMN_GAP / 2, y1]
          : [(x1 + x2) / 2, (y1 + y2) / 2];
      edges.push({
        path: lane,
        from: a.id,
        to: b.id,
        similarity: hops[i - 1]?.similarity ?? 0,
        d: `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`,
        labelX,
        labelY: labelY - 6,
        labelled: !edges.some((e) => e.from === a.id && e.to === b.id),
      });
    }
  });

  return {
    width: x(data.to.code) + NODE_WIDTH + MARGIN,
    height,
    nodes: [...nodes.values()],
    edges,
    routes,
  };
}

/** One sentence per path, for the diagram's text alternative. */
export function describePathways(data: PathwaysResponse, layout: DiagramLayout): string {
  const titles = new Map(layout.nodes.map((n) => [n.id, n.title]));
  const sentences = layout.routes.map(
    (route, i) => `Path ${i + 1}: ${route.map((id) => titles.get(id) ?? id).join(' → ')}.`,
  );
  const shared = layout.nodes.filter((n) => n.kind === 'step' && n.paths.length > 1);
  if (shared.length > 0) {
    const names = shared.map((n) => `${n.title} (paths ${n.paths.map((p) => p + 1).join(', ')})`);
    sentences.push(`Shared by more than one path: ${names.join('; ')}.`);
  }
  if (data.paths.length === 0) sentences.push('No pathways were found.');
  return sentences.join(' ');
}
