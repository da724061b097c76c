import { useRef } from 'react';
import { LIMITS } from '@trailmap/domain';
import type { Vision } from '@trailmap/domain';
import { TextField } from '../../../ui/text-field.tsx';
import { TextListEditor } from '../../../ui/text-list-editor.tsx';
import { useStep } from '../../workspace/plan-workspace.tsx';
import { StepFrame } from '../../workspace/step-frame.tsx';
import { TodayPanel } from './today-panel.tsx';
import { CoachPanel } from '../../coach/coach-panel.tsx';
import { FlaggedPhrases } from '../../coach/flagged-phrases.tsx';
import '../steps.css';

/**
 * Step 2: the value the person wants to deliver in five years. Today's value
 * proposition sits beside it, because a vision that says what step 1 already
 * says is not a direction.
 */
export function VisionStep() {
  const [vision, change] = useStep('vision');
  const impactField = useRef<HTMLTextAreaElement | HTMLInputElement | null>(null);
  const statementField = useRef<HTMLTextAreaElement | HTMLInputElement | null>(null);
  const set = <K extends keyof Vision>(key: K, value: Vision[K]) =>
    change((current) => ({ ...current, [key]: value }));

  return (
    <StepFrame
      screen="vision"
      part="vision"
      aside={<CoachPanel step="vision" />}
      lede={
        <p>
          Picture the value you want to deliver five years from now. Leave job titles aside: name
          the problems you want to take on, the people you want to back, and the impact that would
          make the work feel worth it. Then write it as one statement, and check it against what you
          deliver today — it should ask more of you.
        </p>
      }
      examples={
        <ul>
          <li>
            A problem to take on: “companies that change tools every year and still work by hand”.
          </li>
          <li>
            People to support: “leaders of teams that are growing faster than their processes”.
          </li>
          <li>
            Impact: “whole departments spending their time on decisions instead of chasing data”.
          </li>
          <li>
            A statement that is a value evolution: “I am the person organisations trust to redesign
            how work flows between teams, so that change sticks and saves real time and money.”
          </li>
          <li>
            Not a statement: “Director of Operations” — a title says where you sit, not what you
            bring.
          </li>
        </ul>
      }
    >
      <div className="beside-layout">
        <TodayPanel />
        <div className="beside-main">
          <section className="step-section" aria-labelledby="vision-future-title">
            <h2 id="vision-future-title">In five years</h2>
            <TextListEditor
              label="Problems you want to solve"
              hint="Bigger, rarer or more important than the ones you solve today."
              items={vision.problems}
              onChange={(items) => set('problems', items)}
              addLabel="Add a problem to solve"
              placeholder="e.g. teams that cannot see their own bottlenecks"
              maxItems={LIMITS.maxTextItemsPerList}
              maxLength={LIMITS.maxShortText}
            />
            <TextListEditor
              label="Teams or leaders you want to support"
              hint="Who would be better off because you are there?"
              items={vision.teams}
              onChange={(items) => set('teams', items)}
              addLabel="Add a team or leader"
              placeholder="e.g. a chief operating officer in a scaling company"
              maxItems={LIMITS.maxTextItemsPerList}
              maxLength={LIMITS.maxShortText}
            />
            <TextField
              label="The impact that would fulfil you"
              hint="What would have changed, for whom, that would make you proud?"
              value={vision.impact}
              onChange={(text) => set('impact', text)}
              multiline
              rows={3}
              maxLength={LIMITS.maxLongText}
              placeholder="e.g. decisions made on numbers everyone trusts"
              inputRef={impactField}
            />
            <FlaggedPhrases
              step="vision"
              path={['steps', 'vision', 'impact']}
              text={vision.impact}
              field={impactField}
            />
          </section>

          <section className="step-section" aria-labelledby="vision-statement-title">
            <h2 id="vision-statement-title">Your vision statement</h2>
            <TextField
              label="Vision statement"
              labelHidden
              hint="One or two sentences about the value you will bring, not the title you will hold. Read it next to today’s proposition: does it stretch beyond it?"
              value={vision.statement}
              onChange={(text) => set('statement', text)}
              multiline
              rows={4}
              maxLength={LIMITS.maxLongText}
              placeholder="e.g. I help whole organisations change how they work, and make the change last."
              inputRef={statementField}
            />
            <FlaggedPhrases
              step="vision"
              path={['steps', 'vision', 'statement']}
              text={vision.statement}
              field={statementField}
            />
          </section>
        </div>
      </div>
    </StepFrame>
  );
}
