import { describe, expect, it } from 'vitest';
import {
  boundsOfShape,
  distanceToOutline,
  isInsideBox,
  isInsideShape,
  layoutVenn,
  MARKER_RADIUS,
  membersAt,
  subsetsOf,
} from './venn-geometry.ts';
import type { VennSetCount } from './venn-geometry.ts';

const COUNTS: VennSetCount[] = [2, 3, 4];

describe('point-in-shape checks', () => {
  const circle = { cx: 100, cy: 100, rx: 50, ry: 50, angleDeg: 0 };
  const tilted = { cx: 0, cy: 0, rx: 100, ry: 20, angleDeg: 45 };

  it('tells inside from outside for a circle, with the exact distance to its outline', () => {
    expect(isInsideShape(circle, { x: 140, y: 100 })).toBe(true);
    expect(isInsideShape(circle, { x: 151, y: 100 })).toBe(false);
    expect(distanceToOutline(circle, { x: 120, y: 100 })).toBeCloseTo(30);
  });

  it('turns an ellipse by its angle', () => {
    // Along the 45° diagonal the long axis reaches 100; across it only 20.
    expect(isInsideShape(tilted, { x: 60, y: 60 })).toBe(true);
    expect(isInsideShape(tilted, { x: 60, y: -60 })).toBe(false);
    expect(distanceToOutline(tilted, { x: 0, y: 10 })).toBeGreaterThan(0);
  });
});

describe.each(COUNTS)('the diagram of %i values', (count) => {
  const layout = layoutVenn(count);

  it(`places ${count} shapes, all inside the viewBox`, () => {
    expect(layout.shapes).toHaveLength(count);
    for (const shape of layout.shapes) {
      const box = boundsOfShape(shape);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('has a label point for every region where 2 or more values meet, in pairs-then-triples order', () => {
    expect(layout.overlaps.map((region) => region.members)).toEqual(subsetsOf(count, 2));
    expect(layout.overlaps).toHaveLength(2 ** count - count - 1);
  });

  it('puts each region’s marker inside exactly its shapes, with room for the marker', () => {
    for (const region of [...layout.valueLabels, ...layout.overlaps]) {
      expect(membersAt(layout.shapes, region.point)).toEqual(region.members);
      expect(region.clearance).toBeGreaterThanOrEqual(MARKER_RADIUS + 2);
      // The whole marker stays in the region: every point of its rim has the same members.
      for (let step = 0; step < 16; step += 1) {
        const angle = (step / 16) * 2 * Math.PI;
        const rim = {
          x: region.point.x + MARKER_RADIUS * Math.cos(angle),
          y: region.point.y + MARKER_RADIUS * Math.sin(angle),
        };
        expect(membersAt(layout.shapes, rim)).toEqual(region.members);
        expect(isInsideBox(layout.centre, rim)).toBe(false);
      }
    }
  });

  it('keeps the gratifying-work card in the middle of the diagram, inside every shape’s reach', () => {
    const middle = {
      x: layout.centre.x + layout.centre.width / 2,
      y: layout.centre.y + layout.centre.height / 2,
    };
    expect(Math.abs(middle.x - layout.width / 2)).toBeLessThan(1);
    expect(Math.abs(middle.y - layout.height / 2)).toBeLessThan(layout.height / 6);
    // The card sits where at least two values meet, not in empty space.
    expect(membersAt(layout.shapes, middle).length).toBeGreaterThanOrEqual(2);
  });

  it('gives each value a label point in the part of its shape no other shape covers', () => {
    expect(layout.valueLabels.map((region) => region.members)).toEqual(
      Array.from({ length: count }, (_, index) => [index]),
    );
  });
});

describe('four values', () => {
  it('has every one of the 15 regions, which four circles could not give', () => {
    const layout = layoutVenn(4);
    const seen = new Set<string>();
    for (let y = 0; y < layout.height; y += 3)
      for (let x = 0; x < layout.width; x += 3) {
        const members = membersAt(layout.shapes, { x, y });
        if (members.length > 0) seen.add(members.join());
      }
    expect(seen.size).toBe(15);
  });

  it('uses ellipses, not circles', () => {
    for (const shape of layoutVenn(4).shapes) expect(shape.rx).not.toBe(shape.ry);
  });
});
