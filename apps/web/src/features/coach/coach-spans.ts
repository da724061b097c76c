import type { CoachSpan } from '@trailmap/domain';

/**
 * Where the coach's spans sit in a text the person may have edited since the
 * coach read it. Offsets are UTF-16 code units, as the server sends them.
 */

export interface TextSegment {
  readonly text: string;
  /** True for the words a finding points at. */
  readonly marked: boolean;
}

/**
 * The span in `text` as it is now: where the coach saw it if the words are
 * still there, else the nearest place the same words appear, else null (the
 * person rewrote them).
 */
export function relocateSpan(text: string, span: CoachSpan): CoachSpan | null {
  if (span.text.length === 0) return null;
  if (text.slice(span.start, span.end) === span.text) return span;
  let best: number | null = null;
  for (let at = text.indexOf(span.text); at !== -1; at = text.indexOf(span.text, at + 1)) {
    if (best === null || Math.abs(at - span.start) < Math.abs(best - span.start)) best = at;
  }
  return best === null ? null : { start: best, end: best + span.text.length, text: span.text };
}

/** The spans still present in `text`, in text order, overlaps merged into one. */
export function settleSpans(text: string, spans: readonly CoachSpan[]): CoachSpan[] {
  const found = spans
    .map((span) => relocateSpan(text, span))
    .filter((span): span is CoachSpan => span !== null)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: CoachSpan[] = [];
  for (const span of found) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      const end = Math.max(last.end, span.end);
      merged[merged.length - 1] = { start: last.start, end, text: text.slice(last.start, end) };
    } else merged.push(span);
  }
  return merged;
}

/** The text cut into plain and marked runs, for drawing highlights; joined, they give `text` back. */
export function splitBySpans(text: string, spans: readonly CoachSpan[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of settleSpans(text, spans)) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), marked: false });
    segments.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
