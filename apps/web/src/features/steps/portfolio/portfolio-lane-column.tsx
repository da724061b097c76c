import type { ComponentType } from 'react';
import type { CriticalSkill, PortfolioEntry, PortfolioLane } from '@trailmap/domain';
import { PortfolioEntryCard } from './portfolio-entry-card.tsx';
import { SuggestionFacts } from './suggestion-facts.tsx';
import type { MoveControl } from './portfolio-entry-card.tsx';
import type { EntryOccupationProps, LaneInfo, PortfolioSuggestion } from './portfolio-lanes.ts';

/** One lane of the board: its purpose, its entries, a way to add one, and any suggestions. */
export function PortfolioLaneColumn({
  info,
  entries,
  positionOf,
  skills,
  canAdd,
  suggestions = [],
  onAdd,
  onChange,
  onMove,
  onRemove,
  entryOccupation,
}: {
  info: LaneInfo;
  entries: readonly PortfolioEntry[];
  /** The entry's place in the whole portfolio, for its fallback name. */
  positionOf: (id: string) => number;
  skills: readonly CriticalSkill[];
  canAdd: boolean;
  /** From occupational data once it is wired in; none until then. */
  suggestions?: readonly PortfolioSuggestion[];
  onAdd: (seed?: PortfolioSuggestion) => void;
  onChange: (entry: PortfolioEntry) => void;
  onMove: (id: string, lane: PortfolioLane, control: MoveControl) => void;
  onRemove: (id: string) => void;
  entryOccupation?: ComponentType<EntryOccupationProps>;
}) {
  const headingId = `lane-${info.lane}`;
  const over = info.suggestedMax !== null && entries.length > info.suggestedMax;
  return (
    <section className="portfolio-lane" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {info.title} <span className="lane-count">({entries.length})</span>
      </h3>
      <p className="field-hint">{info.hint}</p>
      {over && (
        <p className="field-hint lane-over">
          The method suggests at most {info.suggestedMax} here: keep the strongest.
        </p>
      )}
      {entries.length > 0 && (
        <ul className="portfolio-cards" aria-labelledby={headingId}>
          {entries.map((entry) => (
            <PortfolioEntryCard
              key={entry.id}
              entry={entry}
              index={positionOf(entry.id)}
              skills={skills}
              onChange={onChange}
              onMove={(lane, control) => onMove(entry.id, lane, control)}
              onRemove={() => onRemove(entry.id)}
              occupation={entryOccupation}
            />
          ))}
        </ul>
      )}
      {suggestions.length > 0 && (
        <div className="lane-suggestions">
          <h4>Suggested from roles that use your skills</h4>
          <ul>
            {suggestions.map((suggestion) => (
              <li key={suggestion.occupationCode} className="lane-suggestion">
                <button
                  type="button"
                  className="link-button"
                  disabled={!canAdd}
                  onClick={() => onAdd(suggestion)}
                >
                  Add {suggestion.title}
                </button>{' '}
                <span className="field-hint">{suggestion.reason}</span>
                <SuggestionFacts suggestion={suggestion} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        className="secondary-button small-button"
        disabled={!canAdd}
        onClick={() => onAdd()}
      >
        + Add to {info.title.toLowerCase()}
      </button>
    </section>
  );
}
