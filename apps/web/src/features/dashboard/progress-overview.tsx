import { memo } from 'react';
import type { PlanCompleteness } from '@trailmap/domain';
import { Link } from '../../app/router.tsx';
import { planPath } from '../../app/routes.ts';
import { ProgressBar } from '../../ui/progress-bar.tsx';
import { SCREEN_LABELS } from '../workspace/screen-list.ts';

/** Progress of the strategy and each step, with what each still lacks in plain words. */
export const ProgressOverview = memo(function ProgressOverview({
  planId,
  completeness,
}: {
  planId: string;
  completeness: PlanCompleteness;
}) {
  return (
    <section className="step-section" aria-labelledby="progress-title">
      <div className="progress-heading">
        <h2 id="progress-title">Progress per step</h2>
        <ProgressBar ratio={completeness.overall} label="Whole plan progress" />
      </div>
      <ol className="progress-parts">
        {completeness.steps.map((part) => {
          const label = SCREEN_LABELS[part.step];
          return (
            <li key={part.step} className="progress-part">
              <div className="progress-part-head">
                <Link href={planPath(planId, part.step)} className="progress-part-link">
                  {label}
                </Link>
                <span className="muted">
                  {part.done} of {part.total} done
                </span>
              </div>
              <ProgressBar ratio={part.ratio} label={`${label} progress`} />
              {part.missing.length === 0 ? (
                <p className="progress-part-done">Complete.</p>
              ) : (
                <ul className="progress-missing" aria-label={`Still to do in ${label}`}>
                  {part.missing.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
});
