import type { OccupationProfile } from '@trailmap/contracts';
import { ScoreBar } from './descriptor-table.tsx';

const RIASEC_HINT: Readonly<Record<string, string>> = {
  Realistic: 'hands-on, practical work',
  Investigative: 'ideas, research, figuring things out',
  Artistic: 'creating, self-expression',
  Social: 'helping, teaching, serving people',
  Enterprising: 'leading, persuading, taking risks',
  Conventional: 'procedures, data, order',
};

/** Job zone, education and interests: the "what it takes" summary of a role. */
export function ProfileFacts({ profile }: { profile: OccupationProfile }) {
  const { jobZone, education, interests } = profile;
  return (
    <div className="profile-facts">
      <section aria-labelledby="facts-zone">
        <h2 id="facts-zone">Preparation</h2>
        {jobZone ? (
          <dl className="fact-list">
            <dt>Job zone</dt>
            <dd>
              {jobZone.zone} of 5 — {jobZone.name}
            </dd>
            <dt>Education</dt>
            <dd>{jobZone.education}</dd>
            <dt>Experience</dt>
            <dd>{jobZone.experience}</dd>
            {education && (
              <>
                <dt>Most often required</dt>
                <dd>
                  {education.label} ({Math.round(education.percent)}% of respondents)
                </dd>
              </>
            )}
          </dl>
        ) : (
          <p className="muted">O*NET gives no job zone for this occupation.</p>
        )}
      </section>
      <section aria-labelledby="facts-interests">
        <h2 id="facts-interests">Interests (RIASEC)</h2>
        {interests.scores.length === 0 ? (
          <p className="muted">Not rated.</p>
        ) : (
          <>
            <p>
              High points: <strong>{interests.code || '—'}</strong>
            </p>
            <table className="descriptor-table">
              <caption className="visually-hidden">Interest scores from 1 to 7</caption>
              <thead>
                <tr>
                  <th scope="col">Interest</th>
                  <th scope="col">Score (1–7)</th>
                </tr>
              </thead>
              <tbody>
                {interests.scores.map((s) => (
                  <tr key={s.elementId}>
                    <th scope="row">
                      {s.name}
                      <span className="descriptor-hint">{RIASEC_HINT[s.name] ?? ''}</span>
                    </th>
                    <td>
                      <ScoreBar value={s.score} max={7} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
