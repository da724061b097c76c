import type { OccupationAiExposure } from '@trailmap/contracts';
import './ai-exposure.css';

export type StudySource = NonNullable<OccupationAiExposure['exposure']>['source'];

/** How each study is named in running text. */
export const STUDY_SHORT: Readonly<Record<StudySource['study'], string>> = {
  'gpts-are-gpts': '“GPTs are GPTs” (Eloundou et al., 2024)',
  'working-with-ai': '“Working with AI” (Tomlinson et al., 2025)',
};

/** The attribution a study's licence asks for, with a link to the licence. */
export function AiAttribution({ source }: { source: StudySource }) {
  return (
    <p className="ai-attribution">
      {source.attribution}{' '}
      <a href={source.licenseUrl} rel="license noreferrer" target="_blank">
        Licence ({source.license})
      </a>
    </p>
  );
}

/**
 * What a study measures and what it does not (exposure is not job loss), in
 * a disclosure, then its attribution. Every AI figure in Trailmap sits beside
 * one of these; `attribution={false}` leaves the attribution to a line the
 * screen shows once (AiAttributions).
 */
export function AiStudyNote({
  source,
  attribution = true,
}: {
  source: StudySource;
  attribution?: boolean;
}) {
  return (
    <div className="ai-study-note">
      <details>
        <summary>What {STUDY_SHORT[source.study]} measures, and what it does not</summary>
        <dl className="ai-study-facts">
          <dt>It measures</dt>
          <dd>{source.measures}</dd>
          <dt>It does not measure</dt>
          <dd>{source.doesNotMeasure}</dd>
          <dt>Study</dt>
          <dd>
            <a href={source.url} rel="noreferrer" target="_blank">
              {source.name}
            </a>
            , {source.authors}, {source.year}
          </dd>
        </dl>
      </details>
      {attribution && <AiAttribution source={source} />}
    </div>
  );
}

/** Each distinct study's attribution once, for the foot of a screen with many figures. */
export function AiAttributions({ sources }: { sources: readonly StudySource[] }) {
  const distinct = [...new Map(sources.map((s) => [s.study, s])).values()].sort((a, b) =>
    a.study.localeCompare(b.study),
  );
  if (distinct.length === 0) return null;
  return (
    <div className="ai-attributions">
      {distinct.map((source) => (
        <AiAttribution key={source.study} source={source} />
      ))}
    </div>
  );
}

/** The sources behind an occupation's figures. */
export const sourcesOf = (data: OccupationAiExposure): StudySource[] => [
  ...(data.exposure ? [data.exposure.source] : []),
  ...(data.applicability ? [data.applicability.source] : []),
  ...(data.tasks ? [data.tasks.source] : []),
];
