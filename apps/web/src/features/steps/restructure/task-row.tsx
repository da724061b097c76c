import { memo, useId } from 'react';
import { LIMITS } from '@trailmap/domain';
import type { EdaDecision, RecurringTask, TaskValue } from '@trailmap/domain';
import { TextField } from '../../../ui/text-field.tsx';
import { DECISION_OPTIONS, VALUE_LABELS } from './eda-labels.ts';
import { HoursInput } from './hours-input.tsx';

const UNDECIDED = '';
const VALUES = Object.keys(VALUE_LABELS) as TaskValue[];
const DECISIONS = Object.keys(DECISION_OPTIONS) as EdaDecision[];

/** One recurring task of the ledger: what it is, what it costs, what it is worth, what to do. */
export const TaskRow = memo(function TaskRow({
  task,
  index,
  onChange,
  onRemove,
}: {
  task: RecurringTask;
  index: number;
  onChange: (task: RecurringTask) => void;
  onRemove: (id: string) => void;
}) {
  const id = useId();
  const name = task.name.trim() || `Task ${index + 1}`;
  return (
    <li className="step-card task-row" data-task-id={task.id}>
      <TextField
        className="task-name"
        label={`Task ${index + 1}`}
        value={task.name}
        onChange={(text) => onChange({ ...task, name: text })}
        placeholder="e.g. weekly status report"
        maxLength={LIMITS.maxShortText}
      />
      <HoursInput
        label="Hours a week"
        value={task.hoursPerWeek}
        maxHours={LIMITS.hoursInWeek}
        onChange={(hoursPerWeek) => onChange({ ...task, hoursPerWeek })}
      />
      <div className="select-field">
        <label htmlFor={`${id}-value`}>Value</label>
        <select
          id={`${id}-value`}
          value={task.value}
          onChange={(event) => onChange({ ...task, value: event.target.value as TaskValue })}
        >
          {VALUES.map((value) => (
            <option key={value} value={value}>
              {VALUE_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="select-field task-decision">
        <label htmlFor={`${id}-decision`}>Decision</label>
        <select
          id={`${id}-decision`}
          value={task.decision ?? UNDECIDED}
          onChange={(event) =>
            onChange({
              ...task,
              decision:
                event.target.value === UNDECIDED ? null : (event.target.value as EdaDecision),
            })
          }
        >
          <option value={UNDECIDED}>Not decided yet</option>
          {DECISIONS.map((decision) => (
            <option key={decision} value={decision}>
              {DECISION_OPTIONS[decision]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="secondary-button small-button task-remove"
        onClick={() => onRemove(task.id)}
      >
        Remove<span className="visually-hidden"> task: {name}</span>
      </button>
    </li>
  );
});
