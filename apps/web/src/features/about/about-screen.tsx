import { useEffect } from 'react';
import { api } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { OnetAttribution } from '../occupations/onet-notices.tsx';
import { useResource } from '../occupations/use-resource.ts';
import { OccupationDataStatus } from './occupation-data-status.tsx';
import { AiStudiesStatus } from './ai-studies-status.tsx';
import '../ai-exposure/ai-exposure.css';
import '../occupations/occupations.css';

/** What Trailmap is, where its data comes from, and what it keeps private. */
export function AboutScreen() {
  const about = useResource('about', () => api.about());
  useEffect(() => {
    document.title = 'About · Trailmap';
  }, []);
  return (
    <article className="about">
      <h1>About Trailmap</h1>
      <p className="lede">
        Trailmap is a workbench for planning a career on purpose: you work out a strategy first,
        turn it into a plan in seven steps, make room for it in today’s job, and keep proof of
        progress.
      </p>
      <h2>Your data stays yours</h2>
      <p>
        Plans are stored by the Trailmap server you run, in its own database. Nothing is sent
        anywhere else. Edits not yet saved are kept in this browser until the server has them.
      </p>
      <h2>Language model (optional)</h2>
      <p>
        The coach works offline. You can also let it draft with a language model you choose — a
        local one such as Ollama or LM Studio, or a hosted one. It is off until you set it up, and
        then only sends what you ask it to draft:{' '}
        <Link href="/settings/language-model">language model settings</Link>.
      </p>
      <h2>Occupation data</h2>
      <p>
        Occupation profiles, similar roles, skill gaps and pathways come from O*NET, the United
        States’ public database of occupations, read by this server from its own copy.
      </p>
      <OccupationDataStatus about={about} />
      <OnetAttribution
        text={about.status === 'ready' ? about.data.occupationData.attribution : undefined}
      />
      <h2>AI-exposure studies</h2>
      <p>
        The AI-exposure figures beside occupations, your current role, target roles and portfolio
        cards come from two published studies, read by this server from its own copy. Exposure is
        not job loss: the studies estimate where language models could speed up work, not whether a
        job will disappear.
      </p>
      {about.status === 'ready' && <AiStudiesStatus data={about.data.aiExposureData} />}
      {about.status === 'ready' && <p className="muted">Trailmap {about.data.version}.</p>}
    </article>
  );
}
