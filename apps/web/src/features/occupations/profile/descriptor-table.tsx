import { useId, useState } from 'react';
import type { OccupationProfile } from '@trailmap/contracts';

type Descriptor = OccupationProfile['skills'][number];

/** A value as a bar beside its number; the number is the text, the bar only repeats it. */
export function ScoreBar({ value, max }: { value: number | null; max: number }) {
  if (value === null) return <span className="muted">—</span>;
  return (
    <span className="score-bar">
      <span className="score-bar-track" aria-hidden="true">
        <span
          className="score-bar-fill"
          style={{ width: `${Math.max(0, Math.min(1, value / max)) * 100}%` }}
        />
      </span>
      <span className="score-bar-value">{value.toFixed(1)}</span>
    </span>
  );
}

/**
 * Ratings of one family (skills, knowledge, work styles) as a table: the most
 * important first, each with importance (1–5) and, where rated, level (0–7).
 * The table is the chart: bars repeat the numbers beside them.
 */
export function DescriptorTable({
  caption,
  descriptors,
  shown = 10,
}: {
  caption: string;
  descriptors: readonly Descriptor[];
  shown?: number;
}) {
  const id = useId();
  const [all, setAll] = useState(false);
  if (descriptors.length === 0) return <p className="muted">O*NET has not rated this yet.</p>;
  const sorted = [...descriptors].sort((a, b) => (b.importance ?? 0) - (a.importance ?? 0));
  const rows = all ? sorted : sorted.slice(0, shown);
  const hasLevel = sorted.some((d) => d.level !== null);
  return (
    // Focusable so a keyboard can scroll it when a narrow screen cuts it off.
    <div className="descriptor-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="descriptor-table" id={id}>
        <caption className="visually-hidden">
          {caption}: importance from 1 to 5{hasLevel ? ' and level from 0 to 7' : ''}, most
          important first
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Importance (1–5)</th>
            {hasLevel && <th scope="col">Level (0–7)</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.elementId}>
              <th scope="row">
                <span className="descriptor-name" title={d.description}>
                  {d.name}
                </span>
              </th>
              <td>
                <ScoreBar value={d.importance} max={5} />
              </td>
              {hasLevel && (
                <td>
                  <ScoreBar value={d.level} max={7} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > shown && (
        <button
          type="button"
          className="link-button"
          aria-controls={id}
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? `Show the top ${shown} only` : `Show all ${sorted.length}`}
        </button>
      )}
    </div>
  );
}
