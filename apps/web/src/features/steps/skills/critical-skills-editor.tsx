import { useEffect, useId, useRef, useState } from 'react';
import type { ComponentType } from 'react';
import { LIMITS } from '@trailmap/domain';
import type { CriticalSkill, SkillSource } from '@trailmap/domain';
import { newItemId } from '../../../ui/new-id.ts';
import { ListItemActions } from '../../../ui/list-item-actions.tsx';

/** A skill chosen elsewhere (today: typed; later: the occupational taxonomy). */
export interface SkillChoice {
  readonly name: string;
  readonly source: SkillSource;
}

type Taxonomy = Extract<SkillSource, { kind: 'taxonomy' }>['taxonomy'];

/** Which list a picked skill came from, shown beside it. */
const SOURCE_WORDS: Readonly<Record<Taxonomy, string>> = {
  skill: 'from the skills list',
  knowledge: 'from the knowledge list',
  work_activity: 'from the work activities list',
  technology: 'from the technology list',
};

/**
 * The seam where an occupational taxonomy picker plugs in: it is handed a way
 * to add a skill and whether there is room for one. Nothing is rendered when
 * no picker is given, so free typing works on its own.
 */
export type SkillPicker = ComponentType<{
  onPick: (choice: SkillChoice) => void;
  disabled: boolean;
}>;

/**
 * The critical skills as an editable list: add, rename, reorder, remove. A
 * removal is handed to `onRemove` rather than applied here, because it reaches
 * into other steps (the audit, the portfolio) and must happen in one edit.
 */
export function CriticalSkillsEditor({
  skills,
  onChange,
  onRemove,
  picker: Picker,
}: {
  skills: readonly CriticalSkill[];
  onChange: (skills: CriticalSkill[]) => void;
  onRemove: (skill: CriticalSkill) => void;
  picker?: SkillPicker;
}) {
  const hintId = useId();
  const full = skills.length >= LIMITS.maxCriticalSkills;
  const [focusId, setFocusId] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusId === null) return;
    (focusId === '' ? addButton.current : inputs.current.get(focusId))?.focus();
    setFocusId(null);
  }, [focusId, skills]);

  const add = (
    choice: SkillChoice = { name: '', source: { kind: 'free' } },
    at = skills.length,
  ) => {
    if (full) return;
    const skill: CriticalSkill = { id: newItemId(), ...choice };
    onChange([...skills.slice(0, at), skill, ...skills.slice(at)]);
    setFocusId(skill.id);
  };
  // A renamed skill keeps its source: a clearer wording of a picked skill is
  // still that skill, and the link lets the taxonomy describe it later.
  const rename = (index: number, name: string) =>
    onChange(skills.map((skill, i) => (i === index ? { ...skill, name } : skill)));
  const move = (index: number, by: -1 | 1) => {
    const moving = skills[index];
    const other = skills[index + by];
    if (!moving || !other) return;
    const next = [...skills];
    next[index] = other;
    next[index + by] = moving;
    onChange(next);
    setFocusId(moving.id);
  };
  const remove = (index: number) => {
    const skill = skills[index];
    if (!skill) return;
    const neighbour = skills[index + 1] ?? skills[index - 1];
    onRemove(skill);
    setFocusId(neighbour?.id ?? '');
  };

  return (
    <fieldset className="text-list skill-list" aria-describedby={hintId}>
      <legend>Critical skills</legend>
      <p id={hintId} className="field-hint">
        Three is the target, {LIMITS.maxCriticalSkills} at most. Name a skill in a few words; press
        Enter to add the next.
      </p>
      {skills.length > 0 && (
        <ol className="text-list-items">
          {skills.map((skill, index) => (
            <li key={skill.id} className="text-list-item">
              <input
                ref={(element) => {
                  if (element) inputs.current.set(skill.id, element);
                  else inputs.current.delete(skill.id);
                }}
                type="text"
                value={skill.name}
                maxLength={LIMITS.maxShortText}
                placeholder="e.g. Executive communication"
                aria-label={`Critical skill ${index + 1} of ${skills.length}`}
                onChange={(event) => rename(index, event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    add(undefined, index + 1);
                  }
                }}
              />
              {skill.source.kind === 'taxonomy' && (
                <span className="skill-source">{SOURCE_WORDS[skill.source.taxonomy]}</span>
              )}
              <ListItemActions
                noun="skill"
                index={index}
                count={skills.length}
                label={skill.name.trim()}
                onMove={(by) => move(index, by)}
                onRemove={() => remove(index)}
              />
            </li>
          ))}
        </ol>
      )}
      <div className="skill-add-row">
        <button
          ref={addButton}
          type="button"
          className="secondary-button"
          onClick={() => add()}
          disabled={full}
        >
          + Add a skill
        </button>
        {Picker && <Picker onPick={(choice) => add(choice)} disabled={full} />}
      </div>
      {full && (
        <p className="field-hint">
          That is {LIMITS.maxCriticalSkills}, the most a plan holds: focus beats breadth here.
        </p>
      )}
    </fieldset>
  );
}
