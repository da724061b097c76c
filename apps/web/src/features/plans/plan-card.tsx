import type { Ref } from 'react';
import type { PlanSummary } from '@trailmap/contracts';
import { Link } from '../../app/router.tsx';
import { planPath } from '../../app/routes.ts';
import { ProgressBar } from '../../ui/progress-bar.tsx';
import { STEP_LABELS } from './step-labels.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * One plan with its overall progress and the completeness of every step.
 * `headingRef` lets the screen move focus to the heading, e.g. after creating
 * the plan; tabIndex -1 makes it focusable by script without adding a tab stop.
 */
export function PlanCard({
  plan,
  headingRef,
}: {
  plan: PlanSummary;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const headingId = `plan-${plan.id}`;
  return (
    <article className="plan-card" aria-labelledby={headingId}>
      <header className="plan-card-header">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          <Link href={planPath(plan.id)}>{plan.title}</Link>
        </h3>
        <p className="muted">
          Version {plan.version} · changed {dateFormat.format(new Date(plan.updatedAt))}
        </p>
      </header>
      <ProgressBar ratio={plan.completeness.overall} label={`${plan.title}: overall progress`} />
      <ul className="step-list" aria-label={`${plan.title}: progress per step`}>
        {plan.completeness.steps.map((step) => (
          <li key={step.step} className="step-row">
            <span className="step-name">{STEP_LABELS[step.step]}</span>
            <ProgressBar ratio={step.ratio} label={`${STEP_LABELS[step.step]} progress`} />
            {step.missing[0] && <span className="step-next muted">Next: {step.missing[0]}</span>}
          </li>
        ))}
      </ul>
      <p className="plan-card-actions">
        <Link href={planPath(plan.id)} aria-label={`Open ${plan.title}`}>
          Open the plan
        </Link>
        <Link href={planPath(plan.id, 'quick-start')} aria-label={`Quick start on ${plan.title}`}>
          Quick start (30 minutes)
        </Link>
      </p>
    </article>
  );
}
