import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Link } from '../../app/router.tsx';
import { planPath } from '../../app/routes.ts';
import type { PlanScreen } from '../../app/routes.ts';
import type { PlanPart } from './plan-parts.ts';
import { usePlanActions } from './plan-workspace.tsx';
import { neighboursOf, SCREEN_LABELS } from './screen-list.ts';

/**
 * The frame of every screen of a plan: its heading (focused on arrival so a
 * screen reader starts there), a short explanation in plain words, examples
 * on demand, undo of the last change on this part, and the way on.
 */
export function StepFrame({
  screen,
  part,
  lede,
  examples,
  aside,
  children,
}: {
  screen: PlanScreen;
  /** The part of the plan this screen edits, for undo; none for read-only screens. */
  part?: PlanPart;
  /** What this step is for and how to do it, two or three sentences. */
  lede: ReactNode;
  /** Worked examples, shown when asked for. */
  examples?: ReactNode;
  /** Feedback shown beside the step (the coach), when there is any. */
  aside?: ReactNode;
  children: ReactNode;
}) {
  const { planId, undo, canUndo } = usePlanActions();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, [screen]);
  const { previous, next } = neighboursOf(screen);

  useEffect(() => {
    if (!part) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.shiftKey && event.code === 'KeyZ') {
        event.preventDefault();
        undo(part);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [part, undo]);

  return (
    <article className="step-frame" aria-labelledby="step-title">
      <header className="step-frame-header">
        <div className="step-frame-title">
          <h1 id="step-title" ref={heading} tabIndex={-1}>
            {SCREEN_LABELS[screen]}
          </h1>
          {part && (
            <button
              type="button"
              className="secondary-button small-button"
              onClick={() => undo(part)}
              disabled={!canUndo(part)}
              aria-keyshortcuts="Alt+Shift+Z"
            >
              Undo last change
            </button>
          )}
        </div>
        <div className="step-lede">{lede}</div>
        {examples && (
          <details className="step-examples">
            <summary>Show examples</summary>
            <div className="step-examples-body">{examples}</div>
          </details>
        )}
      </header>
      <div className={aside ? 'step-body with-aside' : 'step-body'}>
        <div className="step-content">{children}</div>
        {aside && <aside className="step-aside">{aside}</aside>}
      </div>
      {(previous || next) && (
        <nav className="step-pager" aria-label="Previous and next step">
          {previous ? (
            <Link className="pager-link" href={planPath(planId, previous)} rel="prev">
              ← {SCREEN_LABELS[previous]}
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link className="pager-link pager-next" href={planPath(planId, next)} rel="next">
              {SCREEN_LABELS[next]} →
            </Link>
          )}
        </nav>
      )}
    </article>
  );
}
