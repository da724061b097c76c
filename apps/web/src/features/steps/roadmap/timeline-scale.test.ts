import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionStatus, ShortTermAction } from '@trailmap/domain';
import {
  charsThatFit,
  dayNumberOf,
  fitText,
  formatDay,
  layoutTimeline,
  localToday,
} from './timeline-scale.ts';

const action = (
  id: string,
  dueDate: string | null,
  status: ActionStatus = 'planned',
): ShortTermAction => ({
  id,
  title: `Action ${id}`,
  kind: 'project',
  capabilityTargetId: null,
  dueDate,
  status,
  notes: '',
});

describe('timeline dates', () => {
  it('reads calendar dates as whole days and refuses impossible ones', () => {
    expect(dayNumberOf('1970-01-02')).toBe(1);
    expect(dayNumberOf('2026-03-01')! - dayNumberOf('2026-02-28')!).toBe(1);
    expect(dayNumberOf('2026-02-31')).toBeNull();
    expect(dayNumberOf('31/12/2026')).toBeNull();
  });

  it('writes dates short and unambiguous', () => {
    expect(formatDay('2026-09-30')).toBe('30 Sep 2026');
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('layoutTimeline', () => {
  it('spans whole months from the earliest to the latest of today and the due dates', () => {
    const layout = layoutTimeline([action('a', '2026-05-20'), action('b', '2026-03-02')], {
      today: '2026-01-15',
      pxPerDay: 1,
      padding: 10,
    });
    expect(layout.fromLabel).toBe('Jan 2026');
    expect(layout.toLabel).toBe('Jun 2026');
    expect(layout.ticks.map((tick) => tick.label)).toEqual([
      'Jan 2026',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
    ]);
    // One pixel per day from 1 January: today is the 15th, 14 days in.
    expect(layout.todayY).toBe(10 + 14);
    expect(layout.items.map((item) => item.id)).toEqual(['b', 'a']);
  });

  it('pushes a label down when two actions fall close together, but keeps the dot on its date', () => {
    const layout = layoutTimeline([action('a', '2026-03-01'), action('b', '2026-03-03')], {
      today: '2026-03-01',
      pxPerDay: 1,
      rowHeight: 40,
      padding: 0,
    });
    const [first, second] = layout.items;
    expect(second!.dotY - first!.dotY).toBe(2);
    expect(second!.labelY - first!.labelY).toBe(40);
    expect(layout.height).toBeGreaterThanOrEqual(second!.labelY + 40);
  });

  it('lists undated and unreadable dates apart, in roadmap order', () => {
    const layout = layoutTimeline(
      [action('a', null), action('b', '2026-04-01'), action('c', '2026-13-01')],
      { today: '2026-01-01' },
    );
    expect(layout.undated.map((item) => item.id)).toEqual(['a', 'c']);
    expect(layout.items.map((item) => item.id)).toEqual(['b']);
  });

  it('marks open actions past their date as overdue, but not done or dropped ones', () => {
    const layout = layoutTimeline(
      [
        action('late', '2026-01-01', 'in_progress'),
        action('done', '2026-01-01', 'done'),
        action('dropped', '2026-01-01', 'dropped'),
        action('due-today', '2026-02-01'),
      ],
      { today: '2026-02-01' },
    );
    expect(layout.items.filter((item) => item.overdue).map((item) => item.id)).toEqual(['late']);
  });

  it('labels quarters only when the span is long', () => {
    const layout = layoutTimeline([action('a', '2028-06-01')], { today: '2026-01-10' });
    const labelled = layout.ticks.filter((tick) => tick.labelled).map((tick) => tick.label);
    expect(labelled.slice(0, 3)).toEqual(['Jan 2026', 'Apr', 'Jul']);
    expect(labelled).toContain('Jan 2027');
    // January 2026 to July 2028: the month after the last due date closes the axis.
    expect(layout.ticks.length).toBe(12 + 12 + 7);
  });

  it('keeps labels in order, apart, and inside the drawing for any dates', () => {
    const date = fc
      .integer({ min: 0, max: 1500 })
      .map((offset) =>
        new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10),
      );
    fc.assert(
      fc.property(fc.array(date, { maxLength: 30 }), date, (dates, today) => {
        const layout = layoutTimeline(
          dates.map((due, index) => action(String(index), due)),
          { today, rowHeight: 40 },
        );
        layout.items.forEach((item, index) => {
          expect(item.labelY).toBeGreaterThanOrEqual(item.dotY);
          const before = layout.items[index - 1];
          if (before) expect(item.labelY - before.labelY).toBeGreaterThanOrEqual(40);
          expect(item.labelY).toBeLessThan(layout.height);
        });
        expect(layout.todayY).toBeGreaterThan(0);
        expect(layout.todayY).toBeLessThan(layout.height);
      }),
    );
  });
});

describe('timeline labels', () => {
  it('cut titles to the width beside the axis, keeping at least a few words', () => {
    expect(charsThatFit(1000, 100)).toBe(Math.floor(892 / 7.5));
    expect(charsThatFit(120, 100)).toBe(12);
    expect(fitText('Lead the returns redesign', 12)).toBe('Lead the re…');
    expect(fitText('Short', 12)).toBe('Short');
  });
});
