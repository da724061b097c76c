import { useId } from 'react';
import type { ComponentType } from 'react';
import { LIMITS } from '@trailmap/domain';
import type { CriticalSkill, PortfolioEntry, PortfolioLane } from '@trailmap/domain';
import { TextField } from '../../../ui/text-field.tsx';
import { LANES, LANE_TITLES, neighbourLane, toggleSkill } from './portfolio-lanes.ts';
import type { EntryOccupationProps } from './portfolio-lanes.ts';

/** Which control had focus when an entry moved, so focus can follow it to its new lane. */
export type MoveControl = 'lane' | 'previous' | 'next';

/**
 * One role on the board. It moves between lanes with the lane select or the
 * two move buttons: the keyboard way, with no dragging needed.
 */
export function PortfolioEntryCard({
  entry,
  index,
  skills,
  onChange,
  onMove,
  onRemove,
  occupation: Occupation,
}: {
  entry: PortfolioEntry;
  index: number;
  skills: readonly CriticalSkill[];
  onChange: (entry: PortfolioEntry) => void;
  onMove: (lane: PortfolioLane, control: MoveControl) => void;
  onRemove: () => void;
  /** What occupational data says about the role, when the card is linked to an occupation. */
  occupation?: ComponentType<EntryOccupationProps>;
}) {
  const id = useId();
  const name = entry.title.trim() || `Role ${index + 1}`;
  const previous = neighbourLane(entry.lane, -1);
  const next = neighbourLane(entry.lane, 1);
  const allSkillIds = skills.map((skill) => skill.id);

  return (
    <li className="step-card" data-entry-id={entry.id}>
      <section aria-labelledby={`${id}-heading`}>
        <div className="card-heading">
          <h4 id={`${id}-heading`}>{name}</h4>
          <button type="button" className="secondary-button small-button" onClick={onRemove}>
            Remove<span className="visually-hidden"> role: {name}</span>
          </button>
        </div>
        <TextField
          label="Role"
          value={entry.title}
          onChange={(title) => onChange({ ...entry, title })}
          placeholder="e.g. Operations strategy lead"
          maxLength={LIMITS.maxShortText}
        />
        <TextField
          label="Notes"
          value={entry.notes}
          onChange={(notes) => onChange({ ...entry, notes })}
          multiline
          rows={2}
          placeholder="e.g. who holds this role today; what it would take"
          maxLength={LIMITS.maxLongText}
        />
        {Occupation && <Occupation entry={entry} name={name} />}
        <fieldset className="check-group">
          <legend>Critical skills it would build</legend>
          {skills.length === 0 ? (
            <p className="field-hint">Name your critical skills in step 3 to mark them here.</p>
          ) : (
            skills.map((skill, position) => (
              <label key={skill.id} className="check-option">
                <input
                  type="checkbox"
                  checked={entry.skillIds.includes(skill.id)}
                  onChange={(event) =>
                    onChange({
                      ...entry,
                      skillIds: toggleSkill(
                        entry.skillIds,
                        allSkillIds,
                        skill.id,
                        event.target.checked,
                      ),
                    })
                  }
                />
                <span>{skill.name.trim() || `Skill ${position + 1} (not named yet)`}</span>
              </label>
            ))
          )}
        </fieldset>
        <div className="portfolio-move">
          <div className="select-field">
            <label htmlFor={`${id}-lane`}>Lane</label>
            <select
              id={`${id}-lane`}
              data-focus="lane"
              value={entry.lane}
              onChange={(event) => onMove(event.target.value as PortfolioLane, 'lane')}
            >
              {LANES.map((info) => (
                <option key={info.lane} value={info.lane}>
                  {info.title}
                </option>
              ))}
            </select>
          </div>
          <div className="portfolio-move-buttons">
            <button
              type="button"
              className="icon-button"
              data-focus="previous"
              disabled={previous === null}
              aria-label={previous ? `Move ${name} to ${LANE_TITLES[previous]}` : 'First lane'}
              onClick={() => previous && onMove(previous, 'previous')}
            >
              ←
            </button>
            <button
              type="button"
              className="icon-button"
              data-focus="next"
              disabled={next === null}
              aria-label={next ? `Move ${name} to ${LANE_TITLES[next]}` : 'Last lane'}
              onClick={() => next && onMove(next, 'next')}
            >
              →
            </button>
          </div>
        </div>
      </section>
    </li>
  );
}
