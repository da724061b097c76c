import { useEffect } from 'react';
import { navigate, useSearchParams } from '../../app/router.tsx';
import { occupationPath } from '../../app/routes.ts';
import { OccupationSearch } from './occupation-search.tsx';
import { OccupationProfileView } from './profile/occupation-profile.tsx';
import { OnetAttribution } from './onet-notices.tsx';
import './occupations.css';

/** Occupations: find one by any title people use, then read its profile. */
export function OccupationsScreen({ code }: { code: string | null }) {
  const params = useSearchParams();
  useEffect(() => {
    if (code === null) document.title = 'Occupations · Trailmap';
  }, [code]);
  if (code !== null) return <OccupationProfileView key={code} code={code} />;
  return (
    <article className="occupations">
      <h1>Explore occupations</h1>
      <p className="lede">
        Look up a role by the title you would use for it: an official title, a common alternative or
        what people in the job call it. Spelling slips are forgiven.
      </p>
      <OccupationSearch
        label="Job title"
        hint="Type a few letters, then choose a result with the arrow keys and Enter."
        initialQuery={params.get('q') ?? ''}
        onPick={(match) => navigate(occupationPath(match.code))}
      />
      <OnetAttribution />
    </article>
  );
}
