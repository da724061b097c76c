import { useId, useState } from 'react';
import type { OccupationAiExposure } from '@trailmap/contracts';
import { useOccupationAiExposureDetail } from './use-ai-exposure.ts';
import { AiStudyNote } from './ai-study-note.tsx';
import { AiExposureDataNotice } from './ai-exposure-notices.tsx';
import { AUTOMATION_MEANINGS, LABEL_MEANINGS, type TaskLabel } from './exposure-reading.ts';
import {
  filterTasks,
  labelCounts,
  sortTasks,
  type TaskFilter,
  type TaskSort,
} from './task-labels.ts';
import './ai-exposure.css';

type TaskSet = NonNullable<OccupationAiExposure['tasks']>;

const LABELS: readonly TaskLabel[] = ['E1', 'E2', 'E0'];
const RATERS = { human: 'Human annotators', gpt4: 'GPT-4' } as const;

/** A label as text first (code and name); the colour only repeats it. */
function LabelCell({ label }: { label: TaskLabel }) {
  return (
    <span className={`ai-label ai-label-${label}`}>
      <span className="ai-label-code">{label}</span>{' '}
      <span className="ai-label-name">{LABEL_MEANINGS[label].name}</span>
    </span>
  );
}

/**
 * The O*NET tasks of an occupation with their "GPTs are GPTs" labels: the
 * scale explained, counts per rater, and the list sortable and filterable by
 * label. Labels are words in the table, not colours.
 */
export function TaskExposureTable({
  tasks,
  title,
  level = 3,
  note = true,
}: {
  tasks: TaskSet;
  title: string;
  level?: 3 | 4;
  /** False where the study's note is already beside the occupation's figures above. */
  note?: boolean;
}) {
  const id = useId();
  const Heading = `h${level}` as const;
  const [filter, setFilter] = useState<TaskFilter>('all');
  const [sort, setSort] = useState<TaskSort>('onet');
  const counts = labelCounts(tasks.labels);
  const shown = sortTasks(filterTasks(tasks.labels, filter), sort);
  const olderTasks = tasks.labels.filter((t) => t.inOnetRelease === false).length;

  return (
    <section className="ai-tasks" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>Exposure of each task of {title}</Heading>
      <p>
        Each O*NET task was labelled by human annotators and by GPT-4 on the study’s scale. A label
        is about a task, not about the person doing it:
      </p>
      <dl className="ai-label-scale">
        {LABELS.map((label) => (
          <div key={label}>
            <dt>
              <LabelCell label={label} />
            </dt>
            <dd>{LABEL_MEANINGS[label].meaning}.</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        Automation is GPT-4’s separate rating of how much of the task a model could carry out on its
        own, T0 (none) to T4 (full), coded 0 to 1 in quarters.
      </p>
      {tasks.labels.length === 0 ? (
        <p className="muted">The study labels no tasks of this occupation.</p>
      ) : (
        <>
          <p>
            {(['human', 'gpt4'] as const).map((rater, i) => (
              <span key={rater}>
                {i > 0 && ' · '}
                {RATERS[rater]}: {LABELS.map((l) => `${counts[rater][l]} ${l}`).join(', ')}
              </span>
            ))}{' '}
            <span className="muted">(of {tasks.labels.length} tasks)</span>
          </p>
          <div className="ai-task-controls">
            <div className="select-field">
              <label htmlFor={`${id}-filter`}>Show</label>
              <select
                id={`${id}-filter`}
                value={filter}
                onChange={(event) => setFilter(event.target.value as TaskFilter)}
              >
                <option value="all">All tasks</option>
                {(['human', 'gpt4'] as const).flatMap((rater) =>
                  LABELS.map((label) => (
                    <option key={`${rater}:${label}`} value={`${rater}:${label}`}>
                      {RATERS[rater]}: {label} ({LABEL_MEANINGS[label].name.toLowerCase()})
                    </option>
                  )),
                )}
                <option value="disagree">Where the two raters disagree</option>
              </select>
            </div>
            <div className="select-field">
              <label htmlFor={`${id}-sort`}>Order</label>
              <select
                id={`${id}-sort`}
                value={sort}
                onChange={(event) => setSort(event.target.value as TaskSort)}
              >
                <option value="onet">As O*NET lists them</option>
                <option value="most">Most exposed first</option>
                <option value="least">Least exposed first</option>
              </select>
            </div>
          </div>
          <p className="muted" role="status">
            Showing {shown.length} of {tasks.labels.length} tasks.
          </p>
          {shown.length > 0 && (
            <div className="descriptor-table-wrap">
              <table className="descriptor-table ai-task-table">
                <caption className="visually-hidden">
                  Tasks of {title} with their exposure labels
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Task</th>
                    <th scope="col">Human annotators</th>
                    <th scope="col">GPT-4</th>
                    <th scope="col">Automation (GPT-4)</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((task) => (
                    <tr key={task.taskId}>
                      <th scope="row">
                        {task.task}
                        {(task.core === false || task.inOnetRelease === false) && (
                          <span className="descriptor-hint">
                            {[
                              task.core === false ? 'supplemental task' : null,
                              task.inOnetRelease === false
                                ? 'not in the current O*NET task list'
                                : null,
                            ]
                              .filter(Boolean)
                              .join(' · ')}
                          </span>
                        )}
                      </th>
                      <td>
                        <LabelCell label={task.human} />
                      </td>
                      <td>
                        <LabelCell label={task.gpt4} />
                      </td>
                      <td>
                        {task.automation ? (
                          <>
                            {task.automation}{' '}
                            <span className="ai-label-name">
                              {AUTOMATION_MEANINGS[task.automation]}
                            </span>
                          </>
                        ) : (
                          <span className="muted">not rated</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {olderTasks > 0 && (
            <p className="muted">
              {olderTasks} of these tasks are from the earlier O*NET task list the study used and
              are no longer in the current one.
            </p>
          )}
        </>
      )}
      {note && <AiStudyNote source={tasks.source} />}
    </section>
  );
}

/** Loads one occupation's task labels (GET, with its figures) and shows them. */
export function TaskExposureLoader({
  code,
  title,
  note = true,
}: {
  code: string;
  title: string;
  /** False where the study's note is already shown above. */
  note?: boolean;
}) {
  const resource = useOccupationAiExposureDetail(code);
  if (resource.status === 'error')
    return <AiExposureDataNotice error={resource.error} code={code} />;
  if (resource.status !== 'ready') {
    return (
      <p role="status" className="muted">
        Loading the task labels…
      </p>
    );
  }
  const tasks = resource.data.tasks;
  if (!tasks) {
    return <p className="muted">{resource.data.notes.join(' ') || 'No task labels for it.'}</p>;
  }
  return <TaskExposureTable tasks={tasks} title={title} level={4} note={note} />;
}
