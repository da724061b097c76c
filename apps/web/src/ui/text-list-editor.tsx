import { memo, useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { TextItem } from '@trailmap/domain';
import { newItemId } from './new-id.ts';
import { ListItemActions } from './list-item-actions.tsx';

/**
 * An editable list of short texts (problems, outcomes, teams …): add with the
 * button or Enter, edit in place, move up or down, remove. Every item keeps
 * its id, so links to it survive reordering. The new item's field takes focus.
 */
export const TextListEditor = memo(function TextListEditor({
  label,
  hint,
  items,
  onChange,
  addLabel,
  placeholder,
  maxItems,
  maxLength,
  renderAfter,
}: {
  label: string;
  hint?: ReactNode;
  items: readonly TextItem[];
  onChange: (items: TextItem[]) => void;
  addLabel: string;
  placeholder?: string;
  maxItems: number;
  maxLength: number;
  /** Something shown under an item (e.g. feedback about it); `focus` puts the keyboard back in its field. */
  renderAfter?: (item: TextItem, index: number, focus: () => void) => ReactNode;
}) {
  const groupId = useId();
  const [focusId, setFocusId] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  useEffect(() => {
    if (focusId === null) return;
    inputs.current.get(focusId)?.focus();
    setFocusId(null);
  }, [focusId, items]);

  const add = (afterIndex = items.length - 1) => {
    if (items.length >= maxItems) return;
    const item = { id: newItemId(), text: '' };
    onChange([...items.slice(0, afterIndex + 1), item, ...items.slice(afterIndex + 1)]);
    setFocusId(item.id);
  };
  const set = (index: number, text: string) =>
    onChange(items.map((item, i) => (i === index ? { ...item, text } : item)));
  const remove = (index: number) => {
    const neighbour = items[index + 1] ?? items[index - 1];
    onChange(items.filter((_, i) => i !== index));
    if (neighbour) setFocusId(neighbour.id);
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const moving = items[index];
    const other = items[target];
    if (!moving || !other) return;
    const next = [...items];
    next[index] = other;
    next[target] = moving;
    onChange(next);
    setFocusId(moving.id);
  };

  return (
    <fieldset className="text-list" aria-describedby={hint ? `${groupId}-hint` : undefined}>
      <legend>{label}</legend>
      {hint && (
        <p id={`${groupId}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {items.length > 0 && (
        <ol className="text-list-items">
          {items.map((item, index) => (
            <li key={item.id} className="text-list-item">
              <input
                ref={(element) => {
                  if (element) inputs.current.set(item.id, element);
                  else inputs.current.delete(item.id);
                }}
                type="text"
                value={item.text}
                maxLength={maxLength}
                placeholder={placeholder}
                aria-label={`${label}, item ${index + 1} of ${items.length}`}
                onChange={(event) => set(index, event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    add(index);
                  }
                }}
              />
              <ListItemActions
                noun="item"
                index={index}
                count={items.length}
                label={item.text}
                onMove={(by) => move(index, by)}
                onRemove={() => remove(index)}
              />
              {renderAfter?.(item, index, () => inputs.current.get(item.id)?.focus())}
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="secondary-button"
        onClick={() => add()}
        disabled={items.length >= maxItems}
      >
        + {addLabel}
      </button>
      {items.length >= maxItems && (
        <p className="field-hint">That is the most this list holds ({maxItems}).</p>
      )}
    </fieldset>
  );
});
