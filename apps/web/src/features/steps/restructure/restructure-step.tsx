import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { LIMITS, findPlanProblems, formatHours, summarizeRestructure } from '@trailmap/domain';
import type { RecurringTask, Reinvestment } from '@trailmap/domain';
import { newItemId } from '../../../ui/new-id.ts';
import { useSharedValue } from '../../../ui/use-shared-value.ts';
import { StepFrame } from '../../workspace/step-frame.tsx';
import { usePlanActions, usePlanDraft, useStep } from '../../workspace/plan-workspace.tsx';
import { AiBackpackSection } from './ai-backpack-section.tsx';
import { markAutomate } from './backpack-edits.ts';
import { EdaAiSection } from './eda-ai-section.tsx';
import { HoursChart } from './hours-chart.tsx';
import { ReinvestmentSection } from './reinvestment-section.tsx';
import { RestructureExamples, RestructureLede } from './restructure-guidance.tsx';
import { TaskRow } from './task-row.tsx';
import { CoachPanel } from '../../coach/coach-panel.tsx';
import '../steps.css';
import '../step-cards.css';
import './restructure.css';

const emptyTask = (): RecurringTask => ({
  id: newItemId(),
  name: '',
  hoursPerWeek: 0,
  value: 'medium',
  decision: null,
});

/** Step 7: free hours from today's role with Eliminate / Delegate / Automate, and reinvest them. */
export function RestructureStep() {
  // The plan-wide rules below follow the typing a frame behind (deferred).
  const content = useDeferredValue(usePlanDraft().content);
  const [restructure, change] = useStep('restructure');
  const { planId } = usePlanActions();
  const occupation = content.steps.portfolio.currentOccupation ?? null;
  // The same object while the hours stand still (e.g. typing a task's name).
  const summary = useSharedValue(useMemo(() => summarizeRestructure(restructure), [restructure]));
  // The server's own rules, run here first: the screen says what to change
  // before a save is refused (the week overflowing, reinvesting too much).
  const problems = useMemo(
    () =>
      findPlanProblems(content).filter(
        (problem) => problem.path[0] === 'steps' && problem.path[1] === 'restructure',
      ),
    [content],
  );
  const taskProblems = problems.filter((problem) => problem.path[2] === 'tasks');
  const backpackProblems = problems
    .filter((problem) => problem.path[2] === 'aiBackpack')
    .map((problem) => problem.message);
  const reinvestProblem =
    problems.find((problem) => problem.path[2] === 'reinvestmentHoursPerWeek')?.message ?? null;

  const [focusTaskId, setFocusTaskId] = useState<string | null>(null);
  useEffect(() => {
    if (focusTaskId === null) return;
    document.querySelector<HTMLInputElement>(`[data-task-id="${focusTaskId}"] input`)?.focus();
    setFocusTaskId(null);
  }, [focusTaskId]);

  const addTask = () => {
    const task = emptyTask();
    change((current) => ({ ...current, tasks: [...current.tasks, task] }));
    setFocusTaskId(task.id);
  };
  const updateTask = useCallback(
    (task: RecurringTask) =>
      change((current) => ({
        ...current,
        tasks: current.tasks.map((item) => (item.id === task.id ? task : item)),
      })),
    [change],
  );
  const removeTask = useCallback(
    (id: string) =>
      change((current) => ({ ...current, tasks: current.tasks.filter((item) => item.id !== id) })),
    [change],
  );
  const changeReinvestment = useCallback(
    (key: keyof Reinvestment, hours: number) =>
      change((current) => ({
        ...current,
        reinvestmentHoursPerWeek: { ...current.reinvestmentHoursPerWeek, [key]: hours },
      })),
    [change],
  );

  const acceptAutomate = useCallback(
    (taskId: string) => change((current) => markAutomate(current, taskId), { whole: true }),
    [change],
  );

  const tasksFull = restructure.tasks.length >= LIMITS.maxRecurringTasks;
  return (
    <StepFrame
      screen="restructure"
      part="restructure"
      aside={<CoachPanel step="restructure" />}
      lede={<RestructureLede />}
      examples={<RestructureExamples />}
    >
      <section className="step-section" aria-labelledby="ledger-title">
        <h2 id="ledger-title">Your recurring tasks</h2>
        <p className="field-hint">
          List what fills a typical week, with the hours each takes (in quarter hours, e.g. 1.75),
          how much value it creates, and your decision.
        </p>
        {restructure.tasks.length > 0 && (
          <ol className="task-list">
            {restructure.tasks.map((task, index) => (
              <TaskRow
                key={task.id}
                task={task}
                index={index}
                onChange={updateTask}
                onRemove={removeTask}
              />
            ))}
          </ol>
        )}
        <button type="button" className="secondary-button" disabled={tasksFull} onClick={addTask}>
          + Add a task
        </button>
        {taskProblems.length > 0 && (
          <div className="field-problem" role="alert">
            {taskProblems.map((problem) => (
              <p key={`${problem.code}-${problem.path.join('.')}`}>{problem.message}</p>
            ))}
          </div>
        )}
        <dl className="hours-summary">
          <div>
            <dt>Total</dt>
            <dd>
              {formatHours(summary.totalHoursPerWeek)} of {LIMITS.hoursInWeek} h
            </dd>
          </div>
          <div>
            <dt>Freed</dt>
            <dd>{formatHours(summary.freedHoursPerWeek)} h</dd>
          </div>
          <div>
            <dt>Kept</dt>
            <dd>{formatHours(summary.keptHoursPerWeek)} h</dd>
          </div>
          <div>
            <dt>Undecided</dt>
            <dd>{formatHours(summary.undecidedHoursPerWeek)} h</dd>
          </div>
        </dl>
      </section>

      <EdaAiSection
        planId={planId}
        occupation={occupation}
        tasks={restructure.tasks}
        onAccept={acceptAutomate}
      />

      <AiBackpackSection
        planId={planId}
        occupation={occupation}
        restructure={restructure}
        skills={content.steps.skills.skills}
        problems={backpackProblems}
        change={change}
      />

      <ReinvestmentSection
        reinvestment={restructure.reinvestmentHoursPerWeek}
        summary={summary}
        weekProblem={reinvestProblem}
        onChange={changeReinvestment}
      />

      <section className="step-section" aria-labelledby="chart-title">
        <h2 id="chart-title">Freed and reinvested, at a glance</h2>
        <HoursChart summary={summary} reinvestment={restructure.reinvestmentHoursPerWeek} />
      </section>
    </StepFrame>
  );
}
