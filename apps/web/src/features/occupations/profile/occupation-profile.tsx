import { useEffect } from 'react';
import { api } from '../../../api/client.ts';
import { Link } from '../../../app/router.tsx';
import { OccupationDataNotice, OnetAttribution } from '../onet-notices.tsx';
import { useResource } from '../use-resource.ts';
import { OccupationAiExposure } from '../../ai-exposure/occupation-ai-exposure.tsx';
import { DescriptorTable } from './descriptor-table.tsx';
import { PathwayFinder } from './pathway-finder.tsx';
import { ProfileFacts } from './profile-facts.tsx';
import { SimilarRoles } from './similar-roles.tsx';
import { TechnologyList } from './technology-list.tsx';

/** One occupation, readable top to bottom: what it is, what it takes, where it leads. */
export function OccupationProfileView({ code }: { code: string }) {
  const profile = useResource(code, () => api.getOccupation(code));
  const title = profile.status === 'ready' ? profile.data.title : null;
  useEffect(() => {
    if (title) document.title = `${title} · Occupations · Trailmap`;
  }, [title]);

  if (profile.status === 'error') {
    return (
      <article className="occupations">
        <h1>Occupation {code}</h1>
        <OccupationDataNotice error={profile.error} />
        <p>
          <Link href="/occupations">Search occupations</Link>
        </p>
      </article>
    );
  }
  if (profile.status !== 'ready') {
    return (
      <article className="occupations occupation-loading" aria-busy="true">
        <h1>Occupation {code}</h1>
        <p role="status">Loading the profile…</p>
      </article>
    );
  }
  const p = profile.data;
  const core = p.tasks.filter((t) => t.core);
  const tasks = (core.length > 0 ? core : p.tasks).slice(0, 12);
  return (
    <article className="occupations occupation-profile">
      <p className="breadcrumb">
        <Link href="/occupations">Occupations</Link> / {p.code}
      </p>
      <h1>{p.title}</h1>
      <p className="lede">{p.description}</p>
      {p.ratings === 'estimated' && (
        <p className="muted">
          O*NET has not rated this role yet; its skill and knowledge ratings are estimated from{' '}
          {p.estimatedFrom.map((o) => o.title).join(', ')}.
        </p>
      )}
      {p.ratings === 'none' && <p className="muted">O*NET gives no ratings for this role.</p>}
      <ProfileFacts profile={p} />
      <section aria-labelledby="tasks-title">
        <h2 id="tasks-title">What the work involves</h2>
        <ul className="task-list">
          {tasks.map((t) => (
            <li key={t.id}>{t.text}</li>
          ))}
        </ul>
        {p.tasks.length > tasks.length && (
          <p className="muted">
            {tasks.length} of {p.tasks.length} tasks shown
            {core.length > 0 ? ' (the core ones)' : ''}.
          </p>
        )}
      </section>
      <OccupationAiExposure code={p.code} title={p.title} />
      <div className="profile-columns">
        <section aria-labelledby="skills-title">
          <h2 id="skills-title">Skills</h2>
          <DescriptorTable caption="Skills" descriptors={p.skills} />
        </section>
        <section aria-labelledby="knowledge-title">
          <h2 id="knowledge-title">Knowledge</h2>
          <DescriptorTable caption="Knowledge" descriptors={p.knowledge} />
        </section>
      </div>
      <section aria-labelledby="styles-title">
        <h2 id="styles-title">Work styles</h2>
        <DescriptorTable caption="Work styles" descriptors={p.workStyles} shown={8} />
      </section>
      <section aria-labelledby="tech-title">
        <h2 id="tech-title">Technology</h2>
        <TechnologyList items={p.technology} />
      </section>
      <SimilarRoles code={p.code} />
      <PathwayFinder from={{ code: p.code, title: p.title }} />
      <OnetAttribution text={p.source.attribution} />
    </article>
  );
}
