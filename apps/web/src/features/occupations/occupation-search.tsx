import type { ReactNode } from 'react';
import type { OccupationSearchResponse } from '@trailmap/contracts';
import { api } from '../../api/client.ts';
import { SearchCombobox } from './search-combobox.tsx';

export type OccupationMatch = OccupationSearchResponse['results'][number];

/** An occupation picked by title, alternate title or a title people report (typos forgiven). */
export function OccupationSearch({
  label,
  hint,
  onPick,
  initialQuery,
  disabled,
}: {
  label: ReactNode;
  hint?: ReactNode;
  onPick: (match: OccupationMatch) => void;
  initialQuery?: string;
  disabled?: boolean;
}) {
  return (
    <SearchCombobox<OccupationMatch>
      label={label}
      hint={hint}
      placeholder="e.g. software engineer, ops lead, FP&A analyst"
      search={async (q) => (await api.searchOccupations(q, 8)).results}
      keyOf={(match) => match.code}
      onPick={onPick}
      initialQuery={initialQuery}
      disabled={disabled}
      renderOption={(match) => (
        <>
          <span className="search-option-title">{match.title}</span>
          <span className="search-option-detail">
            {match.matched !== match.title ? <>matched “{match.matched}” · </> : null}
            {match.code}
          </span>
        </>
      )}
    />
  );
}
