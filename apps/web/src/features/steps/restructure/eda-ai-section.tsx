import { memo, useCallback, useMemo, useState } from 'react';
import type { CurrentOccupation, RecurringTask } from '@trailmap/domain';
import { api } from '../../../api/client.ts';
import { OnetAttribution } from '../../occupations/onet-notices.tsx';
import '../../occupations/occupations.css';
import { AiRequestNotice, NoOccupationNotice } from './ai-request-notice.tsx';
import { AiStudyNote } from '../../ai-exposure/ai-study-note.tsx';
import { DECISION_LABELS } from './eda-labels.ts';
import {
  AUTOMATION_READING,
  EXPOSURE_READING,
  LABEL_READING,
  dismiss,
  matchOf,
  matchRequestOf,
  mergeMatches,
  offersAutomate,
  percent,
  quoted,
} from './eda-ai.ts';
import type { Dismissals, TaskMatchResult } from './eda-ai.ts';
import { useDebouncedRequest } from './use-debounced-request.ts';

const dismissalsKey = (planId: string) => `trailmap:eda-ai-dismissed:${planId}`;

function readDismissals(planId: string): Dismissals {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(dismissalsKey(planId)) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as Dismissals) : {};
  } catch {
    return {};
  }
}

/** Suggestions the person dismissed, remembered on this device (they are not part of the plan). */
function useDismissals(planId: string) {
  const [dismissals, setDismissals] = useState(() => readDismissals(planId));
  const onDismiss = useCallback(
    (task: RecurringTask) =>
      setDismissals((current) => {
        const next = dismiss(current, task);
        try {
          window.localStorage.setItem(dismissalsKey(planId), JSON.stringify(next));
        } catch {
          // A full or blocked storage only means the suggestion may come back after a reload.
        }
        return next;
      }),
    [planId],
  );
  return [dismissals, onDismiss] as const;
}

/**
 * EDA meets AI: each recurring task beside the closest O*NET tasks and work
 * activities of the current occupation, their exposure in plain words, and
 * "Automate" where the studies see high exposure and the person sees low
 * value. Accepting is one undo step; the decision stays the person's.
 */
