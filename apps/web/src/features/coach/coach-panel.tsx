import { useId, useRef, useState } from 'react';
import type { CoachFinding, CoachStep } from '@trailmap/domain';
import {
  countBySeverity,
  describeCounts,
  rewritesText,
  SEVERITY_WORDS,
  valueAtPath,
} from './coach-findings.ts';
import { useCoach } from './coach-context.tsx';
import { StepDrafts } from '../assistant/step-drafts.tsx';
import { SuggestionButtons } from './suggestion-buttons.tsx';
import { TitlesOffNotice } from './titles-off-notice.tsx';
import './coach.css';

/** Steps whose text the job-title check reads. */
const TITLE_STEPS: ReadonlySet<CoachStep> = new Set(['strategy', 'vision']);

/**
 * The coach beside a step: what it noticed there, each with its severity in
 * words, and the suggested rewrites as buttons. A polite live region says
 * only the counts, so a screen reader is not read every finding on each pause.
 */
export function CoachPanel({
  step,
  place = 'step',
}: {
  /** The step, or the steps a quick-start stage writes, whose findings to show. */
  step: CoachStep | readonly CoachStep[];
  /** What the summary calls the screen. */
  place?: 'step' | 'stage';
}) {
  const coach = useCoach();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [accepted, setAccepted] = useState('');
  if (!coach) return null;
  const steps: readonly CoachStep[] = typeof step === 'string' ? [step] : step;
  const findings = steps.flatMap((one) => coach.findingsFor(one));
  const summary =
    coach.coaching === null
      ? coach.status === 'unreachable'
        ? 'The coach could not reach the server.'
        : 'The coach is reading this step…'
      : `${describeCounts(countBySeverity(findings))} on this ${place}.`;

  return (
    <section className="coach-panel" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        Coach
      </h2>
      <p role="status" className="coach-summary">
        {/* Said with the counts, so the announcement names its source; the heading shows it. */}
        <span className="visually-hidden">Coach: </span>
        {summary.charAt(0).toUpperCase() + summary.slice(1)}
      </p>
      {coach.status === 'unreachable' && coach.coaching !== null && (
        <p className="coach-quiet">
          Offline: showing what the coach said last. Your edits still save as usual.
        </p>
      )}
      {coach.status === 'refused' && (
        <p className="coach-quiet">
          The coach cannot read this draft yet; it will try again after your next edit.
        </p>
      )}
      {steps.some((one) => TITLE_STEPS.has(one)) && coach.coaching?.jobTitlesChecked === false && (
        <TitlesOffNotice titleData={coach.titleData} />
      )}
      {findings.length > 0 && (
        <ul className="coach-findings">
          {findings.map((finding) => (
            <FindingItem
              key={`${finding.code}:${finding.path.join('.')}`}
              finding={finding}
              current={coach.read ? valueAtPath(coach.read, finding.path) : undefined}
              onAccepted={(text) => {
                setAccepted(`Rewritten as “${text}”. Undo last change takes it back.`);
                heading.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {accepted}
      </p>
      {steps.map((one) => (
        <StepDrafts key={one} step={one} />
      ))}
    </section>
  );
}

function FindingItem({
  finding,
  current,
  onAccepted,
}: {
  finding: CoachFinding;
  current: unknown;
  onAccepted: (text: string) => void;
}) {
  return (
    <li className={`coach-finding coach-${finding.severity}`}>
      <p>
        <span className="coach-severity">{SEVERITY_WORDS[finding.severity]}</span> {finding.message}
      </p>
      {rewritesText(finding) && typeof current === 'string' ? (
        <SuggestionButtons finding={finding} current={current} onAccepted={onAccepted} />
      ) : (
        finding.suggestions.length > 0 && (
          <p className="coach-quiet">Suggested: {finding.suggestions.join(', ')}</p>
        )
      )}
    </li>
  );
}
