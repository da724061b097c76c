import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { IsoDate, ShortTermAction } from '@trailmap/domain';
import { STATUS_LABELS } from './action-labels.ts';
import { charsThatFit, fitText, formatDay, layoutTimeline } from './timeline-scale.ts';
import type { TimelineItem } from './timeline-scale.ts';

/** Left edge of the axis and of the labels, in pixels; month names sit left of the axis. */
const AXIS_X = 76;
const LABEL_X = AXIS_X + 22;
/** Until the drawing is measured: a width that suits a phone, so nothing overflows first. */
const FIRST_WIDTH = 300;

/** The drawing's width in pixels, following resizes; labels are cut to fit it. */
function useWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(FIRST_WIDTH);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

function describeItem(item: TimelineItem): string {
  return `${STATUS_LABELS[item.status]}${item.overdue ? ', overdue' : ''}`;
}

/** The line under a title: short enough for a phone; the marker's shape still tells the status. */
function metaOf(item: TimelineItem): string {
  return `${formatDay(item.dueDate)} · ${item.overdue ? 'Overdue' : STATUS_LABELS[item.status]}`;
}

/**
 * The short-term actions on a time axis running down the page, with a tick
 * per month and a line for today. Status is told by the marker's shape and
 * by words, never by colour alone. The figure's words are repeated as a list
 * for screen readers; undated actions are listed apart, visibly.
 */
export function ActionTimeline({
  actions,
  today,
}: {
  actions: readonly ShortTermAction[];
  today: IsoDate;
}) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const maxChars = charsThatFit(useWidth(box), LABEL_X);
  const layout = useMemo(() => layoutTimeline(actions, { today }), [actions, today]);
  const overdue = layout.items.filter((item) => item.overdue).length;
  const summary =
    layout.items.length === 0
      ? 'No action has a due date yet.'
      : `${layout.items.length} dated ${layout.items.length === 1 ? 'action' : 'actions'} from ${layout.fromLabel} to ${layout.toLabel}${overdue > 0 ? `, ${overdue} overdue` : ''}. Today is ${formatDay(today)}.`;

  return (
    <div className="timeline" ref={box}>
      {layout.items.length > 0 && (
        <svg
          className="timeline-chart"
          width="100%"
          height={layout.height}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
        >
          <title id={`${id}-title`}>Timeline of your short-term actions</title>
          <desc id={`${id}-desc`}>{summary} The same actions are listed below.</desc>
          <line className="timeline-axis" x1={AXIS_X} x2={AXIS_X} y1={0} y2={layout.height} />
          {layout.ticks.map((tick) => (
            <g key={tick.y} className="timeline-tick">
              <line x1={AXIS_X - (tick.labelled ? 8 : 4)} x2={AXIS_X} y1={tick.y} y2={tick.y} />
              {tick.labelled && (
                <text x={AXIS_X - 12} y={tick.y} dy="0.35em" textAnchor="end">
                  {tick.label}
                </text>
              )}
            </g>
          ))}
          <g className="timeline-today">
            <line x1={AXIS_X - 8} x2="100%" y1={layout.todayY} y2={layout.todayY} />
            <text x="100%" dx={-4} y={layout.todayY} dy="-0.4em" textAnchor="end">
              Today
            </text>
          </g>
          {layout.items.map((item) => (
            <g key={item.id} className={`timeline-item timeline-${item.status}`}>
              {item.labelY !== item.dotY && (
                <polyline
                  className="timeline-leader"
                  points={`${AXIS_X + 6},${item.dotY} ${LABEL_X - 6},${item.labelY}`}
                />
              )}
              <StatusMarker status={item.status} y={item.dotY} />
              <text x={LABEL_X} y={item.labelY} dy="0.35em" className="timeline-title">
                {fitText(item.title.trim() || 'Untitled action', maxChars)}
              </text>
              <text
                x={LABEL_X}
                y={item.labelY}
                dy="1.55em"
                className={item.overdue ? 'timeline-meta timeline-overdue' : 'timeline-meta'}
              >
                {fitText(metaOf(item), maxChars)}
              </text>
            </g>
          ))}
        </svg>
      )}
      {layout.items.length > 0 ? (
        <ol className="visually-hidden" aria-label="Dated actions in order">
          {layout.items.map((item) => (
            <li key={item.id}>
              {item.title.trim() || 'Untitled action'}: due {formatDay(item.dueDate)},{' '}
              {describeItem(item)}
            </li>
          ))}
        </ol>
      ) : (
        <p className="field-hint">{summary} Give actions a due date to see them here.</p>
      )}
      {layout.undated.length > 0 && (
        <div className="timeline-undated">
          <h3 id={`${id}-undated`}>Without a due date</h3>
          <ul aria-labelledby={`${id}-undated`}>
            {layout.undated.map((action) => (
              <li key={action.id}>
                {action.title.trim() || 'Untitled action'} · {STATUS_LABELS[action.status]}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Planned: a ring. In progress: half filled. Done: filled. Dropped: a cross. */
function StatusMarker({ status, y }: { status: ShortTermAction['status']; y: number }) {
  const r = 6;
  if (status === 'dropped') {
    return (
      <path
        className="timeline-marker"
        d={`M${AXIS_X - r} ${y - r}L${AXIS_X + r} ${y + r}M${AXIS_X + r} ${y - r}L${AXIS_X - r} ${y + r}`}
      />
    );
  }
  return (
    <g className="timeline-marker">
      <circle cx={AXIS_X} cy={y} r={r} />
      {status === 'in_progress' && (
        <path
          className="timeline-fill"
          d={`M${AXIS_X} ${y - r}A${r} ${r} 0 0 1 ${AXIS_X} ${y + r}Z`}
        />
      )}
      {status === 'done' && <circle className="timeline-fill" cx={AXIS_X} cy={y} r={r} />}
    </g>
  );
}
