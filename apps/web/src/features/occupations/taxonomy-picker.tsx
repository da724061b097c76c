import { useId, useState } from 'react';
import type { ElementSearchResponse } from '@trailmap/contracts';
import type { SkillChoice } from '../steps/skills/critical-skills-editor.tsx';
import { api } from '../../api/client.ts';
import { kindWord } from './comparison-words.ts';
import { OnetAttribution } from './onet-notices.tsx';
import { SearchCombobox } from './search-combobox.tsx';
import './occupations.css';

type ElementMatch = ElementSearchResponse['results'][number];

const FILTERS = [
  { value: '', label: 'Everything' },
  { value: 'skill', label: 'Skills' },
  { value: 'knowledge', label: 'Knowledge' },
  { value: 'work_activity', label: 'Work activities' },
  { value: 'technology', label: 'Technology' },
] as const;

/** What picking an element adds to the plan: its name, tied to the taxonomy by id. */
export function choiceOf(match: ElementMatch): SkillChoice {
  return {
    name: match.name,
    source: { kind: 'taxonomy', taxonomy: match.taxonomy, elementId: match.elementId },
  };
}

/**
 * Step 3's picker: search O*NET's skills, knowledge, work activities and
 * technologies by name and add one as a critical skill. Typing a skill freely
 * still works beside it.
 */
export function TaxonomyPicker({
  onPick,
  disabled,
}: {
  onPick: (choice: SkillChoice) => void;
  disabled: boolean;
}) {
  const id = useId();
  const [taxonomy, setTaxonomy] = useState('');
  return (
    <div className="taxonomy-picker">
      <div className="taxonomy-filter">
        <label htmlFor={`${id}-filter`}>Search in</label>
        <select
          id={`${id}-filter`}
          value={taxonomy}
          disabled={disabled}
          onChange={(event) => setTaxonomy(event.target.value)}
        >
          {FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <SearchCombobox<ElementMatch>
        scope={taxonomy}
        label="Or pick from the O*NET skills list"
        hint="e.g. negotiation, data analysis, Python. Enter adds the highlighted one."
        placeholder="Search skills, knowledge, activities, tools"
        disabled={disabled}
        search={async (q) => (await api.searchElements(q, taxonomy || undefined, 8)).results}
        keyOf={(m) => `${m.taxonomy}:${m.elementId}:${m.name}`}
        onPick={(m) => onPick(choiceOf(m))}
        renderOption={(m) => (
          <>
            <span className="search-option-title">
              {m.name}
              {m.hot ? ' · hot technology' : ''}
            </span>
            <span className="search-option-detail">
              {kindWord(m.taxonomy)} · {m.description}
            </span>
          </>
        )}
      />
      <OnetAttribution />
    </div>
  );
}
