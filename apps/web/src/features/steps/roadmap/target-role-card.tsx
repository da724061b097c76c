import { useId } from 'react';
import type { ReactNode } from 'react';
import { LIMITS } from '@trailmap/domain';
import type { CapabilityTarget, TargetRole, TextItem } from '@trailmap/domain';
import { Link } from '../../../app/router.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { TextListEditor } from '../../../ui/text-list-editor.tsx';

/**
 * One medium-term target role: what it is, which problems it solves, what
 * success looks like, which problems of the vision it lets the person work
 * on, and the capabilities to build on the way. Links to vision problems are
 * written only for problems that still exist, so a stale id never travels
 * with an edit.
 */
export function TargetRoleCard({
  role,
  index,
  visionProblems,
  visionHref,
  onChange,
  onTargetsChange,
  onRemove,
  occupation,
}: {
  role: TargetRole;
  index: number;
  visionProblems: readonly TextItem[];
  visionHref: string;
  onChange: (role: TargetRole) => void;
  /** Separate from onChange: removing a target unlinks the actions that built it. */
  onTargetsChange: (targets: CapabilityTarget[]) => void;
  onRemove: () => void;
  /** The occupation this role is linked to and its skill gap, when occupational data plugs in. */
  occupation?: ReactNode;
}) {
  const id = useId();
  const name = role.title.trim() || `Target role ${index + 1}`;
  const set = <K extends keyof TargetRole>(key: K, value: TargetRole[K]) =>
    onChange({ ...role, [key]: value });
  const toggleProblem = (problemId: string, checked: boolean) => {
    const linked = new Set(role.visionProblemIds);
    if (checked) linked.add(problemId);
    else linked.delete(problemId);
    // In vision order, and only ids the vision still holds.
    set(
      'visionProblemIds',
      visionProblems.map((problem) => problem.id).filter((problemId) => linked.has(problemId)),
    );
  };

  return (
    <section className="step-card" aria-labelledby={`${id}-heading`}>
      <div className="card-heading">
        <h3 id={`${id}-heading`}>{name}</h3>
        <button type="button" className="secondary-button small-button" onClick={onRemove}>
          Remove role<span className="visually-hidden">: {name}</span>
        </button>
      </div>
      <TextField
        label="Role title"
        value={role.title}
        onChange={(text) => set('title', text)}
        placeholder="e.g. Head of operational excellence"
        maxLength={LIMITS.maxShortText}
      />
      <TextField
        label="The problems this role solves"
        value={role.problems}
        onChange={(text) => set('problems', text)}
        multiline
        placeholder="e.g. processes nobody owns end to end"
        maxLength={LIMITS.maxLongText}
      />
      <TextField
        label="What success in it looks like"
        value={role.success}
        onChange={(text) => set('success', text)}
        multiline
        placeholder="e.g. three redesigned processes whose gains still hold a year later"
        maxLength={LIMITS.maxLongText}
      />
      <fieldset className="check-group">
        <legend>Problems of your vision it lets you work on</legend>
        {visionProblems.length === 0 ? (
          <p className="field-hint">
            Your vision names no problems yet. <Link href={visionHref}>Write them in step 2</Link>,
            then link this role to them.
          </p>
        ) : (
          visionProblems.map((problem, position) => (
            <label key={problem.id} className="check-option">
              <input
                type="checkbox"
                checked={role.visionProblemIds.includes(problem.id)}
                onChange={(event) => toggleProblem(problem.id, event.target.checked)}
              />
              <span>
                {problem.text.trim() || `Vision problem ${position + 1} (not written yet)`}
              </span>
            </label>
          ))
        )}
      </fieldset>
      {occupation}
      <TextListEditor
        label={`Capabilities to build for ${name}`}
        hint="What you must be able to do, and be seen doing, to be a credible candidate."
        items={role.capabilityTargets}
        onChange={onTargetsChange}
        addLabel="Add a capability target"
        placeholder="e.g. present a business case to the leadership team"
        maxItems={LIMITS.maxCapabilityTargetsPerRole}
        maxLength={LIMITS.maxShortText}
      />
    </section>
  );
}
