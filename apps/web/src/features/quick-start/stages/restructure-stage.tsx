import { formatHours, LIMITS, summarizeRestructure } from '@trailmap/domain';
import type { RecurringTask } from '@trailmap/domain';
import { newItemId } from '../../../ui/new-id.ts';
import { useStep } from '../../workspace/plan-workspace.tsx';
import { withTask } from '../quick-start-edits.ts';
import { TaskRow } from './task-row.tsx';

const SLOTS = 3;

/**
 * Stage 5: the recurring tasks that eat the most of your week, and a
 * decision for each. The hours freed are what the plan can run on.
 */
export function RestructureStage() {
  const [restructure, change] = useStep('restructure');
  const summary = summarizeRestructure(restructure);
  const slots = Math.max(SLOTS, restructure.tasks.length);
  const setTask = (index: number, patch: Partial<Omit<RecurringTask, 'id'>>) =>
    change((current) => ({ ...current, tasks: withTask(current.tasks, index, patch, newItemId) }));
  return (
    <>
      <p>
        List the recurring tasks that take the most hours each week. For each, decide: eliminate,
        delegate, automate, or keep. Every hour freed is an hour your plan can use.
      </p>
      <ol className="quick-tasks">
        {Array.from({ length: slots }, (_, index) => (
          <li key={`slot-${index}`} className="quick-task">
            <TaskRow
              index={index}
              task={restructure.tasks[index]}
              maxHours={LIMITS.hoursInWeek}
              onChange={(patch) => setTask(index, patch)}
            />
          </li>
        ))}
      </ol>
      <p className="quick-freed" aria-live="polite">
        Hours freed each week: <strong>{formatHours(summary.freedHoursPerWeek)}</strong>
        {summary.undecidedHoursPerWeek > 0 &&
          ` (${formatHours(summary.undecidedHoursPerWeek)} still undecided)`}
        . The full step is where you decide how to reinvest them.
      </p>
    </>
  );
}
