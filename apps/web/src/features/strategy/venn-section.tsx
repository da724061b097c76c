import { useCallback, useDeferredValue, useRef, useState } from 'react';
import type { Strategy } from '@trailmap/domain';
import { keyOfIdSet, overlapLineOf, overlapSetsOf } from '@trailmap/domain';
import { OverlapEditors } from './overlap-editors.tsx';
import type { StrategyChange } from './overlap-editors.tsx';
import { diagramValuesOf, VennDiagram } from './venn-diagram.tsx';
import { phraseOrPlaceholder } from './venn-legend.ts';

/**
 * The diagram, its export buttons and the overlap lines. The figure keeps its
 * size while the values are fewer than two (an empty frame with a note), so
 * the page does not jump when the second value arrives.
 */
export function VennSection({ strategy, change }: { strategy: Strategy; change: StrategyChange }) {
  const [active, setActive] = useState<string | null>(null);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>()).current;
  const pick = useCallback((key: string) => inputs.get(key)?.focus(), [inputs]);
  // The drawing follows the typing a frame behind, in a render React can
  // interrupt: a keystroke in any strategy field paints first.
  const drawn = useDeferredValue(strategy);
  const values = diagramValuesOf(drawn);
  const drawable = values.length >= 2;
  // The buttons and the overlap fields follow the strategy itself.
  const editable = diagramValuesOf(strategy).length >= 2;

  const exportAs = async (kind: 'svg' | 'png') => {
    setExportProblem(null);
    try {
      // Loaded on demand: a person who never exports never downloads this code.
      const { downloadVennPng, downloadVennSvg } = await import('./venn-export.ts');
      if (kind === 'svg') downloadVennSvg(strategy, 'trailmap-strategy.svg');
      else await downloadVennPng(strategy, 'trailmap-strategy.png');
    } catch (error) {
      setExportProblem(error instanceof Error ? error.message : 'The export did not work.');
    }
  };

  return (
    <>
      <figure className="venn-figure" aria-describedby="venn-words">
        {drawable ? (
          <VennDiagram strategy={drawn} activeKey={active} onPick={pick} />
        ) : (
          <div className="venn-empty">
            <p>Add at least two values above and the diagram draws itself here.</p>
          </div>
        )}
        <figcaption className="field-hint">
          {values.length === 4 && drawn.values.length > 4
            ? 'The diagram draws your first four values; move a value up to put it in. '
            : ''}
          Numbered markers show where values meet; dashed ones have no line yet.
        </figcaption>
        {drawable && (
          <ul id="venn-words" className="visually-hidden">
            <li>Centre: {drawn.gratifyingWork.trim() || 'gratifying work not written yet'}</li>
            {overlapSetsOf(values.map((value) => value.id)).map((ids, index) => (
              <li key={keyOfIdSet(ids)}>
                Region {index + 1},{' '}
                {ids
                  .map((id) =>
                    phraseOrPlaceholder(
                      values.find((value) => value.id === id)?.phrase ?? '',
                      values.findIndex((value) => value.id === id),
                    ),
                  )
                  .join(' + ')}
                : {overlapLineOf(drawn, ids) || 'no line yet'}
              </li>
            ))}
          </ul>
        )}
      </figure>
      <div className="venn-export">
        {(['svg', 'png'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className="secondary-button"
            disabled={!editable}
            onClick={() => void exportAs(kind)}
          >
            Download diagram as {kind.toUpperCase()}
          </button>
        ))}
        {exportProblem && (
          <p className="field-problem" role="alert">
            {exportProblem}
          </p>
        )}
      </div>
      {editable && (
        <>
          <h3 className="overlap-title">Where your values meet</h3>
          <p className="field-hint">
            For each numbered region, write one short line: what happens when you do these things at
            once. The region lights up in the diagram while you write.
          </p>
          <OverlapEditors
            strategy={strategy}
            change={change}
            onActive={setActive}
            inputs={inputs}
          />
        </>
      )}
    </>
  );
}
