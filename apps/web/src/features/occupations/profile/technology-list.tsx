import { useId, useState } from 'react';
import type { OccupationProfile } from '@trailmap/contracts';

type Technology = OccupationProfile['technology'][number];

/** Hot technologies first (employers ask for them most), then the rest, by name. */
export function orderTechnology(items: readonly Technology[]): Technology[] {
  return [...items].sort(
    (a, b) =>
      Number(b.hot) - Number(a.hot) ||
      Number(b.inDemand) - Number(a.inDemand) ||
      a.example.localeCompare(b.example),
  );
}

/** The software and tools the role uses, hot technologies flagged in words, not colour alone. */
export function TechnologyList({
  items,
  shown = 24,
}: {
  items: readonly Technology[];
  shown?: number;
}) {
  const id = useId();
  const [all, setAll] = useState(false);
  if (items.length === 0) return <p className="muted">None listed.</p>;
  const ordered = orderTechnology(items);
  const hot = ordered.filter((t) => t.hot).length;
  const visible = all ? ordered : ordered.slice(0, shown);
  return (
    <>
      <p className="muted">
        {items.length} listed, {hot} of them hot technologies (often named in job postings).
      </p>
      <ul className="tech-list" id={id}>
        {visible.map((t) => (
          <li
            key={`${t.commodityCode}:${t.example}`}
            className={t.hot ? 'tech-item hot' : 'tech-item'}
          >
            <span>{t.example}</span>
            {t.hot && <span className="tech-badge">Hot</span>}
            {t.inDemand && <span className="tech-badge">In demand</span>}
            <span className="visually-hidden">, {t.commodityTitle}</span>
          </li>
        ))}
      </ul>
      {ordered.length > shown && (
        <button
          type="button"
          className="link-button"
          aria-controls={id}
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? 'Show fewer' : `Show all ${ordered.length}`}
        </button>
      )}
    </>
  );
}
