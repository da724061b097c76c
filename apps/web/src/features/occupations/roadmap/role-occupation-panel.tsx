import { useId, useRef } from 'react';
import type { RoleOccupationProps } from '../../steps/roadmap/role-occupation.ts';
import { OccupationSearch } from '../occupation-search.tsx';
import { RoleGap } from './role-gap.tsx';
import { AiExposureCompact } from '../../ai-exposure/exposure-figure.tsx';

/**
 * Inside a target-role card: link the role to an O*NET occupation by search,
 * then see the skill gap to it and turn gap items into capability targets.
 * Unlinking keeps everything the person wrote.
 */
export function RoleOccupationPanel({ role, onLink, onAddTarget }: RoleOccupationProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const code = role.occupationCode;
  const name = role.title.trim() || 'this role';
  const unlink = () => {
    onLink(null);
    // The button goes away with the link; the search box is where to go next.
    requestAnimationFrame(() =>
      box.current?.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus(),
    );
  };
  return (
    <div className="role-occupation" ref={box} role="group" aria-labelledby={`${id}-title`}>
      <div className="card-heading">
        <h4 id={`${id}-title`}>O*NET occupation and skill gap</h4>
        {code !== null && (
          <button type="button" className="link-button" onClick={unlink}>
            Unlink<span className="visually-hidden"> {name} from its occupation</span>
          </button>
        )}
      </div>
      {code === null ? (
        <p className="field-hint">
          Link {name} to an occupation to see what it asks for that you do not have yet, and to
          suggest it in the “Ideal role” lane of step 6.
        </p>
      ) : (
        <>
          <RoleGap role={role} code={code} onAddTarget={onAddTarget} />
          <AiExposureCompact code={code} name={name} />
        </>
      )}
      <OccupationSearch
        label={code === null ? 'Link to an occupation' : 'Link to another occupation'}
        hint="Search by job title; typos are forgiven."
        onPick={(match) => onLink({ code: match.code, title: match.title })}
      />
    </div>
  );
}
