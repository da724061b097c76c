import { api } from '../../../api/client.ts';
import { Link } from '../../../app/router.tsx';
import { occupationPath } from '../../../app/routes.ts';
import { asPercent, describeGap, describeShared } from '../comparison-words.ts';
import { OccupationDataNotice } from '../onet-notices.tsx';
import { useResource } from '../use-resource.ts';

/** Roles closest by their descriptors, each saying what it shares and what it would ask more of. */
export function SimilarRoles({ code }: { code: string }) {
  const similar = useResource(`similar:${code}`, () => api.similarOccupations(code, 6));
  return (
    <section aria-labelledby="similar-title" className="similar-roles">
      <h2 id="similar-title">Similar roles</h2>
      <p className="muted">
        Ranked by how alike their skills, knowledge, work styles, interests and activities are.
      </p>
      {similar.status === 'error' &&
        (similar.error.code === 'occupations.not_comparable' ? (
          <p className="muted">O*NET has too little about this role to compare it.</p>
        ) : (
          <OccupationDataNotice error={similar.error} />
        ))}
      {(similar.status === 'loading' || similar.status === 'idle') && (
        <p role="status" className="muted">
          Finding similar roles…
        </p>
      )}
      {similar.status === 'ready' && (
        <ul className="role-cards">
          {similar.data.results.map((role) => (
            <li key={role.code} className="role-card">
              <h3>
                <Link href={occupationPath(role.code)}>{role.title}</Link>
              </h3>
              <p className="role-card-meta">
                {asPercent(role.score)} similar
                {role.jobZone !== null ? ` · job zone ${role.jobZone}` : ''}
              </p>
              {role.shared.length > 0 && (
                <p>
                  <strong>Shares:</strong> {role.shared.slice(0, 3).map(describeShared).join('; ')}
                </p>
              )}
              {role.gaps.length > 0 && (
                <div>
                  <strong>Would ask more of:</strong>
                  <ul className="gap-list">
                    {role.gaps.slice(0, 3).map((gap) => (
                      <li key={gap.elementId}>{describeGap(gap)}</li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
