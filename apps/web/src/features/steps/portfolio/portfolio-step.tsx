import { useEffect, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { LIMITS } from '@trailmap/domain';
import type { PortfolioEntry, PortfolioLane } from '@trailmap/domain';
import { newItemId } from '../../../ui/new-id.ts';
import { StepFrame } from '../../workspace/step-frame.tsx';
import { usePlanDraft, useStep } from '../../workspace/plan-workspace.tsx';
import type { MoveControl } from './portfolio-entry-card.tsx';
import { PortfolioLaneColumn } from './portfolio-lane-column.tsx';
import {
  LANES,
  LANE_TITLES,
  createPortfolioEntry,
  entriesInLane,
  moveEntryToLane,
} from './portfolio-lanes.ts';
import type { EntryOccupationProps, PortfolioSuggestion } from './portfolio-lanes.ts';
import { CoachPanel } from '../../coach/coach-panel.tsx';
import '../steps.css';
import '../step-cards.css';
import './portfolio.css';

interface FocusRequest {
  readonly entryId: string;
  readonly control: MoveControl | 'title';
}

/**
 * Step 6: a portfolio of pathways in four lanes, rather than one ladder.
 * Occupational data plugs in through `suggestions` (shown in each lane, one
 * click adds one), `intro` (shown above the board) and `entryOccupation`
 * (drawn in each card, e.g. the AI-exposure figures of its occupation).
 */
export function PortfolioStep({
  suggestions,
  intro,
  entryOccupation,
}: {
  suggestions?: Partial<Record<PortfolioLane, readonly PortfolioSuggestion[]>>;
  intro?: ReactNode;
  entryOccupation?: ComponentType<EntryOccupationProps>;
} = {}) {
  const draft = usePlanDraft();
  const [portfolio, change] = useStep('portfolio');
  const skills = draft.content.steps.skills.skills;
  const [announcement, setAnnouncement] = useState('');
  // A moved card is drawn again in its new lane; focus follows it there.
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  useEffect(() => {
    if (focus === null) return;
    const card = document.querySelector(`[data-entry-id="${focus.entryId}"]`);
    const wanted =
      focus.control === 'title'
        ? card?.querySelector<HTMLElement>('input')
        : card?.querySelector<HTMLElement>(`[data-focus="${focus.control}"]:not(:disabled)`);
    (wanted ?? card?.querySelector<HTMLElement>('[data-focus="lane"]'))?.focus();
    setFocus(null);
  }, [focus]);

  const canAdd = portfolio.entries.length < LIMITS.maxPortfolioEntries;
  const add = (lane: PortfolioLane, seed?: PortfolioSuggestion) => {
    const entry = createPortfolioEntry(newItemId(), lane, seed);
    change((current) => ({ ...current, entries: [...current.entries, entry] }));
    setFocus({ entryId: entry.id, control: 'title' });
  };
  const update = (entry: PortfolioEntry) =>
    change((current) => ({
      ...current,
      entries: current.entries.map((item) => (item.id === entry.id ? entry : item)),
    }));
  const move = (id: string, lane: PortfolioLane, control: MoveControl) => {
    const entry = portfolio.entries.find((item) => item.id === id);
    change((current) => ({ ...current, entries: moveEntryToLane(current.entries, id, lane) }));
    setAnnouncement(`Moved ${entry?.title.trim() || 'the role'} to ${LANE_TITLES[lane]}.`);
    setFocus({ entryId: id, control });
  };
  const remove = (id: string) =>
    change((current) => ({
      ...current,
      entries: current.entries.filter((item) => item.id !== id),
    }));
  const positionOf = (id: string) => portfolio.entries.findIndex((entry) => entry.id === id);

  return (
    <StepFrame
      screen="portfolio"
      part="portfolio"
      aside={<CoachPanel step="portfolio" />}
      lede={
        <p>
          A career rarely climbs one ladder. Lay out several pathways side by side: the next logical
          step, the role you would most like in a few years, moves into neighbouring teams or
          industries, and moves across functions. For each, mark which of your critical skills it
          would grow; a path that grows none deserves a second look.
        </p>
      }
      examples={
        <ul>
          <li>
            Next step: “Senior operations analyst”, building process redesign and data storytelling.
          </li>
          <li>Ideal role: “Head of operational excellence”.</li>
          <li>Adjacent: “Supply-chain improvement lead in a retailer”.</li>
          <li>
            Cross-functional: “Product manager for internal tools”, building stakeholder influence.
          </li>
        </ul>
      }
    >
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {intro}
      <section className="step-section" aria-labelledby="board-title">
        <h2 id="board-title">Your pathways</h2>
        <p className="field-hint">
          Move a role between lanes with its lane list or the arrow buttons.
        </p>
        <div className="portfolio-board">
          {LANES.map((info) => (
            <PortfolioLaneColumn
              key={info.lane}
              info={info}
              entries={entriesInLane(portfolio.entries, info.lane)}
              positionOf={positionOf}
              skills={skills}
              canAdd={canAdd}
              suggestions={suggestions?.[info.lane]}
              onAdd={(seed) => add(info.lane, seed)}
              onChange={update}
              onMove={move}
              onRemove={remove}
              entryOccupation={entryOccupation}
            />
          ))}
        </div>
        {!canAdd && (
          <p className="field-hint">
            {LIMITS.maxPortfolioEntries} roles is the most the board holds: keep the pathways you
            would really consider.
          </p>
        )}
      </section>
    </StepFrame>
  );
}
