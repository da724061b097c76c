import { useRef } from 'react';
import { LIMITS } from '@trailmap/domain';
import { TextField } from '../../ui/text-field.tsx';
import { useStrategy } from '../workspace/plan-workspace.tsx';
import { StepFrame } from '../workspace/step-frame.tsx';
import { IterationsPanel } from './iterations-panel.tsx';
import { ValuesEditor } from './values-editor.tsx';
import { VennSection } from './venn-section.tsx';
import { CoachPanel } from '../coach/coach-panel.tsx';
import { FlaggedPhrases } from '../coach/flagged-phrases.tsx';
import '../steps/steps.css';
import './strategy.css';

/**
 * The strategy studio: the compass that comes before any plan. The work that
 * fulfils you, the values you act by, the diagram where they meet, and named
 * drafts to compare as the strategy matures.
 */
export function StrategyScreen() {
  const [strategy, change] = useStrategy();
  const gratifyingField = useRef<HTMLTextAreaElement | HTMLInputElement | null>(null);
  return (
    <StepFrame
      screen="strategy"
      part="strategy"
      aside={<CoachPanel step="strategy" />}
      lede={
        <p>
          Before planning moves, decide what you are steering by. Describe the work that leaves you
          most fulfilled, name the few values you want to be known for, and see where they meet.
          Draft it more than once: save each version and compare them.
        </p>
      }
      examples={
        <ul>
          <li>
            Gratifying work, without a job title: “Taking a tangle that slows a whole team down,
            finding its real cause with the people who live with it, and leaving behind something
            simpler they can run without me.”
          </li>
          <li>Values as verbs: “builds trust”, “simplifies”, “teaches by doing”.</li>
          <li>
            Where two meet: builds trust + simplifies — “when I make things simpler in the open,
            people rely on the result”.
          </li>
        </ul>
      }
    >
      <section className="step-section" aria-labelledby="gratifying-title">
        <h2 id="gratifying-title">The work you find most gratifying</h2>
        <TextField
          label="Describe it in a few sentences"
          hint="Think of moments you were proud of: what were you doing, with which strengths, and what changed because of it? Leave job titles out — say what the work is, not what it is called."
          value={strategy.gratifyingWork}
          onChange={(gratifyingWork) => change((current) => ({ ...current, gratifyingWork }))}
          multiline
          rows={5}
          maxLength={LIMITS.maxLongText}
          placeholder="e.g. Turning a confusing process into one a new colleague can follow on day one…"
          inputRef={gratifyingField}
        />
        <FlaggedPhrases
          step="strategy"
          path={['strategy', 'gratifyingWork']}
          text={strategy.gratifyingWork}
          field={gratifyingField}
        />
      </section>

      <section className="step-section" aria-labelledby="values-title">
        <h2 id="values-title">Your values</h2>
        <ValuesEditor strategy={strategy} change={change} />
      </section>

      <section className="step-section" aria-labelledby="venn-title">
        <h2 id="venn-title">Your strategy on one page</h2>
        <VennSection strategy={strategy} change={change} />
      </section>

      <section className="step-section" aria-labelledby="iterations-title">
        <h2 id="iterations-title">Iterations</h2>
        <IterationsPanel />
      </section>
    </StepFrame>
  );
}
