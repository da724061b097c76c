import { memo, useId } from 'react';
import type { ReactNode, RefObject } from 'react';

/**
 * A labelled text input or text area with an optional hint and a character
 * count that appears near the limit. The hint is tied to the input so screen
 * readers read it with the label.
 */
export const TextField = memo(function TextField({
  label,
  value,
  onChange,
  hint,
  multiline = false,
  rows = 3,
  maxLength,
  placeholder,
  labelHidden = false,
  className,
  problem,
  inputRef,
  secret = false,
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  labelHidden?: boolean;
  className?: string;
  /** A problem with what was typed, said in words that tell what to change. */
  problem?: string | null;
  /** The input or text area itself, e.g. to select words in it. */
  inputRef?: RefObject<HTMLTextAreaElement | HTMLInputElement | null>;
  /** A one-line field whose text is not shown or remembered by the browser (a key). */
  secret?: boolean;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const countId = `${id}-count`;
  const nearLimit = maxLength !== undefined && value.length > maxLength * 0.8;
  const describedBy = [hintId, problemId, nearLimit ? countId : undefined]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    ref: inputRef
      ? (element: HTMLTextAreaElement | HTMLInputElement | null) => {
          inputRef.current = element;
        }
      : undefined,
    value,
    maxLength,
    placeholder,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': problem ? true : undefined,
  };
  return (
    <div className={['text-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={secret ? 'password' : 'text'}
          autoComplete={secret ? 'off' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {problem && (
        <p id={problemId} className="field-problem">
          {problem}
        </p>
      )}
      {nearLimit && (
        <p id={countId} className="field-count">
          {value.length} of {maxLength} characters
        </p>
      )}
    </div>
  );
});
