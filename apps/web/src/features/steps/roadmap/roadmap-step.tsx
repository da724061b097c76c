import { useEffect, useMemo, useState } from 'react';
import {
  LIMITS,
  actionsLinkedTo,
  pluralize,
  removeTargetRole,
  setCapabilityTargets,
  traceActions,
} from '@trailmap/domain';
import type { CapabilityTarget, ShortTermAction, TargetRole } from '@trailmap/domain';
import { planPath } from '../../../app/routes.ts';
import { StepFrame } from '../../workspace/step-frame.tsx';
import { usePlanWorkspace, useStep } from '../../workspace/plan-workspace.tsx';
import { ActionCard } from './action-card.tsx';
import { ActionTimeline } from './action-timeline.tsx';
import { RoadmapExamples, RoadmapLede } from './roadmap-guidance.tsx';
import { TargetRoleCard } from './target-role-card.tsx';
import { emptyAction, emptyRole } from './roadmap-items.ts';
import { localToday } from './timeline-scale.ts';
import { CoachPanel } from '../../coach/coach-panel.tsx';
import '../steps.css';
import '../step-cards.css';
import './roadmap.css';

/** Step 5: the roles 3–5 years out, and what to do in the next 1–2 years to earn them. */
export function RoadmapStep() {
  const { draft, saved } = usePlanWorkspace();
  const [roadmap, change] = useStep('roadmap');
  const visionProblems = draft.content.steps.vision.problems;
  const traces = useMemo(() => traceActions(draft.content), [draft.content]);
  const today = useMemo(() => localToday(new Date()), []);
  // Said aloud (and shown) when an edit unlinked actions as a side effect;
  // it goes away once those actions are linked again (or the edit is undone).
  const [unlinked, setUnlinked] = useState<{ text: string; actionIds: string[] } | null>(null);
  const notice =
    unlinked !== null &&
    roadmap.actions.some(
      (action) => unlinked.actionIds.includes(action.id) && action.capabilityTargetId === null,
    )
      ? unlinked.text
      : '';
  const [focusActionId, setFocusActionId] = useState<string | null>(null);
  useEffect(() => {
    if (focusActionId === null) return;
    document.querySelector<HTMLInputElement>(`[data-action-id="${focusActionId}"] input`)?.focus();
    setFocusActionId(null);
  }, [focusActionId]);

  const tellUnlinked = (targetIds: ReadonlySet<string>, what: string) => {
    const actionIds = actionsLinkedTo(roadmap, targetIds).map((action) => action.id);
    const count = actionIds.length;
    if (count === 0) return;
    setUnlinked({
      actionIds,
      text: `${pluralize(count, 'action')} built ${what} and ${count === 1 ? 'is' : 'are'} now unlinked: link ${count === 1 ? 'it' : 'them'} to another capability target below.`,
    });
  };

  const updateRole = (role: TargetRole) =>
    change((current) => ({
      ...current,
      targetRoles: current.targetRoles.map((item) => (item.id === role.id ? role : item)),
    }));
  const updateTargets = (role: TargetRole, targets: CapabilityTarget[]) => {
    const kept = new Set(targets.map((target) => target.id));
    const removed = new Set(
      role.capabilityTargets.filter((target) => !kept.has(target.id)).map((target) => target.id),
    );
    tellUnlinked(removed, 'the removed capability target');
    change((current) => setCapabilityTargets(current, role.id, targets));
  };
  const removeRole = (role: TargetRole) => {
    const ids = new Set(role.capabilityTargets.map((target) => target.id));
    tellUnlinked(ids, 'a capability target of the removed role');
    change((current) => removeTargetRole(current, role.id));
  };
  const addAction = () => {
    const action = emptyAction();
    change((current) => ({ ...current, actions: [...current.actions, action] }));
    setFocusActionId(action.id);
  };
  const updateAction = (action: ShortTermAction) =>
    change((current) => ({
      ...current,
      actions: current.actions.map((item) => (item.id === action.id ? action : item)),
    }));
  const removeAction = (id: string) =>
    change((current) => ({
      ...current,
      actions: current.actions.filter((item) => item.id !== id),
    }));

  const rolesFull = roadmap.targetRoles.length >= LIMITS.maxTargetRoles;
  const actionsFull = roadmap.actions.length >= LIMITS.maxActions;
  return (
    <StepFrame
      screen="roadmap"
      part="roadmap"
      aside={<CoachPanel step="roadmap" />}
      lede={<RoadmapLede />}
      examples={<RoadmapExamples />}
    >
      <p className="roadmap-notice" role="status">
        {notice}
      </p>
      <section className="step-section" aria-labelledby="roles-title">
        <h2 id="roles-title">Medium term: 3–5 years</h2>
        <p className="field-hint">
          One or two roles that would let you work on the problems of your vision. A role is a
          means, not the goal.
        </p>
        <div className="role-grid">
          {roadmap.targetRoles.map((role, index) => (
            <TargetRoleCard
              key={role.id}
              role={role}
              index={index}
              visionProblems={visionProblems}
              visionHref={planPath(saved.id, 'vision')}
              onChange={updateRole}
              onTargetsChange={(targets) => updateTargets(role, targets)}
              onRemove={() => removeRole(role)}
            />
          ))}
        </div>
        <button
          type="button"
          className="secondary-button"
          disabled={rolesFull}
          onClick={() =>
            change((current) => ({
              ...current,
              targetRoles: [...current.targetRoles, emptyRole()],
            }))
          }
        >
          + Add a target role
        </button>
        {rolesFull && (
          <p className="field-hint">
            {LIMITS.maxTargetRoles} roles is the most: a roadmap with more loses its focus.
          </p>
        )}
      </section>

      <section className="step-section" aria-labelledby="actions-title">
        <h2 id="actions-title">Short term: the next 1–2 years</h2>
        <p className="field-hint">
          Projects, relationships and habits in your current role. Link each to the capability
          target it builds; an action that builds none serves nothing in your strategy.
        </p>
        {roadmap.actions.length > 0 && (
          <ol className="action-list">
            {roadmap.actions.map((action, index) => (
              <ActionCard
                key={action.id}
                action={action}
                index={index}
                targetRoles={roadmap.targetRoles}
                trace={traces.actions[index]}
                onChange={updateAction}
                onRemove={() => removeAction(action.id)}
              />
            ))}
          </ol>
        )}
        <button
          type="button"
          className="secondary-button"
          disabled={actionsFull}
          onClick={addAction}
        >
          + Add an action
        </button>
      </section>

      <section className="step-section" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        {roadmap.actions.length === 0 ? (
          <p className="field-hint">Your actions appear here by due date once you add them.</p>
        ) : (
          <ActionTimeline actions={roadmap.actions} today={today} />
        )}
      </section>
    </StepFrame>
  );
}
