import { useState } from 'react';
import { AiAttributions, sourcesOf } from './ai-study-note.tsx';
import { AiExposureDataNotice, isAiDataProblem } from './ai-exposure-notices.tsx';
import { AiExposureFigure, AiExposureFull } from './exposure-figure.tsx';
import { TaskExposureLoader, TaskExposureTable } from './task-exposure-table.tsx';
import {
  useAiExposures,
  useOccupationAiExposureDetail,
  useRetryAiExposure,
} from './use-ai-exposure.ts';

/**
 * The occupation profile's AI section: both studies' figures and the labels
 * of its O*NET tasks, in one request. The rest of the profile does not wait
 * for it or depend on it.
 */
export function OccupationAiExposure({ code, title }: { code: string; title: string }) {
  const resource = useOccupationAiExposureDetail(code);
  if (resource.status !== 'ready') {
    return (
      <section className="ai-exposure" aria-labelledby="ai-exposure-title">
        <h2 id="ai-exposure-title">AI exposure</h2>
        {resource.status === 'error' ? (
          <AiExposureDataNotice error={resource.error} code={code} />
        ) : (
          <p role="status" className="muted">
            Loading the AI-exposure figures…
          </p>
        )}
      </section>
    );
  }
  const { tasks } = resource.data;
  return (
    <AiExposureFigure data={resource.data}>
      {tasks && (
        <TaskExposureTable tasks={tasks} title={title} note={resource.data.exposure === null} />
      )}
    </AiExposureFigure>
  );
}

/**
 * The current role's figures (batched with the cards of the same screen),
 * and its task labels one click away, fetched when opened.
 */
export function CurrentRoleAiExposure({ code, title }: { code: string; title: string }) {
  const [open, setOpen] = useState(false);
  return (
    <AiExposureFull code={code} heading={`AI exposure of ${title}`} level={3}>
      <details
        className="ai-task-disclosure"
        onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
      >
        <summary>Exposure of each of its O*NET tasks</summary>
        {open && <TaskExposureLoader code={code} title={title} note={false} />}
      </details>
    </AiExposureFull>
  );
}

/**
 * The foot of a screen with AI figures on cards: how to add the studies when
 * they are missing (said once, not on every card), else each study's
 * attribution once.
 */
export function AiExposureFooter({ codes }: { codes: readonly (string | null | undefined)[] }) {
  const states = [...useAiExposures(codes).values()];
  const retry = useRetryAiExposure();
  const problem = states.find((s) => s.status === 'error' && isAiDataProblem(s.error));
  if (problem?.status === 'error')
    return <AiExposureDataNotice error={problem.error} onRetry={retry} />;
  return (
    <AiAttributions
      sources={states.flatMap((s) => (s.status === 'ready' ? sourcesOf(s.data) : []))}
    />
  );
}
