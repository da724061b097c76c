import { useEffect, useRef, useState } from 'react';
import {
  addStrategyValue,
  LIMITS,
  pluralize,
  quoteForMessage,
  removeStrategyValue,
} from '@trailmap/domain';
import type { Strategy } from '@trailmap/domain';
import { newItemId } from '../../ui/new-id.ts';

/**
 * The 3–5 values, each a short present-tense verb phrase. Removing a value
 * also removes the overlap lines that name it, in the same edit (the server
 * refuses overlaps of values that are gone), and says so.
 */
export function ValuesEditor({
  strategy,
  change,
}: {
  strategy: Strategy;
  change: (recipe: (strategy: Strategy) => Strategy) => void;
}) {
  const { values } = strategy;
  const [focusId, setFocusId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const inputs = useRef(new Map<string, HTMLInputElement>());
  useEffect(() => {
    if (focusId === null) return;
    inputs.current.get(focusId)?.focus();
    setFocusId(null);
  }, [focusId, values]);

  const add = () => {
    const value = { id: newItemId(), phrase: '' };
    change((current) => addStrategyValue(current, value));
    setFocusId(value.id);
  };
  const setPhrase = (id: string, phrase: string) =>
    change((current) => ({
      ...current,
      values: current.values.map((value) => (value.id === id ? { ...value, phrase } : value)),
    }));
  const remove = (index: number) => {
    const value = values[index];
    if (!value) return;
    const lines = strategy.overlaps.filter((overlap) => overlap.valueIds.includes(value.id)).length;
    change((current) => removeStrategyValue(current, value.id));
    setAnnouncement(
      `Removed ${quoteForMessage(value.phrase, 'an empty value')}${
        lines > 0 ? ` and ${pluralize(lines, 'line')} where it met other values` : ''
      }. Undo brings ${lines > 0 ? 'them' : 'it'} back.`,
    );
    const neighbour = values[index + 1] ?? values[index - 1];
    if (neighbour) setFocusId(neighbour.id);
  };
  const move = (index: number, by: -1 | 1) => {
    const moving = values[index];
    const other = values[index + by];
    if (!moving || !other) return;
    change((current) => {
      const next = [...current.values];
      next[index] = other;
      next[index + by] = moving;
      return { ...current, values: next };
    });
    setFocusId(moving.id);
  };

  return (
    <fieldset className="text-list values-editor" aria-describedby="values-hint">
      <legend>Your values, as verbs</legend>
      <p id="values-hint" className="field-hint">
        Three to five things you do, each starting with a present-tense verb: “builds trust”,
        “simplifies the complicated”, “teaches”. A verb describes how you act; a word like
        “integrity” only names a quality.
      </p>
      {values.length > 0 && (
        <ol className="text-list-items">
          {values.map((value, index) => (
            <li key={value.id} className="text-list-item">
              <input
                ref={(element) => {
                  if (element) inputs.current.set(value.id, element);
                  else inputs.current.delete(value.id);
                }}
                type="text"
                value={value.phrase}
                maxLength={LIMITS.maxShortText}
                placeholder="e.g. builds trust"
                aria-label={`Value ${index + 1} of ${values.length}`}
                onChange={(event) => setPhrase(value.id, event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    if (values.length < LIMITS.maxValues) add();
                  }
                }}
              />
              <div className="text-list-actions">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move value ${index + 1} up`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move value ${index + 1} down`}
                  disabled={index === values.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove value ${index + 1}${value.phrase ? `: ${value.phrase}` : ''}`}
                  onClick={() => remove(index)}
                >
                  ✕
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="secondary-button"
        onClick={add}
        disabled={values.length >= LIMITS.maxValues}
      >
        + Add a value
      </button>
      <p className="field-hint values-count">
        {values.length >= LIMITS.maxValues
          ? `That is the most a strategy holds (${LIMITS.maxValues}): fewer values make a sharper compass.`
          : values.length < LIMITS.minValuesForComplete
            ? `${pluralize(values.length, 'value')} so far; a complete strategy has at least ${LIMITS.minValuesForComplete}.`
            : `${pluralize(values.length, 'value')}: enough for a complete strategy.`}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
