import type { Strategy } from '@trailmap/domain';
import { overlapLineOf, overlapSetsOf } from '@trailmap/domain';
import { wrapText } from './venn-text.ts';

/**
 * The words of the diagram written out under it in an exported file, so the
 * file says everything the screen does: the whole statement, every value in
 * full, and each numbered overlap's line.
 */

export interface LegendRow {
  readonly kind: 'heading' | 'text';
  readonly text: string;
}

export const LEGEND_LINE_HEIGHT = 17;
const LEGEND_CHARS = 58;

export const phraseOrPlaceholder = (phrase: string, index: number) =>
  phrase.trim() || `Value ${index + 1}`;

export function legendRows(strategy: Strategy): LegendRow[] {
  const rows: LegendRow[] = [];
  const text = (value: string, maxLines = 8) =>
    wrapText(value, LEGEND_CHARS, maxLines).forEach((line) =>
      rows.push({ kind: 'text', text: line }),
    );
  rows.push({ kind: 'heading', text: 'The work I find most gratifying' });
  text(strategy.gratifyingWork.trim() || 'Not written yet.', 12);
  rows.push({ kind: 'heading', text: 'My values' });
  strategy.values.forEach((value, index) =>
    text(`• ${phraseOrPlaceholder(value.phrase, index)}`, 4),
  );
  const inDiagram = strategy.values.slice(0, 4);
  const phraseOf = (id: string) => {
    const index = inDiagram.findIndex((value) => value.id === id);
    return phraseOrPlaceholder(inDiagram[index]?.phrase ?? '', index);
  };
  const written = overlapSetsOf(inDiagram.map((value) => value.id))
    .map((ids, index) => ({ ids, number: index + 1, line: overlapLineOf(strategy, ids) }))
    .filter((entry) => entry.line.trim() !== '');
  if (written.length > 0) {
    rows.push({ kind: 'heading', text: 'Where my values meet' });
    for (const entry of written)
      text(`${entry.number}. ${entry.ids.map(phraseOf).join(' + ')}: ${entry.line.trim()}`, 6);
  }
  return rows;
}
