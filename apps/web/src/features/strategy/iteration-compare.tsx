import { diffWords, joinWords, pluralize } from '@trailmap/domain';
import type { IterationComparisonResponse } from '@trailmap/contracts';
import type {
  Strategy,
  StrategyComparison,
  StrategyIteration,
  ValueOverlap,
} from '@trailmap/domain';
import { keyOfIdSet } from '@trailmap/domain';
import { ChangeTag, DiffText } from './diff-text.tsx';
import { phraseOrPlaceholder } from './venn-legend.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatSavedAt = (iso: string) => dateFormat.format(new Date(iso));

/** "gratifying work reworded; 1 value added; …" — the changes in words, or null when none. */
export function summarizeChanges(changes: StrategyComparison): string | null {
  if (!changes.changed) return null;
  const parts: string[] = [];
  if (changes.gratifyingWork.changed) parts.push('the gratifying work was rewritten');
  const count = (n: number, noun: string, verb: string) => {
    if (n > 0) parts.push(`${pluralize(n, noun)} ${verb}`);
  };
  count(changes.values.added.length, 'value', 'added');
  count(changes.values.removed.length, 'value', 'removed');
  count(changes.values.changed.length, 'value', 'reworded');
  count(changes.overlaps.added.length, 'overlap line', 'added');
  count(changes.overlaps.removed.length, 'overlap line', 'removed');
  count(changes.overlaps.changed.length, 'overlap line', 'changed');
  const sentence = joinWords(parts);
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The values that meet, in the order the person listed them. */
const namesOf = (strategy: Strategy, overlap: ValueOverlap) =>
  strategy.values
    .map((value, index) => ({ value, index }))
    .filter(({ value }) => overlap.valueIds.includes(value.id))
    .map(({ value, index }) => phraseOrPlaceholder(value.phrase, index))
    .join(' + ');

function Side({
  iteration,
  changes,
  side,
}: {
  iteration: StrategyIteration;
  changes: StrategyComparison;
  side: 'before' | 'after';
}) {
  const { strategy } = iteration;
  const gone = side === 'before' ? changes.values.removed : changes.values.added;
  const goneOverlaps = side === 'before' ? changes.overlaps.removed : changes.overlaps.added;
  const isNewOrGone = (id: string) => gone.some((value) => value.id === id);
  const reworded = (id: string) => changes.values.changed.find((change) => change.id === id);
  const overlapChange = (overlap: ValueOverlap) =>
    changes.overlaps.changed.find(
      (change) => keyOfIdSet(change.valueIds) === keyOfIdSet(overlap.valueIds),
    );
  const movedTag = side === 'before' ? 'Removed' : 'New';
  const Mark = side === 'before' ? 'del' : 'ins';
  const label = side === 'before' ? 'Earlier' : 'Later';

  return (
    <div className="compare-side">
      <h4>
        {label}: {iteration.name}
        <span className="compare-date"> · saved {formatSavedAt(iteration.createdAt)}</span>
      </h4>
      <h5>Gratifying work</h5>
      <p className="compare-text">
        <DiffText parts={changes.gratifyingWork.diff} side={side} />
        {!strategy.gratifyingWork.trim() && <em>Not written.</em>}
      </p>
      <h5>Values</h5>
      <ul className="compare-list">
        {strategy.values.map((value, index) => {
          const change = reworded(value.id);
          return (
            <li key={value.id}>
              {isNewOrGone(value.id) ? (
                <>
                  <Mark>{phraseOrPlaceholder(value.phrase, index)}</Mark>{' '}
                  <ChangeTag>{movedTag}</ChangeTag>
                </>
              ) : change ? (
                <>
                  <DiffText
                    parts={diffWords(change.before.phrase, change.after.phrase)}
                    side={side}
                  />{' '}
                  <ChangeTag>Reworded</ChangeTag>
                </>
              ) : (
                phraseOrPlaceholder(value.phrase, index)
              )}
            </li>
          );
        })}
      </ul>
      <h5>Where values meet</h5>
      {strategy.overlaps.length === 0 && <p className="muted">No lines.</p>}
      <ul className="compare-list">
        {strategy.overlaps.map((overlap) => {
          const key = keyOfIdSet(overlap.valueIds);
          const change = overlapChange(overlap);
          const isMoved = goneOverlaps.some((other) => keyOfIdSet(other.valueIds) === key);
          return (
            <li key={key}>
              <strong>{namesOf(strategy, overlap)}</strong>:{' '}
              {isMoved ? (
                <>
                  <Mark>{overlap.line}</Mark> <ChangeTag>{movedTag}</ChangeTag>
                </>
              ) : change ? (
                <>
                  <DiffText parts={diffWords(change.before.line, change.after.line)} side={side} />{' '}
                  <ChangeTag>Changed</ChangeTag>
                </>
              ) : (
                overlap.line
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Two iterations side by side, what changed from the earlier to the later marked on each side. */
export function IterationCompare({ comparison }: { comparison: IterationComparisonResponse }) {
  const { a, b, changes } = comparison;
  const summary = summarizeChanges(changes);
  return (
    <section className="iteration-compare" aria-labelledby="compare-title">
      <h3 id="compare-title">
        “{a.name}” compared with “{b.name}”
      </h3>
      <p className="compare-summary" role="status">
        {summary ?? 'These two iterations say exactly the same thing.'}
      </p>
      <p className="field-hint">
        Struck-through words were in the earlier iteration only; underlined words are new in the
        later one.
      </p>
      <div className="compare-grid">
        <Side iteration={a} changes={changes} side="before" />
        <Side iteration={b} changes={changes} side="after" />
      </div>
    </section>
  );
}
