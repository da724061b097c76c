import { useRef } from 'react';
import { hasText, LIMITS } from '@trailmap/domain';
import { Link } from '../../../app/router.tsx';
import { planPath } from '../../../app/routes.ts';
import { newItemId } from '../../../ui/new-id.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { FlaggedPhrases } from '../../coach/flagged-phrases.tsx';
import { usePlanActions, useStep, useStrategy } from '../../workspace/plan-workspace.tsx';
import { withItemText } from '../quick-start-edits.ts';

/**
 * Stage 2: where you want to be in five years, held up against your values so
 * the vision is one you would want, not just one that sounds impressive.
 */
export function VisionStage() {
  const { planId } = usePlanActions();
  const [strategy] = useStrategy();
  const [vision, change] = useStep('vision');
  const values = strategy.values.filter((value) => hasText(value.phrase));
  const statementField = useRef<HTMLTextAreaElement | HTMLInputElement | null>(null);
  return (
    <>
      <div className="quick-values" aria-labelledby="quick-values-title">
        <h3 id="quick-values-title">Your values, to check the vision against</h3>
        {values.length > 0 ? (
          <ul>
            {values.map((value) => (
              <li key={value.id}>{value.phrase}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            You have not named your values yet. A vision is easier to trust once you have:{' '}
            <Link href={planPath(planId, 'strategy')}>name them in the Strategy studio</Link>, or
            keep going and ask yourself what you want to be known for.
          </p>
        )}
      </div>
      <TextField
        label="A problem you want to be solving in five years"
        hint="Bigger or different from today’s: this is where you grow."
        value={vision.problems[0]?.text ?? ''}
        onChange={(text) =>
          change((current) => ({
            ...current,
            problems: withItemText(current.problems, 0, text, newItemId),
          }))
        }
        placeholder="e.g. redesign how work flows across several departments"
        maxLength={LIMITS.maxShortText}
      />
      <TextField
        label="Your vision statement"
        hint="How the value you bring will have grown, not a job title. Does it live out your values?"
        value={vision.statement}
        onChange={(statement) => change((current) => ({ ...current, statement }))}
        multiline
        rows={3}
        placeholder="e.g. In five years I lead changes that span departments and stick after I leave."
        maxLength={LIMITS.maxLongText}
        inputRef={statementField}
      />
      <FlaggedPhrases
        step="vision"
        path={['steps', 'vision', 'statement']}
        text={vision.statement}
        field={statementField}
      />
    </>
  );
}
