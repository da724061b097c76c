import { LIMITS } from '@trailmap/domain';
import type { EdaDecision, RecurringTask, TaskValue } from '@trailmap/domain';
import { useId, useState } from 'react';

const DECISIONS: ReadonlyArray<{ value: EdaDecision; label: string }> = [
  { value: 'eliminate', label: 'Eliminate: stop doing it' },
  { value: 'delegate', label: 'Delegate: hand it to someone better placed' },
  { value: 'automate', label: 'Automate: let a tool do it' },
  { value: 'keep', label: 'Keep: it is worth my time' },
];
const VALUES: ReadonlyArray<{ value: TaskValue; label: string }> = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
];

/**
 * One recurring task: name, hours per week, value and decision. Its other
 * fields wait until it has a name, since a nameless task is not saved.
 */
export function TaskRow({
  index,
  task,
  maxHours,
  onChange,
}: {
  index: number;
  task: RecurringTask | undefined;
  maxHours: number;
  onChange: (patch: Partial<Omit<RecurringTask, 'id'>>) => void;
}) {
  const id = useId();
  const number = index + 1;
  return (
    <div className="task-row">
      <div className="text-field task-name">
        <label htmlFor={`${id}-name`}>Task {number}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={task?.name ?? ''}
          maxLength={LIMITS.maxShortText}
          placeholder={index === 0 ? 'e.g. weekly status report' : undefined}
          onChange={(event) => onChange({ name: event.target.value })}
        />
      </div>
      <HoursField
        id={`${id}-hours`}
        label={`Hours a week, task ${number}`}
        hours={task?.hoursPerWeek ?? 0}
        max={maxHours}
        disabled={!task}
        onChange={(hoursPerWeek) => onChange({ hoursPerWeek })}
      />
      <div className="text-field">
        <label htmlFor={`${id}-value`}>Value, task {number}</label>
        <select
          id={`${id}-value`}
          value={task?.value ?? 'medium'}
          disabled={!task}
          onChange={(event) => onChange({ value: event.target.value as TaskValue })}
        >
          {VALUES.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="text-field task-decision">
        <label htmlFor={`${id}-decision`}>Decision, task {number}</label>
        <select
          id={`${id}-decision`}
          value={task?.decision ?? ''}
          disabled={!task}
          onChange={(event) =>
            onChange({ decision: (event.target.value || null) as EdaDecision | null })
          }
        >
          <option value="">Not decided yet</option>
          {DECISIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/**
 * Hours as typed text, kept locally while it is not a number yet ("", "1.")
 * so the field never fights the typing; only whole readings reach the plan.
 */
function HoursField({
  id,
  label,
  hours,
  max,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  hours: number;
  max: number;
  disabled: boolean;
  onChange: (hours: number) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? String(hours);
  return (
    <div className="text-field task-hours">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        max={max}
        step={0.25}
        value={shown}
        disabled={disabled}
        onChange={(event) => {
          const raw = event.target.value;
          setText(raw);
          const value = Number(raw);
          if (raw.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= max)
            onChange(value);
        }}
        onBlur={() => setText(null)}
      />
    </div>
  );
}
