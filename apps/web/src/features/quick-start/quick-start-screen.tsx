import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from '../../app/router.tsx';
import { planPath } from '../../app/routes.ts';
import { CoachPanel } from '../coach/coach-panel.tsx';
import { StepFrame } from '../workspace/step-frame.tsx';
import { usePlanActions } from '../workspace/plan-workspace.tsx';
import { SCREEN_LABELS } from '../workspace/screen-list.ts';
import { parseStage, QUICK_START_STAGES, stageQuery } from './quick-start-stages.ts';
import { StageIndicator } from './stage-indicator.tsx';
import { ProductStage } from './stages/product-stage.tsx';
import { RestructureStage } from './stages/restructure-stage.tsx';
import { RoadmapStage } from './stages/roadmap-stage.tsx';
import { SkillsStage } from './stages/skills-stage.tsx';
import { VisionStage } from './stages/vision-stage.tsx';
import '../../ui/button-link.css';
import '../steps/steps.css';
import './quick-start.css';

const STAGE_BODIES = [ProductStage, VisionStage, SkillsStage, RoadmapStage, RestructureStage];

/**
 * A first sitting of about thirty minutes: the essentials of five steps, one
 * stage at a time, written into the same plan the full steps edit. The stage
 * lives in the address (`?stage=n`), so a reload or a bookmark returns to it.
 */
export function QuickStartScreen() {
  const { planId } = usePlanActions();
  const stage = parseStage(useSearchParams());
  const current = QUICK_START_STAGES[stage - 1] ?? QUICK_START_STAGES[0]!;
  const Body = STAGE_BODIES[stage - 1] ?? ProductStage;
  const base = planPath(planId, 'quick-start');

  // On moving between stages, start reading (and tabbing) at the new stage's
  // heading; on arrival the frame has already focused the page heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current) heading.current?.focus();
    arrived.current = true;
  }, [stage]);

  return (
    <StepFrame
      screen="quick-start"
      part={current.undoPart ?? undefined}
      aside={<CoachPanel step={current.coachSteps} place="stage" />}
      lede={
        <p>
          A first pass through the method in about thirty minutes. Each stage asks only for the
          essentials of one step and writes into the same plan, so nothing is lost when you open the
          full step later to add more. Go in order; you can come back to any stage.
        </p>
      }
    >
      <StageIndicator base={base} current={stage} />
      <section className="step-section quick-stage" aria-labelledby="stage-title">
        <div className="quick-stage-head">
          <h2 id="stage-title" ref={heading} tabIndex={-1}>
            <span className="muted quick-stage-count">
              Stage {stage} of {QUICK_START_STAGES.length}
            </span>{' '}
            {current.title}
          </h2>
          <p className="quick-stage-time">About {current.minutes} minutes</p>
        </div>
        <Body />
        <p className="quick-stage-more">
          Want to say more? Open the full step:{' '}
          <Link href={planPath(planId, current.fullStep)}>{SCREEN_LABELS[current.fullStep]}</Link>.
        </p>
      </section>
      <nav className="quick-stage-nav" aria-label="Quick start stages">
        {stage > 1 ? (
          <Link className="pager-link" href={base + stageQuery(stage - 1)} rel="prev">
            ← Back: {QUICK_START_STAGES[stage - 2]?.title}
          </Link>
        ) : (
          <span />
        )}
        {stage < QUICK_START_STAGES.length ? (
          <Link className="button-link" href={base + stageQuery(stage + 1)} rel="next">
            Next: {QUICK_START_STAGES[stage]?.title} →
          </Link>
        ) : (
          <Link className="button-link" href={planPath(planId, 'dashboard')}>
            Finish: see your dashboard →
          </Link>
        )}
      </nav>
    </StepFrame>
  );
}
