import { useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { formatHours } from '@trailmap/domain';
import { readHours } from './read-hours.ts';

/**
 * An hours-per-week field. What is typed stays on screen as typed; only a
 * readable number in range reaches the plan, so a half-typed or impossible
 * figure never produces a save the server refuses. A problem found across
 * fields (the week adds up to more than 168) comes in as `problem`.
 */
export function HoursInput({
  label,
  value,
  onChange,
  maxHours,
  hint,
  problem,
  className,
}: {
  label: ReactNode;
  value: number;
  onChange: (hours: number) => void;
  maxHours: number;
  hint?: ReactNode;
  problem?: string | null;
  className?: string;
}) {
  const id = useId();
  const [text, setText] = useState(() => formatHours(value));
  // The plan changed from elsewhere (undo, another tab): show its figure.
  useEffect(() => {
    setText((current) => {
      const reading = readHours(current, maxHours);
      return reading.ok && reading.hours === value ? current : formatHours(value);
    });
  }, [value, maxHours]);

  const reading = readHours(text, maxHours);
  const message = reading.ok ? (problem ?? null) : reading.problem;
  const describedBy = [hint ? `${id}-hint` : '', message ? `${id}-problem` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={['hours-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        max={maxHours}
        step={0.25}
        value={text}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const parsed = readHours(next, maxHours);
          if (parsed.ok && parsed.hours !== value) onChange(parsed.hours);
        }}
        onBlur={() => {
          // Show the quarter hour that was kept (1.3 → 1.25).
          if (reading.ok) setText(formatHours(reading.hours));
        }}
      />
      {message && (
        <p id={`${id}-problem`} className="field-problem">
          {message}
        </p>
      )}
    </div>
  );
}
