import { memo } from 'react';
import { LIMITS, formatHours } from '@trailmap/domain';
import type { Reinvestment, RestructureSummary } from '@trailmap/domain';
import { REINVESTMENT_HINTS, REINVESTMENT_KEYS, REINVESTMENT_LABELS } from './eda-labels.ts';
import { HoursInput } from './hours-input.tsx';

/** Whether every freed hour has a purpose, in a sentence that says what to do next. */
export function describeBalance(summary: RestructureSummary): string {
  const gap = Math.abs(summary.unallocatedHoursPerWeek);
  if (summary.freedHoursPerWeek === 0 && summary.reinvestedHoursPerWeek === 0)
    return 'No hours freed yet: decide to eliminate, delegate or automate some tasks above.';
  if (summary.balance === 'under_reinvested')
    return `${formatHours(gap)} freed hours a week still wait for a purpose: put them to work below.`;
  if (summary.balance === 'over_reinvested')
    return `You plan to reinvest ${formatHours(gap)} hours a week more than you free: free more time above, or lower the hours below.`;
  return 'Balanced: every freed hour has a purpose.';
}

/** Where the freed hours go: the four categories of the method. */
export const ReinvestmentSection = memo(function ReinvestmentSection({
  reinvestment,
  summary,
  weekProblem,
  onChange,
}: {
  reinvestment: Reinvestment;
  summary: RestructureSummary;
  /** Set when the four add up to more than a week. */
  weekProblem: string | null;
  onChange: (key: keyof Reinvestment, hours: number) => void;
}) {
  return (
    <section className="step-section" aria-labelledby="reinvest-title">
      <h2 id="reinvest-title">Reinvest the freed hours</h2>
      <p className="field-hint">
        Freed time fills up by itself unless you give it a job. Decide, per week, where it goes.
      </p>
      <div className="reinvest-grid">
        {REINVESTMENT_KEYS.map((key) => (
          <HoursInput
            key={key}
            label={REINVESTMENT_LABELS[key]}
            hint={REINVESTMENT_HINTS[key]}
            value={reinvestment[key]}
            maxHours={LIMITS.hoursInWeek}
            onChange={(hours) => onChange(key, hours)}
          />
        ))}
      </div>
      {weekProblem && (
        <p className="field-problem" role="alert">
          {weekProblem}
        </p>
      )}
      <p className={`balance balance-${summary.balance}`} role="status">
        <strong>
          {formatHours(summary.reinvestedHoursPerWeek)} of {formatHours(summary.freedHoursPerWeek)}{' '}
          freed hours reinvested.
        </strong>{' '}
        {describeBalance(summary)}
      </p>
    </section>
  );
});
