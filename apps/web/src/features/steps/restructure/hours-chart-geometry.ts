/**
 * Geometry of the hours chart: horizontal bars made of segments, on one
 * shared scale so "freed" and "reinvested" can be compared by length.
 * Positions are fractions of the plotting width (0–1); the SVG turns them
 * into percentages, so the chart fills any width without scaling its text.
 */

export interface SegmentInput {
  readonly key: string;
  readonly label: string;
  readonly hours: number;
}

export interface BarInput {
  readonly key: string;
  readonly label: string;
  readonly segments: readonly SegmentInput[];
}

export interface PlacedSegment extends SegmentInput {
  readonly x: number;
  readonly width: number;
}

export interface PlacedBar {
  readonly key: string;
  readonly label: string;
  readonly totalHours: number;
  /** Only segments with hours: an empty one would draw nothing and confuse the order. */
  readonly segments: readonly PlacedSegment[];
}

export interface Tick {
  readonly hours: number;
  readonly x: number;
}

export interface StackedBarsLayout {
  readonly maxHours: number;
  readonly bars: readonly PlacedBar[];
  readonly ticks: readonly Tick[];
}

/**
 * A round step for about `target` intervals: 1, 2, 2.5 or 5 times a power of
 * ten, so tick labels read as a person would write them.
 */
export function niceStep(maxValue: number, target = 4): number {
  if (!(maxValue > 0)) return 1;
  const rough = maxValue / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const factor of [1, 2, 2.5, 5, 10]) if (factor * power >= rough) return factor * power;
  return 10 * power;
}

export function layoutStackedBars(bars: readonly BarInput[]): StackedBarsLayout {
  const totals = bars.map((bar) =>
    bar.segments.reduce((sum, segment) => sum + Math.max(0, segment.hours), 0),
  );
  const largest = Math.max(0, ...totals);
  const step = niceStep(largest);
  // The scale ends on a tick, so the longest bar never runs past the last label.
  const maxHours = Math.max(step, Math.ceil(largest / step - 1e-9) * step);

  const placed = bars.map((bar, index): PlacedBar => {
    let start = 0;
    const segments: PlacedSegment[] = [];
    for (const segment of bar.segments) {
      if (!(segment.hours > 0)) continue;
      segments.push({ ...segment, x: start / maxHours, width: segment.hours / maxHours });
      start += segment.hours;
    }
    return { key: bar.key, label: bar.label, totalHours: totals[index] ?? 0, segments };
  });

  const ticks: Tick[] = [];
  for (let hours = 0; hours <= maxHours + 1e-9; hours += step)
    ticks.push({ hours, x: hours / maxHours });
  return { maxHours, bars: placed, ticks };
}
