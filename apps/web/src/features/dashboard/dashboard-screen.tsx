import { useDeferredValue, useMemo } from 'react';
import { measureCompleteness, traceActions } from '@trailmap/domain';
import { Link } from '../../app/router.tsx';
import { planPath } from '../../app/routes.ts';
import { useSharedValue } from '../../ui/use-shared-value.ts';
import { CoachSummaryCard } from '../coach/coach-summary-card.tsx';
import { StepFrame } from '../workspace/step-frame.tsx';
import { usePlanActions, usePlanDraft } from '../workspace/plan-workspace.tsx';
import { listTraceWarnings, suggestNextStep } from './dashboard-summary.ts';
import { KnownForCard } from './known-for-card.tsx';
import { NextStepCard } from './next-step-card.tsx';
import { ProgressOverview } from './progress-overview.tsx';
import { TraceWarnings } from './trace-warnings.tsx';
import '../../ui/button-link.css';
import '../steps/steps.css';
import './dashboard.css';

/**
 * The plan at a glance: the question everything serves, what to do next, how
 * far each part has come, and what in the plan leads back to nothing.
 * Everything is computed from the draft on screen, so it follows the person's
 * typing with no round trip and renders complete on the first paint. While
 * the person types the answer to the question, the figures follow a deferred
 * copy of the plan: the keystroke paints first, the figures a moment later.
 */
export function DashboardScreen() {
  const { planId } = usePlanActions();
  const content = useDeferredValue(usePlanDraft().content);
  // Recomputed when the plan changes, but the same objects while the figures stand still.
  const completeness = useSharedValue(useMemo(() => measureCompleteness(content), [content]));
  const warnings = useSharedValue(
    useMemo(() => listTraceWarnings(content, traceActions(content)), [content]),
  );
  const next = useMemo(() => suggestNextStep(completeness), [completeness]);

  return (
    <StepFrame
      screen="dashboard"
      part="knownFor"
      lede={
        <p>
          Your plan at a glance. Start from the question below, then take the next suggested step.
          Every part shows what it still needs, and anything in your roadmap that serves nothing in
          your strategy is listed so you can link it or let it go. New here?{' '}
          <Link href={planPath(planId, 'quick-start')}>The quick start</Link> walks you through the
          essentials in about thirty minutes.
        </p>
      }
    >
      <div className="dashboard-top">
        <KnownForCard />
        <NextStepCard planId={planId} next={next} />
      </div>
      <ProgressOverview planId={planId} completeness={completeness} />
      <CoachSummaryCard planId={planId} />
      <TraceWarnings planId={planId} warnings={warnings} />
    </StepFrame>
  );
}
