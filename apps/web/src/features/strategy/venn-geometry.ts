/**
 * Where the shapes, labels and markers of the strategy's Venn diagram go, as
 * pure numbers in a fixed viewBox (the SVG scales it to any width).
 *
 * Two and three values are circles. Four circles cannot draw every way four
 * values meet (two of the six pairs have no region of their own), so four
 * values use four congruent ellipses in the classic arrangement — two leaning
 * left, two leaning right — where all 15 regions exist. Every region a person
 * can write a line for (each pair, triple and the centre) therefore has a
 * place; the tests check it with point-in-shape tests on the label points.
 *
 * Label points are found numerically rather than by hand: the box is sampled
 * on a grid, each sample is sorted into the region it lies in, and each
 * region's label goes to the sample farthest from every edge (the shapes'
 * outlines, the box, and the gratifying-work card in the middle). That keeps
 * markers inside their region and clear of the statement for any layout.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An ellipse turned by `angleDeg` about its centre; a circle has rx = ry. */
export interface VennShape {
  readonly cx: number;
  readonly cy: number;
  readonly rx: number;
  readonly ry: number;
  readonly angleDeg: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface VennRegion {
  /** Indexes of the shapes the region lies inside (and outside all others), ascending. */
  readonly members: readonly number[];
  /** Where its marker or label goes. */
  readonly point: Point;
  /** Distance from `point` to the nearest edge, in viewBox units. */
  readonly clearance: number;
}

export interface VennLayout {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly VennShape[];
  /** The card that holds the gratifying-work statement, centred on the diagram. */
  readonly centre: Box;
  /** Where each value's name goes: inside the part of its shape no other shape covers. */
  readonly valueLabels: readonly VennRegion[];
  /** The regions where two or more shapes meet: pairs, then triples, then all four. */
  readonly overlaps: readonly VennRegion[];
}

export type VennSetCount = 2 | 3 | 4;

export const VENN_WIDTH = 400;
export const VENN_HEIGHT = 360;
/** Markers are circles of this radius; a region's label point keeps at least this much room. */
export const MARKER_RADIUS = 10;
const GRID_STEP = 2;

const CX = VENN_WIDTH / 2;
const CY = VENN_HEIGHT / 2;

function shapesFor(count: VennSetCount): VennShape[] {
  switch (count) {
    case 2:
      return [
        { cx: CX - 68, cy: CY, rx: 120, ry: 120, angleDeg: 0 },
        { cx: CX + 68, cy: CY, rx: 120, ry: 120, angleDeg: 0 },
      ];
    case 3: {
      // Centres on a triangle around the middle, the first at the top left.
      const distance = 62;
      const radius = 112;
      return [210, 330, 90].map((deg) => ({
        cx: CX + distance * Math.cos((deg * Math.PI) / 180),
        cy: CY - 8 + distance * Math.sin((deg * Math.PI) / 180),
        rx: radius,
        ry: radius,
        angleDeg: 0,
      }));
    }
    case 4:
      // Outer pair lower and further out, inner pair higher; mirrored.
      return [
        { cx: CX - 62, cy: CY + 22, rx: 160, ry: 84, angleDeg: 45 },
        { cx: CX - 22, cy: CY - 18, rx: 160, ry: 84, angleDeg: 45 },
        { cx: CX + 22, cy: CY - 18, rx: 160, ry: 84, angleDeg: -45 },
        { cx: CX + 62, cy: CY + 22, rx: 160, ry: 84, angleDeg: -45 },
      ];
  }
}

const CENTRE_SIZE: Record<VennSetCount, { width: number; height: number; dy: number }> = {
  2: { width: 112, height: 84, dy: 0 },
  3: { width: 104, height: 58, dy: -10 },
  4: { width: 116, height: 58, dy: 44 },
};

/** The shape's own coordinates of `p`: centred and turned back upright. */
function local(shape: VennShape, p: Point): Point {
  const angle = (-shape.angleDeg * Math.PI) / 180;
  const dx = p.x - shape.cx;
  const dy = p.y - shape.cy;
  return {
    x: dx * Math.cos(angle) - dy * Math.sin(angle),
    y: dx * Math.sin(angle) + dy * Math.cos(angle),
  };
}

export function isInsideShape(shape: VennShape, p: Point): boolean {
  const q = local(shape, p);
  return (q.x / shape.rx) ** 2 + (q.y / shape.ry) ** 2 <= 1;
}

/**
 * Distance from `p` to the outline of the shape: exact for circles, a
 * first-order estimate for ellipses (|g| / |∇g| with g = √(x²/a² + y²/b²) − 1),
 * which is close near the outline, where it matters for keeping labels clear.
 */
export function distanceToOutline(shape: VennShape, p: Point): number {
  const q = local(shape, p);
  if (shape.rx === shape.ry) return Math.abs(Math.hypot(q.x, q.y) - shape.rx);
  const s = Math.sqrt((q.x / shape.rx) ** 2 + (q.y / shape.ry) ** 2);
  if (s === 0) return Math.min(shape.rx, shape.ry);
  const gradient = Math.hypot(q.x / shape.rx ** 2, q.y / shape.ry ** 2) / s;
  return Math.abs(s - 1) / gradient;
}

export function isInsideBox(box: Box, p: Point): boolean {
  return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
}

function distanceToBox(box: Box, p: Point): number {
  const dx = Math.max(box.x - p.x, 0, p.x - (box.x + box.width));
  const dy = Math.max(box.y - p.y, 0, p.y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/** Indexes of the shapes that contain `p`, ascending. */
export function membersAt(shapes: readonly VennShape[], p: Point): number[] {
  return shapes.flatMap((shape, index) => (isInsideShape(shape, p) ? [index] : []));
}

/** Every subset of 0..count-1 with at least `min` members: by size, then in order. */
export function subsetsOf(count: number, min: number): number[][] {
  const subsets: number[][] = [];
  for (let size = min; size <= count; size += 1) {
    const pick = (start: number, chosen: number[]): void => {
      if (chosen.length === size) subsets.push(chosen);
      else for (let i = start; i < count; i += 1) pick(i + 1, [...chosen, i]);
    };
    pick(0, []);
  }
  return subsets;
}

function computeLayout(count: VennSetCount): VennLayout {
  const shapes = shapesFor(count);
  const size = CENTRE_SIZE[count];
  const centre: Box = {
    x: CX - size.width / 2,
    y: CY + size.dy - size.height / 2,
    width: size.width,
    height: size.height,
  };
  const best = new Map<string, VennRegion>();
  for (let y = GRID_STEP / 2; y < VENN_HEIGHT; y += GRID_STEP) {
    for (let x = GRID_STEP / 2; x < VENN_WIDTH; x += GRID_STEP) {
      const p = { x, y };
      if (isInsideBox(centre, p)) continue;
      const members = membersAt(shapes, p);
      if (members.length === 0) continue;
      const clearance = Math.min(
        x,
        y,
        VENN_WIDTH - x,
        VENN_HEIGHT - y,
        distanceToBox(centre, p),
        ...shapes.map((shape) => distanceToOutline(shape, p)),
      );
      const key = members.join();
      const current = best.get(key);
      if (!current || clearance > current.clearance)
        best.set(key, { members, point: p, clearance });
    }
  }
  const regionOf = (members: number[]): VennRegion =>
    best.get(members.join()) ?? { members, point: { x: CX, y: CY }, clearance: 0 };
  return {
    width: VENN_WIDTH,
    height: VENN_HEIGHT,
    shapes,
    centre,
    valueLabels: subsetsOf(count, 1)
      .filter((members) => members.length === 1)
      .map(regionOf),
    overlaps: subsetsOf(count, 2).map(regionOf),
  };
}

const layouts = new Map<VennSetCount, VennLayout>();

/** The diagram for 2, 3 or 4 values; computed once per count (a few ms) and kept. */
export function layoutVenn(count: VennSetCount): VennLayout {
  let layout = layouts.get(count);
  if (!layout) {
    layout = computeLayout(count);
    layouts.set(count, layout);
  }
  return layout;
}

/** The smallest upright box around the shape (to check that the diagram fits its viewBox). */
export function boundsOfShape(shape: VennShape): Box {
  const angle = (shape.angleDeg * Math.PI) / 180;
  const halfWidth = Math.hypot(shape.rx * Math.cos(angle), shape.ry * Math.sin(angle));
  const halfHeight = Math.hypot(shape.rx * Math.sin(angle), shape.ry * Math.cos(angle));
  return {
    x: shape.cx - halfWidth,
    y: shape.cy - halfHeight,
    width: 2 * halfWidth,
    height: 2 * halfHeight,
  };
}
