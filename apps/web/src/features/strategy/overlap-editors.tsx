import { keyOfIdSet, LIMITS, overlapSetsOf, setOverlapLine } from '@trailmap/domain';
import type { Strategy } from '@trailmap/domain';
import { diagramValuesOf } from './venn-diagram.tsx';
import { phraseOrPlaceholder } from './venn-legend.ts';

export type StrategyChange = (recipe: (strategy: Strategy) => Strategy) => void;

/**
 * One field per region of the diagram where values meet, numbered like the
 * markers in the diagram. Focusing a field shades its region; clicking a
 * marker focuses its field (the parent keeps the inputs by region key).
 */
export function OverlapEditors({
  strategy,
  change,
  onActive,
  inputs,
}: {
  strategy: Strategy;
  change: StrategyChange;
  onActive: (key: string | null) => void;
  /** Filled with each region's input, by region key, so a marker can focus it. */
  inputs: Map<string, HTMLInputElement>;
}) {
  const values = diagramValuesOf(strategy);
  const phraseOf = (id: string) => {
    const index = values.findIndex((value) => value.id === id);
    return phraseOrPlaceholder(values[index]?.phrase ?? '', index);
  };
  const inDiagram = new Set(
    overlapSetsOf(values.map((value) => value.id)).map((ids) => keyOfIdSet(ids)),
  );
  // Lines kept for a value that was moved below the fourth place: not drawn, still stored.
  const hidden = strategy.overlaps.filter(
    (overlap) => !inDiagram.has(keyOfIdSet(overlap.valueIds)),
  );
  const allPhrases = (ids: readonly string[]) =>
    ids
      .map((id) => {
        const index = strategy.values.findIndex((value) => value.id === id);
        return phraseOrPlaceholder(strategy.values[index]?.phrase ?? '', index);
      })
      .join(' + ');

  return (
    <div className="overlap-editors">
      <ol className="overlap-list">
        {overlapSetsOf(values.map((value) => value.id)).map((ids, index) => {
          const key = keyOfIdSet(ids);
          const line = strategy.overlaps.find(
            (overlap) => keyOfIdSet(overlap.valueIds) === key,
          )?.line;
          const id = `overlap-${index + 1}`;
          return (
            <li key={key} className="overlap-item text-field">
              <label htmlFor={id}>
                <span className="overlap-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="visually-hidden">Region {index + 1}: </span>
                {ids.map(phraseOf).join(' + ')}
              </label>
              <input
                id={id}
                type="text"
                value={line ?? ''}
                maxLength={LIMITS.maxShortText}
                placeholder={
                  ids.length === 2 ? 'When both meet, I …' : `When all ${ids.length} meet, I …`
                }
                ref={(element) => {
                  if (element) inputs.set(key, element);
                  else inputs.delete(key);
                }}
                onFocus={() => onActive(key)}
                onBlur={() => onActive(null)}
                onChange={(event) =>
                  change((current) => setOverlapLine(current, ids, event.target.value))
                }
              />
            </li>
          );
        })}
      </ol>
      {hidden.length > 0 && (
        <div className="overlap-hidden">
          <p className="field-hint">
            Kept for a value outside the diagram (only the first four values are drawn; move a value
            up to draw it):
          </p>
          <ul>
            {hidden.map((overlap) => (
              <li key={keyOfIdSet(overlap.valueIds)}>
                <strong>{allPhrases(overlap.valueIds)}</strong>: {overlap.line}{' '}
                <button
                  type="button"
                  className="secondary-button small-button"
                  onClick={() => change((current) => setOverlapLine(current, overlap.valueIds, ''))}
                >
                  Remove this line
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
