import type { CurrentOccupation } from '@trailmap/domain';
import { Link } from '../../../app/router.tsx';
import { occupationPath } from '../../../app/routes.ts';
import { OccupationSearch } from '../occupation-search.tsx';
import { CurrentRoleAiExposure } from '../../ai-exposure/occupation-ai-exposure.tsx';

/** Where the pathways start: the occupation held today, picked by search. */
export function CurrentOccupationCard({
  current,
  onChange,
}: {
  current: CurrentOccupation | null;
  onChange: (current: CurrentOccupation | null) => void;
}) {
  return (
    <section className="step-section current-occupation" aria-labelledby="current-title">
      <h2 id="current-title">Where you are today</h2>
      {current && (
        <p className="current-occupation-value">
          Current occupation:{' '}
          <Link href={occupationPath(current.code)}>
            <strong>{current.title}</strong>
          </Link>{' '}
          <span className="muted">({current.code})</span>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(null)}
            aria-label={`Clear current occupation ${current.title}`}
          >
            Clear
          </button>
        </p>
      )}
      <OccupationSearch
        label={current ? 'Change your current occupation' : 'Your current occupation'}
        hint="Search by the title you use today; suggestions below start from it."
        onPick={(match) => onChange({ code: match.code, title: match.title })}
      />
      {current && <CurrentRoleAiExposure code={current.code} title={current.title} />}
    </section>
  );
}
