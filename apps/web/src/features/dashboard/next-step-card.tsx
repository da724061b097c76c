import { memo } from 'react';
import { Link } from '../../app/router.tsx';
import { planPath } from '../../app/routes.ts';
import { SCREEN_LABELS } from '../workspace/screen-list.ts';
import type { NextStep } from './dashboard-summary.ts';

/** The one thing to do next, in the method's order, with a link straight to it. */
export const NextStepCard = memo(function NextStepCard({
  planId,
  next,
}: {
  planId: string;
  next: NextStep | null;
}) {
  return (
    <section className="dashboard-card next-step" aria-labelledby="next-step-title">
      <h2 id="next-step-title">Next suggested step</h2>
      {next ? (
        <>
          <p className="next-step-screen">{SCREEN_LABELS[next.screen]}</p>
          <p>{next.firstMissing}</p>
          {next.moreMissing > 0 && (
            <p className="muted">
              {next.moreMissing === 1
                ? 'One more thing is open on that step.'
                : `${next.moreMissing} more things are open on that step.`}
            </p>
          )}
          <p className="next-step-actions">
            <Link className="button-link" href={planPath(planId, next.screen)}>
              Go to {SCREEN_LABELS[next.screen]}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>
            Every part of your plan is complete. Keep it alive: revisit the question on the left,
            and update your roadmap as actions get done.
          </p>
          <p className="next-step-actions">
            <Link className="button-link" href={planPath(planId, 'roadmap')}>
              Review your roadmap
            </Link>
          </p>
        </>
      )}
    </section>
  );
});
