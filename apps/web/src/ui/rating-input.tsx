import { memo, useId } from 'react';
import type { ReactNode } from 'react';
import type { Rating } from '@trailmap/domain';

const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

/**
 * A 1–5 self-rating as a group of radio buttons (arrow keys move between
 * them), with words for both ends so the scale means something.
 */
export const RatingInput = memo(function RatingInput({
  label,
  hint,
  value,
  onChange,
  low = 'Not yet',
  high = 'Outstanding',
}: {
  label: ReactNode;
  hint?: ReactNode;
  value: Rating | null;
  onChange: (value: Rating | null) => void;
  low?: string;
  high?: string;
}) {
  const name = useId();
  return (
    <fieldset className="rating" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{label}</legend>
      {hint && (
        <p id={`${name}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="rating-scale">
        <span className="rating-end" aria-hidden="true">
          {low}
        </span>
        {RATINGS.map((rating) => (
          <label key={rating} className="rating-option">
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() => onChange(rating)}
            />
            <span>
              {rating}
              {rating === 1 && <span className="visually-hidden"> ({low})</span>}
              {rating === 5 && <span className="visually-hidden"> ({high})</span>}
            </span>
          </label>
        ))}
        <span className="rating-end" aria-hidden="true">
          {high}
        </span>
        {value !== null && (
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            Clear
          </button>
        )}
      </div>
    </fieldset>
  );
});
