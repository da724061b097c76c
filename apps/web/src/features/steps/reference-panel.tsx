import { useId } from 'react';
import type { ReactNode } from 'react';
import { Link } from '../../app/router.tsx';
import { planPath } from '../../app/routes.ts';
import type { PlanScreen } from '../../app/routes.ts';
import { usePlanActions } from '../workspace/plan-workspace.tsx';
import './reference-panel.css';

/**
 * What an earlier step said, shown read-only beside the step that builds on
 * it, so the person can hold the two side by side without switching screens.
 * It comes first in reading order (and on the left on wide screens): look at
 * where you are, then write where you are going.
 */
export function ReferencePanel({
  title,
  source,
  sourceLabel,
  children,
}: {
  title: string;
  /** The screen where this is written, linked for a quick fix. */
  source: PlanScreen;
  sourceLabel: string;
  children: ReactNode;
}) {
  const headingId = useId();
  const { planId } = usePlanActions();
  return (
    <section className="reference-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
      <p className="reference-edit">
        <Link href={planPath(planId, source)}>{sourceLabel}</Link>
      </p>
    </section>
  );
}

/** A read-only list of what was written, or a plain note when nothing was. */
export function ReferenceList({
  label,
  items,
  empty,
}: {
  label: string;
  items: readonly string[];
  empty: string;
}) {
  const written = items.map((text) => text.trim()).filter((text) => text !== '');
  return (
    <div className="reference-block">
      <h3>{label}</h3>
      {written.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {written.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