export function EdaAiSection({
  planId,
  occupation,
  tasks,
  onAccept,
}: {
  planId: string;
  occupation: CurrentOccupation | null;
  tasks: readonly RecurringTask[];
  onAccept: (taskId: string) => void;
}) {
  const request = useMemo(() => matchRequestOf(occupation, tasks), [occupation, tasks]);
  const state = useDebouncedRequest(request, api.matchEdaTasks, mergeMatches);
  const [dismissals, onDismiss] = useDismissals(planId);
  const code = occupation?.code ?? null;
  const held = state.held?.occupationCode === code ? state.held : null;
  const named = tasks.filter((task) => task.name.trim() !== '');
  const anyWorkActivityUse = named.some((task) =>
    matchOf(held, code, task)?.result.workActivities.some((a) => a.aiUse !== null),
  );
  const workSource = held
    ? [...held.byId.values()].flatMap((r) => r.workActivities).find((a) => a.aiUse)?.aiUse?.source
    : undefined;

  return (
    <section className="step-section eda-ai" aria-labelledby="eda-ai-title">
      <h2 id="eda-ai-title">EDA meets AI</h2>
      <p className="field-hint">
        Each task on your list beside the closest tasks and work activities O*NET lists for your
        occupation{occupation ? <> ({occupation.title})</> : null}, and how exposed they are to
        language models in a published study. Where exposure is high and you rated the value low,
        Trailmap suggests Automate; the decision stays yours.
      </p>
      {!occupation ? (
        <NoOccupationNotice planId={planId} need="Matching your tasks to O*NET" />
      ) : named.length === 0 ? (
        <p className="muted">Name a task above and its closest O*NET tasks appear here.</p>
      ) : (
        <>
          <AiRequestNotice
            status={state.status}
            error={state.error}
            hasAnswer={held !== null}
            onRetry={state.retry}
          />
          <p className="visually-hidden" role="status">
            {state.status === 'checking' ? 'Matching your tasks…' : ''}
          </p>
          <ol className="eda-ai-list">
            {named.map((task) => {
              const answer = matchOf(held, code, task);
              // The result and its freshness apart, so a card whose answer did not change keeps its render.
              return (
                <EdaAiTask
                  key={task.id}
                  task={task}
                  result={answer?.result ?? null}
                  current={answer?.current ?? false}
                  checking={state.status === 'checking'}
                  offer={offersAutomate(answer, task, dismissals)}
                  onAccept={onAccept}
                  onDismiss={onDismiss}
                />
              );
            })}
          </ol>
          {held && (
            <>
              <details className="ai-rule">
                <summary>How matching and the suggestion work</summary>
                <p>{held.rule}</p>
              </details>
              <AiStudyNote source={held.source} />
              {anyWorkActivityUse && workSource && <AiStudyNote source={workSource} />}
              <OnetAttribution />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** How close a match is; a weak one asks the person to judge it, and lends no label. */
function MatchScore({ strength, score }: { strength: 'close' | 'weak'; score: number }) {
  return strength === 'weak' ? (
    <span className="muted">
      (weak match, {percent(score)}: check it is the same work; it does not count towards the
      exposure)
    </span>
  ) : (
    <span className="muted">(match {percent(score)})</span>
  );
}

const EdaAiTask = memo(function EdaAiTask({
  task,
  result,
  current,
  checking,
  offer,
  onAccept,
  onDismiss,
}: {
  task: RecurringTask;
  result: TaskMatchResult | null;
  current: boolean;
  checking: boolean;
  offer: boolean;
  onAccept: (taskId: string) => void;
  onDismiss: (task: RecurringTask) => void;
}) {
  const name = task.name.trim();
  if (!result)
    return (
      <li className="step-card eda-ai-task" data-eda-ai-task={task.id}>
        <h3>{name}</h3>
        <p className="muted">{checking ? 'Matching…' : 'Not matched yet.'}</p>
      </li>
    );
  const level = EXPOSURE_READING[result.exposureLevel];
  return (
    <li
      className={`step-card eda-ai-task${current ? '' : ' eda-ai-stale'}`}
      data-eda-ai-task={task.id}
    >
      <h3>{name}</h3>
      {!current && (
        <p className="muted">
          {checking ? 'Matching your new words…' : 'Matched before your last change.'}
        </p>
      )}
      <p className={`exposure-level exposure-${result.exposureLevel}`}>
        <strong>{level.label}</strong>:{' '}
        {result.exposureLevel === 'unknown' ? result.reason : level.reading}
      </p>
      {result.onetTasks.length > 0 && (
        <>
          <h4>Closest O*NET tasks</h4>
          <ul className="eda-ai-matches">
            {result.onetTasks.map((match) => (
              <li key={match.taskId}>
                {match.task} <MatchScore strength={match.strength} score={match.score} />
                {match.human && match.gpt4 && (
                  <span className="eda-ai-labels">
                    Human raters: {LABEL_READING[match.human]} ({match.human}); GPT-4:{' '}
                    {LABEL_READING[match.gpt4]} ({match.gpt4})
                    {match.automation
                      ? `; GPT-4 thought a model could automate ${AUTOMATION_READING[match.automation]} (${match.automation})`
                      : ''}
                    .
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.workActivities.length > 0 && (
        <>
          <h4>Closest work activities</h4>
          <ul className="eda-ai-matches">
            {result.workActivities.map((activity) => (
              <li key={activity.dwaId}>
                {activity.title} <MatchScore strength={activity.strength} score={activity.score} />
                {activity.aiUse && (
                  <span className="eda-ai-labels">
                    Copilot users had the AI do{' '}
                    {activity.iwaTitle ? quoted(activity.iwaTitle) : 'this kind of work'} in{' '}
                    {percent(activity.aiUse.shareAi)} of their 2024 conversations (“Working with
                    AI”, Tomlinson et al., 2025).
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {offer ? (
        <div className="ai-suggestion" role="group" aria-label={`Suggestion for ${name}`}>
          <p>
            <strong>Suggestion: {DECISION_LABELS.automate}.</strong> {result.reason}
          </p>
          <div className="ai-suggestion-actions">
            <button type="button" onClick={() => onAccept(task.id)}>
              Mark Automate<span className="visually-hidden">: {name}</span>
            </button>
            <button type="button" className="secondary-button" onClick={() => onDismiss(task)}>
              Dismiss<span className="visually-hidden"> the suggestion for {name}</span>
            </button>
          </div>
        </div>
      ) : task.decision === 'automate' ? (
        <p className="eda-ai-reason">
          Marked Automate. The AI backpack below suggests kinds of AI assistance for it.
        </p>
      ) : result.exposureLevel === 'unknown' ? null : (
        <p className="eda-ai-reason">{result.reason}</p>
      )}
    </li>
  );
});
