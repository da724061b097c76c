import type { TaskMatchResponse } from '@trailmap/contracts';

/** A study behind an exposure figure, as the server describes it. */
export type StudySource = TaskMatchResponse['source'];

/**
 * The caveat and attribution that travel with every exposure figure of step 7:
 * which study, what it measures, that exposure is not job loss, and the
 * licence's attribution. Kept in this one component so a shared one can take
 * its place.
 */
export function AiStudyCredit({ source }: { source: StudySource }) {
  return (
    <div className="ai-study-credit">
      <p>
        <strong>
          From “{source.name}”, {source.authors} ({source.year}).
        </strong>{' '}
        {source.measures}
      </p>
      <p>
        <strong>What it does not say:</strong> {source.doesNotMeasure}
      </p>
      <p className="muted">
        {source.attribution}{' '}
        <a href={source.licenseUrl} rel="license noreferrer" target="_blank">
          Licence ({source.license})
        </a>{' '}
        ·{' '}
        <a href={source.url} rel="noreferrer" target="_blank">
          The study’s data
        </a>
      </p>
    </div>
  );
}
