import { useState } from 'react';
import { LIMITS, pluralize, quoteForMessage, removeStrategyValue } from '@trailmap/domain';
import type { Strategy, TextItem } from '@trailmap/domain';
import { TextListEditor } from '../../ui/text-list-editor.tsx';
import { ValueSuggestions } from '../coach/value-suggestions.tsx';
import type { StrategyChange } from './overlap-editors.tsx';

/**
 * The 3–5 values, each a short present-tense verb phrase, in the shared list
 * editor. A value that leaves the list takes the overlap lines that name it
 * along, in the same edit (the server refuses overlaps of values that are
 * gone), and the page says so.
 */
export function ValuesEditor({ strategy, change }: { strategy: Strategy; change: StrategyChange }) {
  const [announcement, setAnnouncement] = useState('');
  const { values } = strategy;
  const items = values.map((value) => ({ id: value.id, text: value.phrase }));

  const onChange = (next: TextItem[]) => {
    const kept = new Set(next.map((item) => item.id));
    const removed = values.filter((value) => !kept.has(value.id));
    const lines = strategy.overlaps.filter((overlap) =>
      overlap.valueIds.some((id) => removed.some((value) => value.id === id)),
    ).length;
    change((current) => ({
      ...removed.reduce((acc, value) => removeStrategyValue(acc, value.id), current),
      values: next.map((item) => ({ id: item.id, phrase: item.text })),
    }));
    if (removed[0])
      setAnnouncement(
        `Removed ${quoteForMessage(removed[0].phrase, 'an empty value')}${
          lines > 0 ? ` and ${pluralize(lines, 'line')} where it met other values` : ''
        }. Undo brings ${lines > 0 ? 'them' : 'it'} back.`,
      );
  };

  return (
    <>
      <TextListEditor
        label="Your values, as verbs"
        hint="Three to five things you do, each starting with a present-tense verb: “builds trust”, “simplifies the complicated”, “teaches”. A verb describes how you act; a word like “integrity” only names a quality."
        items={items}
        onChange={onChange}
        addLabel="Add a value"
        placeholder="e.g. builds trust"
        maxItems={LIMITS.maxValues}
        maxLength={LIMITS.maxShortText}
        renderAfter={(item, index, focus) => (
          <ValueSuggestions index={index} phrase={item.text} onAccepted={focus} />
        )}
      />
      <p className="field-hint">
        {values.length < LIMITS.minValuesForComplete
          ? `${pluralize(values.length, 'value')} so far; a complete strategy has at least ${LIMITS.minValuesForComplete}.`
          : `${pluralize(values.length, 'value')}: enough for a complete strategy. Fewer values make a sharper compass.`}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
