import type { RefObject } from 'react';
import type { CoachFinding, CoachSpan, CoachStep } from '@trailmap/domain';
import { findingsAt } from './coach-findings.ts';
import { useCoach } from './coach-context.tsx';
import { settleSpans, splitBySpans } from './coach-spans.ts';
import './coach.css';

type Field = HTMLTextAreaElement | HTMLInputElement;

/**
 * The job titles the coach found in a text, under its field: the text with
 * the titles marked, each title with "Show me" (selects it in the field so
 * it can be typed over), and the ask to rewrite.
 */
export function FlaggedPhrases({
  step,
  path,
  text,
  field,
}: {
  step: CoachStep;
  path: CoachFinding['path'];
  text: string;
  field: RefObject<Field | null>;
}) {
  const coach = useCoach();
  if (!coach) return null;
  const spans = settleSpans(
    text,
    findingsAt(coach.findingsFor(step), path).flatMap((finding) => finding.spans),
  );
  if (spans.length === 0) return null;

  const showMe = (span: CoachSpan) => {
    const element = field.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(span.start, span.end);
  };

  return (
    <div className="coach-flags">
      <p>
        <span className="coach-severity">Warning</span>{' '}
        {spans.length === 1 ? 'This names a job title' : 'This names job titles'}. Rewrite it
        without: say what the work is, for whom, and what changes because of it.
      </p>
      <p className="coach-marked-text">
        {splitBySpans(text, spans).map((segment, index) =>
          segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
        )}
      </p>
      <ul className="coach-flag-list" aria-label="Job titles found">
        {spans.map((span) => (
          <li key={`${span.start}-${span.end}`}>
            <q>{span.text}</q>{' '}
            <button
              type="button"
              className="secondary-button small-button"
              onClick={() => showMe(span)}
            >
              Show me<span className="visually-hidden"> “{span.text}” in the text</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
