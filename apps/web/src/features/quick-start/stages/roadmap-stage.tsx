import { hasText, LIMITS } from '@trailmap/domain';
import { useId } from 'react';
import { newItemId } from '../../../ui/new-id.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { useStep } from '../../workspace/plan-workspace.tsx';
import {
  withFirstAction,
  withFirstCapability,
  withFirstRole,
  withRoleTitle,
  withVisionProblem,
} from '../quick-start-edits.ts';

/**
 * Stage 4: one role three to five years out, one capability it demands, and
 * one action this year that builds it. The action is linked to the
 * capability, and the role to the vision problems ticked here, so the chain
 * from today's action to the vision is whole from the start.
 */
export function RoadmapStage() {
  const [roadmap, change] = useStep('roadmap');
  const [vision] = useStep('vision');
  const dateId = useId();
  const role = roadmap.targetRoles[0];
  const action = roadmap.actions[0];
  const problems = vision.problems.filter((problem) => hasText(problem.text));
  return (
    <>
      <p>
        Pick a role you could hold in three to five years that lets you live your vision. Then name
        one thing you must be able to do to get there, and one action in your current job that
        builds it.
      </p>
      <TextField
        label="Target role"
        value={role?.title ?? ''}
        onChange={(title) => change((current) => withRoleTitle(current, title, newItemId))}
        placeholder="e.g. head of operational excellence"
        maxLength={LIMITS.maxShortText}
      />
      {role && problems.length > 0 && (
        <fieldset className="quick-checks">
          <legend>Which problems of your vision would this role let you work on?</legend>
          {problems.map((problem) => (
            <label key={problem.id} className="quick-check">
              <input
                type="checkbox"
                checked={role.visionProblemIds.includes(problem.id)}
                onChange={(event) =>
                  change((current) =>
                    withFirstRole(
                      current,
                      (first) => withVisionProblem(first, problem.id, event.target.checked),
                      newItemId,
                    ),
                  )
                }
              />
              <span>{problem.text}</span>
            </label>
          ))}
        </fieldset>
      )}
      <TextField
        label="A capability that role demands"
        hint="Something you can show you have done, e.g. “run a change that spans two departments”."
        value={role?.capabilityTargets[0]?.text ?? ''}
        onChange={(text) => change((current) => withFirstCapability(current, text, newItemId))}
        maxLength={LIMITS.maxShortText}
      />
      <div className="quick-action">
        <TextField
          label="One action this year that builds it"
          hint="A project, a relationship or a habit in your current role."
          value={action?.title ?? ''}
          onChange={(title) => change((current) => withFirstAction(current, { title }, newItemId))}
          placeholder="e.g. lead the returns process redesign"
          maxLength={LIMITS.maxShortText}
        />
        <div className="text-field">
          <label htmlFor={dateId}>Done by</label>
          <input
            id={dateId}
            type="date"
            value={action?.dueDate ?? ''}
            disabled={!action}
            onChange={(event) =>
              change((current) =>
                withFirstAction(current, { dueDate: event.target.value || null }, newItemId),
              )
            }
          />
        </div>
      </div>
    </>
  );
}
