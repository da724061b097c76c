import { useId } from 'react';
import { LIMITS } from '@trailmap/domain';
import type { ActionTrace, ShortTermAction, TargetRole } from '@trailmap/domain';
import { TextField } from '../../../ui/text-field.tsx';
import { KINDS, KIND_LABELS, STATUSES, STATUS_LABELS } from './action-labels.ts';

/** The select's value for "not linked": ids are never empty, so '' cannot clash. */
const UNLINKED = '';

/**
 * One short-term action. An action linked to no capability target is allowed
 * (a plan is written over time) but is flagged: it serves nothing in the
 * strategy, and the person should link it or question it.
 */
export function ActionCard({
  action,
  index,
  targetRoles,
  trace,
  onChange,
  onRemove,
}: {
  action: ShortTermAction;
  index: number;
  targetRoles: readonly TargetRole[];
  trace: ActionTrace | undefined;
  onChange: (action: ShortTermAction) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const name = action.title.trim() || `Action ${index + 1}`;
  const set = <K extends keyof ShortTermAction>(key: K, value: ShortTermAction[K]) =>
    onChange({ ...action, [key]: value });
  // Dropped actions are out of play: they need no link.
  const flagged = trace !== undefined && trace.status !== 'traced' && action.status !== 'dropped';
  const roles = targetRoles.filter((role) => role.capabilityTargets.length > 0);

  return (
    <li className={flagged ? 'step-card action-flagged' : 'step-card'} data-action-id={action.id}>
      <section aria-labelledby={`${id}-heading`}>
        <div className="card-heading">
          <h3 id={`${id}-heading`}>{name}</h3>
          <button type="button" className="secondary-button small-button" onClick={onRemove}>
            Remove action<span className="visually-hidden">: {name}</span>
          </button>
        </div>
        {flagged && (
          <p className="trace-flag" id={`${id}-flag`}>
            <strong>
              {trace.status === 'no_capability_target'
                ? 'Serves nothing in your strategy yet.'
                : 'Its role serves no problem of your vision.'}
            </strong>{' '}
            {trace.message}
          </p>
        )}
        <TextField
          label="What you will do"
          value={action.title}
          onChange={(text) => set('title', text)}
          placeholder="e.g. lead the redesign of the returns process"
          maxLength={LIMITS.maxShortText}
        />
        <div className="action-grid">
          <div className="select-field">
            <label htmlFor={`${id}-kind`}>Kind</label>
            <select
              id={`${id}-kind`}
              value={action.kind}
              onChange={(event) => set('kind', event.target.value as ShortTermAction['kind'])}
            >
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </div>
          <div className="select-field">
            <label htmlFor={`${id}-status`}>Status</label>
            <select
              id={`${id}-status`}
              value={action.status}
              onChange={(event) => set('status', event.target.value as ShortTermAction['status'])}
            >
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </div>
          <div className="select-field">
            <label htmlFor={`${id}-due`}>Due date</label>
            <input
              id={`${id}-due`}
              type="date"
              value={action.dueDate ?? ''}
              onChange={(event) =>
                set('dueDate', event.target.value === '' ? null : event.target.value)
              }
            />
          </div>
        </div>
        <div className="select-field">
          <label htmlFor={`${id}-target`}>Capability target it builds</label>
          <select
            id={`${id}-target`}
            value={action.capabilityTargetId ?? UNLINKED}
            aria-describedby={flagged ? `${id}-flag` : undefined}
            onChange={(event) =>
              set('capabilityTargetId', event.target.value === UNLINKED ? null : event.target.value)
            }
          >
            <option value={UNLINKED}>Not linked yet</option>
            {roles.map((role, roleIndex) => (
              <optgroup key={role.id} label={role.title.trim() || `Target role ${roleIndex + 1}`}>
                {role.capabilityTargets.map((target, targetIndex) => (
                  <option key={target.id} value={target.id}>
                    {target.text.trim() || `Capability target ${targetIndex + 1} (not written yet)`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <TextField
          label="Notes"
          value={action.notes}
          onChange={(text) => set('notes', text)}
          multiline
          rows={2}
          placeholder="e.g. who to ask first, what done looks like"
          maxLength={LIMITS.maxLongText}
        />
      </section>
    </li>
  );
}
