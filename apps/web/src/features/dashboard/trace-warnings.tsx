import { memo } from 'react';
import { Link } from '../../app/router.tsx';
import { planPath } from '../../app/routes.ts';
import { SCREEN_LABELS } from '../workspace/screen-list.ts';
import type { TraceWarning, TraceWarningGroup } from './dashboard-summary.ts';

const GROUPS: ReadonlyArray<{ group: TraceWarningGroup; title: string; hint: string }> = [
  {
    group: 'actions',
    title: 'Actions that serve nothing in your strategy',
    hint: 'Each action should build a capability for a target role that works on a problem of your vision.',
  },
  {
    group: 'loose-ends',
    title: 'Other loose ends',
    hint: 'Parts of the plan that nothing else leads to or from yet.',
  },
];

/** The traceability warnings, each with a link to the screen where the link is made. */
export const TraceWarnings = memo(function TraceWarnings({
  planId,
  warnings,
}: {
  planId: string;
  warnings: TraceWarning[];
}) {
  return (
    <section className="step-section" aria-labelledby="trace-title">
      <h2 id="trace-title">Does everything lead back to your strategy?</h2>
      {warnings.length === 0 ? (
        <p className="trace-clear">
          Yes: every action in play builds a capability for a target role that serves your vision.
        </p>
      ) : (
        <p>
          {warnings.length === 1
            ? 'One thing in your plan leads back to nothing yet.'
            : `${warnings.length} things in your plan lead back to nothing yet.`}{' '}
          Link each one, or ask whether it belongs in the plan.
        </p>
      )}
      {GROUPS.map(({ group, title, hint }) => {
        const items = warnings.filter((warning) => warning.group === group);
        if (items.length === 0) return null;
        return (
          <div key={group} className="trace-group">
            <h3>{title}</h3>
            <p className="field-hint">{hint}</p>
            <ul className="trace-list">
              {items.map((warning) => (
                <li key={warning.key} className="trace-warning">
                  <span>{warning.message}</span>{' '}
                  <Link href={planPath(planId, warning.screen)}>
                    Fix in {SCREEN_LABELS[warning.screen]}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
});
