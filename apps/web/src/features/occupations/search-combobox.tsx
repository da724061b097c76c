import { useId, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { ApiError } from '../../api/client.ts';
import { OccupationDataNotice } from './onet-notices.tsx';
import { useDebounced, useResource } from './use-resource.ts';

/**
 * A search box with suggestions (the ARIA 1.2 combobox pattern): type, move
 * through the results with ↑/↓, Enter picks, Escape closes. Results come from
 * the server a moment after typing stops; when the data is missing the box
 * says how to add it.
 */
export function SearchCombobox<T>({
  label,
  hint,
  placeholder,
  search,
  keyOf,
  renderOption,
  onPick,
  disabled = false,
  initialQuery = '',
  clearOnPick = true,
  renderError,
  scope = '',
}: {
  label: ReactNode;
  hint?: ReactNode;
  placeholder?: string;
  search: (query: string) => Promise<readonly T[]>;
  keyOf: (item: T) => string;
  renderOption: (item: T) => ReactNode;
  onPick: (item: T) => void;
  disabled?: boolean;
  initialQuery?: string;
  clearOnPick?: boolean;
  renderError?: (error: ApiError) => ReactNode;
  /** What else the search depends on (e.g. a filter): a new scope searches the same words again. */
  scope?: string;
}) {
  const id = useId();
  const [text, setText] = useState(initialQuery);
  const [open, setOpen] = useState(initialQuery !== '');
  const [active, setActive] = useState(-1);
  const query = useDebounced(text.trim(), 250);
  const resource = useResource(query === '' ? null : `${scope}|q:${query}`, () => search(query));
  const results = resource.status === 'ready' ? resource.data : [];
  const expanded = open && results.length > 0 && text.trim() !== '';

  const pick = (item: T | undefined) => {
    if (!item) return;
    onPick(item);
    setOpen(false);
    setActive(-1);
    if (clearOnPick) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (results.length === 0) return;
      const by = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + by + results.length) % results.length);
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      pick(results[Math.max(active, 0)]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const status =
    query === '' || text.trim() === ''
      ? ''
      : resource.status === 'loading'
        ? 'Searching…'
        : resource.status === 'ready'
          ? results.length === 0
            ? 'Nothing found; try other words.'
            : `${results.length} result${results.length === 1 ? '' : 's'}; use the arrow keys to choose.`
          : '';

  return (
    <div className="search-combobox">
      <label htmlFor={`${id}-input`}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="search-combobox-field">
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-describedby={hint ? `${id}-hint ${id}-status` : `${id}-status`}
          aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          value={text}
          placeholder={placeholder}
          disabled={disabled}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label="Results"
          className="search-results"
          hidden={!expanded}
        >
          {expanded &&
            results.map((item, index) => (
              <li
                key={keyOf(item)}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'search-option active' : 'search-option'}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(item)}
              >
                {renderOption(item)}
              </li>
            ))}
        </ul>
      </div>
      <p id={`${id}-status`} className="visually-hidden" role="status">
        {status}
      </p>
      {text.trim() !== '' && open && status.startsWith('Nothing') && (
        <p className="field-hint">{status}</p>
      )}
      {resource.status === 'error' &&
        (renderError ? (
          renderError(resource.error)
        ) : (
          <OccupationDataNotice error={resource.error} />
        ))}
    </div>
  );
}
