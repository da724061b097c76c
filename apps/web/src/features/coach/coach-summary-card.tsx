import { Link } from '../../app/router.tsx';
import { ProofSummaryDraft } from '../assistant/step-drafts.tsx';
import { planPath } from '../../app/routes.ts';
import { SCREEN_LABELS } from '../workspace/screen-list.ts';
import { describeCounts, summarizeSteps } from './coach-findings.ts';
import { useCoach } from './coach-context.tsx';
import { TitlesOffNotice } from './titles-off-notice.tsx';
import './coach.css';

/** The dashboard's view of the coach: how much it noticed on each step, with a way there. */
export function CoachSummaryCard({ planId }: { planId: string }) {
  const coach = useCoach();
  if (!coach) return null;
  const summaries = summarizeSteps(coach.findingsFor);
  const noticed = summaries.filter((summary) => summary.total > 0);
  const clear = summaries.length - noticed.length;

  return (
    <section className="step-section coach-card" aria-labelledby="coach-card-title">
      <h2 id="coach-card-title">What the coach noticed</h2>
      {coach.coaching === null ? (
        <p className="coach-quiet">
          {coach.status === 'unreachable'
            ? 'The coach could not reach the server; it will try again after your next edit.'
            : 'The coach is reading your plan…'}
        </p>
      ) : (
        <>
          {coach.status === 'unreachable' && (
            <p className="coach-quiet">Offline: these are the coach’s last findings.</p>
          )}
          {noticed.length === 0 ? (
            <p>Nothing to change on any step.</p>
          ) : (
            <ul className="coach-step-list">
              {noticed.map(({ step, counts }) => (
                <li key={step}>
                  <Link href={planPath(planId, step)}>{SCREEN_LABELS[step]}</Link>:{' '}
                  {describeCounts(counts)}
                </li>
              ))}
            </ul>
          )}
          {noticed.length > 0 && clear > 0 && (
            <p className="coach-quiet">
              {clear === 1 ? 'One other step has' : `${clear} other steps have`} nothing to change.
            </p>
          )}
          {!coach.coaching.jobTitlesChecked && <TitlesOffNotice titleData={coach.titleData} />}
        </>
      )}
      <ProofSummaryDraft />
    </section>
  );
}
