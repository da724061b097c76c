import { useEffect, useMemo, useState } from 'react';
import type { ComponentType } from 'react';
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
import { usePlanActions, usePlanDraft, useStep } from '../../workspace/plan-workspace.tsx';
import { ActionCard } from './action-card.tsx';
import { ActionTimeline } from './action-timeline.tsx';
import { RoadmapExamples, RoadmapLede } from './roadmap-guidance.tsx';
import { emptyAction } from './roadmap-items.ts';
import type { RoleOccupationProps } from './role-occupation.ts';
import { TargetRolesSection } from './target-roles-section.tsx';
import { localToday } from './timeline-scale.ts';
import { CoachPanel } from '../../coach/coach-panel.tsx';
import '../steps.css';
import '../step-cards.css';
import './roadmap.css';

/**
 * Step 5: the roles 3–5 years out, and what to do in the next 1–2 years to
 * earn them. Occupational data plugs in through `roleOccupation`, drawn in
 * each target-role card (link to an occupation, its skill gap).
 */
export function RoadmapStep({
  roleOccupation,
}: { roleOccupation?: ComponentType<RoleOccupationProps> } = {}) {
  const draft = usePlanDraft();
  const { planId } = usePlanActions();
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
      <TargetRolesSection
        roles={roadmap.targetRoles}
        visionProblems={visionProblems}
        visionHref={planPath(planId, 'vision')}
        change={change}
        onTargetsChange={updateTargets}
        onRemove={removeRole}
        roleOccupation={roleOccupation}
      />

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
