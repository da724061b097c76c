import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutStackedBars, niceStep } from './hours-chart-geometry.ts';

const bar = (key: string, ...hours: number[]) => ({
  key,
  label: key,
  segments: hours.map((h, index) => ({ key: `${key}${index}`, label: `${key}${index}`, hours: h })),
});

describe('niceStep', () => {
  it('picks round steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(10)).toBe(2.5);
    expect(niceStep(12)).toBe(5);
    expect(niceStep(3)).toBe(1);
    expect(niceStep(40)).toBe(10);
    expect(niceStep(0)).toBe(1);
  });
});

describe('layoutStackedBars', () => {
  it('puts both bars on one scale that ends on a tick', () => {
    const layout = layoutStackedBars([bar('freed', 6, 4), bar('reinvested', 5)]);
    expect(layout.maxHours).toBe(10);
    expect(layout.ticks.map((tick) => tick.hours)).toEqual([0, 2.5, 5, 7.5, 10]);
    const [freed, reinvested] = layout.bars;
    expect(freed!.totalHours).toBe(10);
    expect(freed!.segments.map((s) => [s.x, s.width])).toEqual([
      [0, 0.6],
      [0.6, 0.4],
    ]);
    expect(reinvested!.segments[0]!.width).toBe(0.5);
  });

  it('leaves out empty segments and draws an empty chart on a scale of one step', () => {
    const layout = layoutStackedBars([bar('freed', 0, 0), bar('reinvested')]);
    expect(layout.bars.every((placed) => placed.segments.length === 0)).toBe(true);
    expect(layout.maxHours).toBe(1);
  });

  it('never lets a bar run past the end of the scale, and segments follow one another', () => {
    const quarters = fc.integer({ min: 0, max: 672 }).map((q) => q / 4);
    fc.assert(
      fc.property(
        fc.array(quarters, { maxLength: 4 }),
        fc.array(quarters, { maxLength: 4 }),
        (a, b) => {
          const layout = layoutStackedBars([bar('a', ...a), bar('b', ...b)]);
          for (const placed of layout.bars) {
            let end = 0;
            for (const segment of placed.segments) {
              expect(segment.x).toBeCloseTo(end, 9);
              end = segment.x + segment.width;
            }
            expect(end).toBeLessThanOrEqual(1 + 1e-9);
          }
          expect(layout.ticks.at(-1)!.x).toBeCloseTo(1, 9);
        },
      ),
    );
  });
});
