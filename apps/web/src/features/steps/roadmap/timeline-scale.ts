import type { ActionStatus, IsoDate, ItemId, ShortTermAction } from '@trailmap/domain';

/**
 * Geometry of the roadmap timeline: time runs down the page so the chart
 * keeps readable text at any width (a horizontal axis squeezes months
 * together on a phone). Dates are counted in whole UTC days so a time zone
 * never moves an action to the day before.
 */

const MS_PER_DAY = 86_400_000;
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Days since 1970-01-01 for `YYYY-MM-DD`, or null when the text is not a real date. */
export function dayNumberOf(date: IsoDate): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Rejects 2026-02-31 and the like, which Date.UTC would roll over.
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** "30 Sep 2026": short, unambiguous in every locale. */
export function formatDay(date: IsoDate): string {
  const day = dayNumberOf(date);
  if (day === null) return date;
  const d = new Date(day * MS_PER_DAY);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Today in the person's own time zone, as `YYYY-MM-DD`. */
export function localToday(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface TimelineTick {
  readonly y: number;
  readonly label: string;
  /** Ticks without a label still draw a short line, so every month is visible. */
  readonly labelled: boolean;
}

export interface TimelineItem {
  readonly id: ItemId;
  readonly title: string;
  readonly status: ActionStatus;
  readonly dueDate: IsoDate;
  /** Where the due date sits on the axis. */
  readonly dotY: number;
  /** Where the label sits: pushed down when labels would overlap, joined to the dot by a line. */
  readonly labelY: number;
  /** Due before today and still planned or in progress. */
  readonly overdue: boolean;
}

export interface TimelineLayout {
  readonly height: number;
  readonly ticks: readonly TimelineTick[];
  readonly todayY: number;
  readonly items: readonly TimelineItem[];
  /** Actions without a (readable) due date, in roadmap order: listed apart. */
  readonly undated: readonly ShortTermAction[];
  /** First and last month shown, for the text alternative. */
  readonly fromLabel: string;
  readonly toLabel: string;
}

export interface TimelineOptions {
  readonly today: IsoDate;
  /** Vertical pixels per day; a year is about 440 px at the default. */
  readonly pxPerDay?: number;
  /** The least distance between two labels, in pixels (two lines of text). */
  readonly rowHeight?: number;
  /** Space above the first month and below the last, in pixels. */
  readonly padding?: number;
}

const OPEN_STATUSES: ReadonlySet<ActionStatus> = new Set(['planned', 'in_progress']);

export function layoutTimeline(
  actions: readonly ShortTermAction[],
  { today, pxPerDay = 1.2, rowHeight = 40, padding = 24 }: TimelineOptions,
): TimelineLayout {
  const todayDay = dayNumberOf(today);
  if (todayDay === null) throw new Error(`Today must be a date, got '${today}'.`);

  const dated: { action: ShortTermAction; day: number }[] = [];
  const undated: ShortTermAction[] = [];
  for (const action of actions) {
    const day = action.dueDate === null ? null : dayNumberOf(action.dueDate);
    if (day === null || action.dueDate === null) undated.push(action);
    else dated.push({ action, day });
  }
  // Stable: actions due the same day keep their roadmap order.
  dated.sort((a, b) => a.day - b.day);

  const days = [todayDay, ...dated.map((item) => item.day)];
  const start = firstOfMonth(Math.min(...days));
  const end = firstOfNextMonth(Math.max(...days));
  // Whole pixels: crisp lines, and label spacing that adds up exactly.
  const yOf = (day: number) => Math.round(padding + (day - start) * pxPerDay);

  const months = monthsBetween(start, end);
  // Over a year and a half, label quarters only: a label every 36 px is noise.
  const every = months.length > 18 ? 3 : 1;
  const ticks = months.map(({ day, year, month }, index): TimelineTick => {
    const labelled = index === 0 || month % every === 0;
    const label = month === 0 || index === 0 ? `${MONTHS[month]} ${year}` : `${MONTHS[month]}`;
    return { y: yOf(day), label, labelled };
  });

  let previousLabelY = -Infinity;
  const items = dated.map(({ action, day }): TimelineItem => {
    const dotY = yOf(day);
    const labelY = Math.max(dotY, previousLabelY + rowHeight);
    previousLabelY = labelY;
    return {
      id: action.id,
      title: action.title,
      status: action.status,
      dueDate: action.dueDate ?? '',
      dotY,
      labelY,
      overdue: day < todayDay && OPEN_STATUSES.has(action.status),
    };
  });

  const lastLabelBottom = items.length > 0 ? previousLabelY + rowHeight : 0;
  const height = Math.ceil(Math.max(yOf(end) + padding, lastLabelBottom + padding / 2));
  const first = months[0];
  const last = months[months.length - 1];
  return {
    height,
    ticks,
    todayY: yOf(todayDay),
    items,
    undated,
    fromLabel: first ? `${MONTHS[first.month]} ${first.year}` : '',
    toLabel: last ? `${MONTHS[last.month]} ${last.year}` : '',
  };
}

interface MonthStart {
  readonly day: number;
  readonly year: number;
  /** 0 = January. */
  readonly month: number;
}

function firstOfMonth(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / MS_PER_DAY);
}

function firstOfNextMonth(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / MS_PER_DAY);
}

/** The first day of every month from `start` up to and including `end`. */
function monthsBetween(start: number, end: number): MonthStart[] {
  const months: MonthStart[] = [];
  for (let day = start; day <= end; day = firstOfNextMonth(day)) {
    const d = new Date(day * MS_PER_DAY);
    months.push({ day, year: d.getUTCFullYear(), month: d.getUTCMonth() });
  }
  return months;
}

/**
 * SVG text does not wrap, so a label is cut to what fits beside the axis.
 * Measured on the 0.85rem system font: about 7.5 px per character on
 * average, so this errs on the side of cutting one character too many.
 */
export const PX_PER_CHAR = 7.5;

/** How many characters fit in `widthPx` starting at `startX`; never fewer than 12. */
export function charsThatFit(widthPx: number, startX: number): number {
  return Math.max(12, Math.floor((widthPx - startX - 8) / PX_PER_CHAR));
}

/** The text cut to `maxChars` with an ellipsis, or whole when it fits. */
export function fitText(text: string, maxChars: number): string {
  return text.length > maxChars ? `${text.slice(0, maxChars - 1).trimEnd()}…` : text;
}
