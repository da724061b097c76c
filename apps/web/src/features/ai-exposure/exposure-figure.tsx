import { Fragment, useId } from 'react';
import type { ReactNode } from 'react';
import type { OccupationAiExposure } from '@trailmap/contracts';
import { AiStudyNote, STUDY_SHORT } from './ai-study-note.tsx';
import { AiExposureDataNotice, shortProblem } from './ai-exposure-notices.tsx';
import {
  SHARES,
  applicabilityReading,
  applicabilityShort,
  exposureReading,
  exposureShort,
  percent,
} from './exposure-reading.ts';
import { useAiExposure, useRetryAiExposure } from './use-ai-exposure.ts';
import './ai-exposure.css';

type Exposure = NonNullable<OccupationAiExposure['exposure']>;
type Applicability = NonNullable<OccupationAiExposure['applicability']>;

/** Said once beside every set of figures. */
export const NOT_JOB_LOSS =
  'Exposure is not job loss: these published estimates say where today’s language models could speed up work, not whether a job will disappear.';

function ShareBar({ share }: { share: number }) {
  return (
    <span className="score-bar">
      <span className="score-bar-track" aria-hidden="true">
        <span className="score-bar-fill" style={{ width: `${Math.min(1, share) * 100}%` }} />
      </span>
      <span className="score-bar-value">{percent(share)}</span>
    </span>
  );
}

