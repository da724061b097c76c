import { Link } from '../../app/router.tsx';
import { QUICK_START_STAGES, stageQuery } from './quick-start-stages.ts';

/**
 * "You are here": the five stages in order, the current one marked for
 * screen readers (aria-current="step") and by more than colour on screen
 * (a filled number and bold text). Every stage is a link, so any can be
 * revisited.
 */
export function StageIndicator({ base, current }: { base: string; current: number }) {
  return (
    <nav aria-label="Quick start progress" className="stage-indicator">
      <ol>
        {QUICK_START_STAGES.map((stage, index) => {
          const number = index + 1;
          const state = number === current ? 'current' : number < current ? 'before' : 'after';
          return (
            <li key={stage.title} className={`stage-item stage-${state}`}>
              <Link
                href={base + stageQuery(number)}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                <span className="stage-number" aria-hidden="true">
                  {number}
                </span>
                <span className="stage-title">
                  <span className="visually-hidden">Stage {number}: </span>
                  {stage.title}
                  {state === 'current' && <span className="visually-hidden"> (you are here)</span>}
                </span>
                <span className="stage-minutes">{stage.minutes} min</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
