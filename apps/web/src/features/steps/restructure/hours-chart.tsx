import { memo, useId, useMemo } from 'react';
import { formatHours } from '@trailmap/domain';
import type { Reinvestment, RestructureSummary } from '@trailmap/domain';
import {
  DECISION_LABELS,
  FREEING_DECISIONS,
  REINVESTMENT_KEYS,
  REINVESTMENT_LABELS,
} from './eda-labels.ts';
import { layoutStackedBars } from './hours-chart-geometry.ts';
import type { PlacedBar } from './hours-chart-geometry.ts';

const BAR_HEIGHT = 28;
/** Room for a bar's label above it and the gap below. */
const ROW_HEIGHT = 64;
const AXIS_HEIGHT = 28;
/** The plotting area leaves a margin on the right for the last tick's label. */
const PLOT = 0.94;

const pct = (fraction: number) => `${(fraction * PLOT * 100).toFixed(3)}%`;
const hours = (value: number) => `${formatHours(value)} h`;

/**
 * Hours freed (by decision) against hours reinvested (by category), on one
 * scale. Each segment's colour comes from the theme; the figures are written
 * in the legend beside the chart and in the figure's description.
 */
export const HoursChart = memo(function HoursChart({
  summary,
  reinvestment,
}: {
  summary: RestructureSummary;
  reinvestment: Reinvestment;
}) {
  const id = useId();
  const layout = useMemo(
    () =>
      layoutStackedBars([
        {
          key: 'freed',
          label: 'Freed',
          segments: FREEING_DECISIONS.map((decision) => ({
            key: decision,
            label: DECISION_LABELS[decision],
            hours: summary.byDecision[decision],
          })),
        },
        {
          key: 'reinvested',
          label: 'Reinvested',
          segments: REINVESTMENT_KEYS.map((key) => ({
            key,
            label: REINVESTMENT_LABELS[key],
            hours: reinvestment[key],
          })),
        },
      ]),
    [summary, reinvestment],
  );
  const height = layout.bars.length * ROW_HEIGHT + AXIS_HEIGHT;
  const describe = (bar: PlacedBar) =>
    `${bar.label}: ${hours(bar.totalHours)} a week${
      bar.segments.length > 0
        ? ` (${bar.segments.map((s) => `${s.label} ${hours(s.hours)}`).join(', ')})`
        : ''
    }.`;

  return (
    <figure className="hours-chart">
      <svg
        width="100%"
        height={height}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="hours-chart-svg"
      >
        <title id={`${id}-title`}>Hours a week freed and reinvested</title>
        <desc id={`${id}-desc`}>{layout.bars.map(describe).join(' ')}</desc>
        {layout.ticks.map((tick) => (
          <g key={tick.hours} className="chart-tick">
            <line x1={pct(tick.x)} x2={pct(tick.x)} y1={8} y2={height - AXIS_HEIGHT + 4} />
            <text x={pct(tick.x)} y={height - 8} textAnchor={tick.x === 0 ? 'start' : 'middle'}>
              {formatHours(tick.hours)}
            </text>
          </g>
        ))}
        {layout.bars.map((bar, row) => {
          const top = row * ROW_HEIGHT;
          return (
            <g key={bar.key}>
              <text x={0} y={top + 20} className="chart-bar-label">
                {bar.label}: {hours(bar.totalHours)} a week
              </text>
              <rect
                className="chart-track"
                x={0}
                y={top + 28}
                width={pct(1)}
                height={BAR_HEIGHT}
                rx={4}
              />
              {bar.segments.map((segment) => (
                <rect
                  key={segment.key}
                  className={`chart-segment segment-${segment.key}`}
                  x={pct(segment.x)}
                  y={top + 28}
                  width={pct(segment.width)}
                  height={BAR_HEIGHT}
                />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        {layout.bars.map((bar) => (
          <div key={bar.key}>
            <p className="chart-legend-title">
              {bar.label} — {hours(bar.totalHours)} a week
            </p>
            <ul>
              {(bar.key === 'freed'
                ? FREEING_DECISIONS.map((d) => ({
                    key: d,
                    label: DECISION_LABELS[d],
                    h: summary.byDecision[d],
                  }))
                : REINVESTMENT_KEYS.map((k) => ({
                    key: k,
                    label: REINVESTMENT_LABELS[k],
                    h: reinvestment[k],
                  }))
              ).map((item) => (
                <li key={item.key}>
                  <span className={`chart-swatch segment-${item.key}`} aria-hidden="true" />
                  {item.label}: {hours(item.h)}
                </li>
              ))}
            </ul>
          </div>
        ))}
        <p className="field-hint">Hours a week; each bar is drawn on the same scale.</p>
      </figcaption>
    </figure>
  );
});