/** "GPTs are GPTs": the human annotators' and GPT-4's shares side by side, with the reading. */
function ExposureStudy({ exposure, level }: { exposure: Exposure; level: 3 | 4 }) {
  const id = useId();
  const Heading = `h${level}` as const;
  const reading = exposureReading(exposure);
  return (
    <section className="ai-study" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>
        Exposure to language models{' '}
        <span className="ai-study-name">— {STUDY_SHORT['gpts-are-gpts']}</span>
      </Heading>
      <p>{reading.headline}</p>
      <p className="muted">{reading.agreement}</p>
      <div className="descriptor-table-wrap">
        <table className="descriptor-table ai-share-table">
          <caption className="visually-hidden">
            Share of the occupation’s tasks rated exposed, by the human annotators and by GPT-4
          </caption>
          <thead>
            <tr>
              <th scope="col">Share of tasks</th>
              <th scope="col">Human annotators</th>
              <th scope="col">GPT-4</th>
            </tr>
          </thead>
          <tbody>
            {SHARES.map((share) => (
              <tr key={share.key}>
                <th scope="row">
                  {share.name} ({share.symbol})
                  <span className="descriptor-hint">{share.explains}</span>
                </th>
                <td>
                  <ShareBar share={exposure.human[share.key]} />
                </td>
                <td>
                  <ShareBar share={exposure.gpt4[share.key]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AiStudyNote source={exposure.source} />
    </section>
  );
}

const METRICS = [
  {
    key: 'coverageAi',
    name: 'Coverage',
    explains: 'share of its work activities the AI performed in the conversations',
  },
  {
    key: 'completionAi',
    name: 'Completion',
    explains: 'how often the AI completed those activities successfully',
  },
  {
    key: 'impactScopeAi',
    name: 'Scope',
    explains: 'how much of each activity the AI’s help covered',
  },
] as const;

/** "Working with AI": the 0–1 score against the study's spread, and where it was inherited. */
function ApplicabilityStudy({
  applicability,
  level,
}: {
  applicability: Applicability;
  level: 3 | 4;
}) {
  const id = useId();
  const Heading = `h${level}` as const;
  const metrics = METRICS.filter((m) => applicability[m.key] !== null);
  return (
    <section className="ai-study" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>
        AI applicability <span className="ai-study-name">— {STUDY_SHORT['working-with-ai']}</span>
      </Heading>
      <p>{applicabilityReading(applicability)}</p>
      {applicability.inherited && (
        <p className="ai-inherited">
          <strong>Inherited from a broader code.</strong> {applicability.note}
        </p>
      )}
      {metrics.length > 0 && (
        <dl className="fact-list ai-metrics">
          {metrics.map((m) => (
            <Fragment key={m.key}>
              <dt>{m.name}</dt>
              <dd>
                {applicability[m.key]!.toFixed(2)} <span className="muted">— {m.explains}</span>
              </dd>
            </Fragment>
          ))}
        </dl>
      )}
      <AiStudyNote source={applicability.source} />
    </section>
  );
}

/** Why a figure is missing, in the server's plain words. */
function AbsentNotes({ data }: { data: OccupationAiExposure }) {
  if (data.notes.length === 0) return null;
  const none = data.exposure === null && data.applicability === null;
  return (
    <div className="ai-absent">
      {none && (
        <p>
          <strong>Neither study rates {data.title}.</strong>
        </p>
      )}
      <ul className="ai-notes">
        {data.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The full figures of one occupation: both studies with their plain readings,
 * the scale explained, the inherited note, and each study's note and
 * attribution. For the current role and the occupation profile.
 */
export function AiExposureFigure({
  data,
  heading = 'AI exposure',
  level = 2,
  children,
}: {
  data: OccupationAiExposure;
  heading?: string;
  level?: 2 | 3;
  /** Shown after the figures, e.g. the task-level labels. */
  children?: ReactNode;
}) {
  const id = useId();
  const Heading = `h${level}` as const;
  const inner = (level + 1) as 3 | 4;
  return (
    <section className="ai-exposure" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{heading}</Heading>
      <p className="ai-caveat">{NOT_JOB_LOSS}</p>
      {data.exposure && <ExposureStudy exposure={data.exposure} level={inner} />}
      {data.applicability && (
        <ApplicabilityStudy applicability={data.applicability} level={inner} />
      )}
      <AbsentNotes data={data} />
      {children}
    </section>
  );
}

/** The full figures of one occupation, fetched with every other figure on the screen. */
export function AiExposureFull({
  code,
  heading,
  level,
  children,
}: {
  code: string;
  heading?: string;
  level?: 2 | 3;
  children?: ReactNode;
}) {
  const state = useAiExposure(code);
  const retry = useRetryAiExposure();
  if (state.status === 'ready') {
    return (
      <AiExposureFigure data={state.data} heading={heading} level={level}>
        {children}
      </AiExposureFigure>
    );
  }
  const Heading = `h${level ?? 2}` as const;
  return (
    <section className="ai-exposure" aria-label={heading ?? 'AI exposure'}>
      <Heading>{heading ?? 'AI exposure'}</Heading>
      {state.status === 'loading' ? (
        <p role="status" className="muted">
          Loading the AI-exposure figures…
        </p>
      ) : (
        <AiExposureDataNotice error={state.error} code={code} onRetry={retry} />
      )}
    </section>
  );
}

/** A study that has no figure for the card's occupation; the disclosure says why. */
const NOT_RATED = 'not rated for this occupation (see what the figures mean)';

/**
 * A card's AI figures in two lines (one per study), with the "not job loss"
 * caveat and the full explanation one click away. The screen shows the
 * attribution once (AiExposureFooter).
 */
export function AiExposureCompact({ code, name }: { code: string; name: string }) {
  const state = useAiExposure(code);
  const retry = useRetryAiExposure();
  const label = `AI exposure of ${name}`;
  if (state.status !== 'ready') {
    return (
      <div className="ai-compact" role="group" aria-label={label}>
        <p className={state.status === 'loading' ? 'muted' : undefined}>
          {state.status === 'loading'
            ? 'Loading the AI-exposure figures…'
            : shortProblem(state.error, code)}{' '}
          {state.status === 'error' && state.error.unreachable && (
            <button type="button" className="link-button" onClick={retry}>
              Try again
            </button>
          )}
        </p>
      </div>
    );
  }
  const { exposure, applicability } = state.data;
  return (
    <div className="ai-compact" role="group" aria-label={label}>
      <p className="ai-compact-title">
        AI exposure <span className="muted">(not job loss)</span>
      </p>
      {exposure === null && applicability === null ? (
        <p className="muted">Neither AI-exposure study rates this occupation.</p>
      ) : (
        <dl className="ai-compact-facts">
          <dt>Exposure, “GPTs are GPTs”</dt>
          <dd>{exposure ? exposureShort(exposure) : NOT_RATED}</dd>
          <dt>Applicability, “Working with AI”</dt>
          <dd>{applicability ? applicabilityShort(applicability) : NOT_RATED}</dd>
        </dl>
      )}
      <details className="ai-compact-more">
        <summary>
          What these figures mean<span className="visually-hidden"> for {name}</span>
        </summary>
        <p>{NOT_JOB_LOSS}</p>
        {exposure && (
          <>
            <p>{exposureReading(exposure).headline}</p>
            <AiStudyNote source={exposure.source} attribution={false} />
          </>
        )}
        {applicability && (
          <>
            <p>{applicabilityReading(applicability)}</p>
            {applicability.inherited && <p className="ai-inherited">{applicability.note}</p>}
            <AiStudyNote source={applicability.source} attribution={false} />
          </>
        )}
        {state.data.notes.length > 0 && (
          <ul className="ai-notes">
            {state.data.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </details>
    </div>
  );
}
