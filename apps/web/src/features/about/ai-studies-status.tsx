import type { AboutResponse } from '@trailmap/contracts';
import { AiExposureSetupSteps } from '../ai-exposure/ai-exposure-notices.tsx';
import { AiStudyNote } from '../ai-exposure/ai-study-note.tsx';

const STATUS_WORDS: Readonly<Record<AboutResponse['aiExposureData']['status'], string>> = {
  ready: 'Loaded',
  loading: 'Loading',
  missing: 'Not installed',
  failed: 'Could not be read',
};

const installedWords = (installed: boolean | null): string =>
  installed === null ? 'still loading' : installed ? 'installed' : 'not installed';

/** The AI-exposure studies: whether this server holds them, what each measures, and its licence. */
export function AiStudiesStatus({ data }: { data: AboutResponse['aiExposureData'] }) {
  return (
    <>
      <dl className="fact-list about-facts">
        <dt>Status</dt>
        <dd>{STATUS_WORDS[data.status]}</dd>
        {data.rejectedRows !== null && (
          <>
            <dt>Rows set aside</dt>
            <dd>{data.rejectedRows} (malformed in the files)</dd>
          </>
        )}
      </dl>
      {data.status !== 'ready' && (
        <div className="onet-notice" role="status">
          {data.message && <p>{data.message}</p>}
          <p>
            To add the studies, <AiExposureSetupSteps />
          </p>
        </div>
      )}
      {data.studies.map((study) => (
        <section key={study.study} aria-labelledby={`about-${study.study}`}>
          <h3 id={`about-${study.study}`}>{study.name}</h3>
          <p>
            {study.authors}, {study.year}. On this server: {installedWords(study.installed)}.{' '}
            <span className="muted">Version: {study.version}.</span>
          </p>
          <AiStudyNote source={study} />
        </section>
      ))}
    </>
  );
}
