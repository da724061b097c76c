import { useMemo } from 'react';
import type { PersonProfileRequest } from '@trailmap/contracts';
import type { CriticalSkill } from '@trailmap/domain';
import { api } from '../../../api/client.ts';
import { Link } from '../../../app/router.tsx';
import { occupationPath } from '../../../app/routes.ts';
import { asPercent } from '../comparison-words.ts';
import { OccupationDataNotice } from '../onet-notices.tsx';
import { useDebounced, useResource } from '../use-resource.ts';

/** Roles ranked for the person: the current occupation, adjusted by their critical skills and audit. */
export function RolesForYou({
  person,
  skills,
}: {
  person: PersonProfileRequest;
  skills: readonly CriticalSkill[];
}) {
  const key = useDebounced(person.currentOccupationCode ? JSON.stringify(person) : null, 400);
  const roles = useResource(key, () => api.recommendations({ ...person, limit: 6 }));
  const nameOf = useMemo(() => new Map(skills.map((s) => [s.id, s.name.trim()])), [skills]);
  if (!person.currentOccupationCode) return null;
  return (
    <section className="step-section roles-for-you" aria-labelledby="roles-for-you-title">
      <h2 id="roles-for-you-title">Roles for you</h2>
      <p className="muted">
        Close to your current occupation, weighted towards the critical skills you chose and how you
        audited them.
      </p>
      {roles.status === 'error' && <OccupationDataNotice error={roles.error} />}
      {(roles.status === 'loading' || roles.status === 'idle') && (
        <p role="status" className="muted">
          Ranking roles…
        </p>
      )}
      {roles.status === 'ready' && (
        <>
          <ol className="role-cards">
            {roles.data.results.map((role) => (
              <li key={role.code} className="role-card">
                <h3>
                  <Link href={occupationPath(role.code)}>{role.title}</Link>
                </h3>
                <p className="role-card-meta">
                  {asPercent(role.score)} fit · {role.overlapPercent}% overlap
                  {role.jobZone !== null ? ` · job zone ${role.jobZone}` : ''}
                </p>
                {role.buildsSkillIds.length > 0 && (
                  <p>
                    <strong>Uses:</strong>{' '}
                    {role.buildsSkillIds.map((id) => nameOf.get(id) ?? id).join(', ')}
                  </p>
                )}
              </li>
            ))}
          </ol>
          {roles.data.unmappedSkills.length > 0 && (
            <p className="muted">
              Not found in O*NET, so not weighed:{' '}
              {roles.data.unmappedSkills.map((s) => s.name).join(', ')}. Picking them from the
              skills list in step 3 ties them exactly.
            </p>
          )}
        </>
      )}
    </section>
  );
}
