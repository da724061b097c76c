import { useMemo } from 'react';
import { LIMITS } from '@trailmap/domain';
import type { CareerProduct, Rating, ValueDrivers } from '@trailmap/domain';
import { RatingInput } from '../../../ui/rating-input.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { TextListEditor } from '../../../ui/text-list-editor.tsx';
import { StepFrame } from '../../workspace/step-frame.tsx';
import { useStep } from '../../workspace/plan-workspace.tsx';
import { PropositionPreview } from './proposition-preview.tsx';
import { CoachPanel } from '../../coach/coach-panel.tsx';
import '../steps.css';

const DRIVERS: ReadonlyArray<{ key: keyof ValueDrivers; label: string; hint: string }> = [
  {
    key: 'problemDifficulty',
    label: 'Difficulty of the problems you solve',
    hint: 'How hard, rare or high-stakes are the problems people bring to you?',
  },
  {
    key: 'speedAndQuality',
    label: 'Speed and quality',
    hint: 'How fast and how well do you deliver compared with what people expect?',
  },
  {
    key: 'styleAndInfluence',
    label: 'Style and influence',
    hint: 'How much do people enjoy working with you, and how far does your influence reach?',
  },
  {
    key: 'communicatingValue',
    label: 'Communicating and showcasing your value',
    hint: 'Do the people who decide on your next move know what you have made possible?',
  },
];

/** Step 1: what you are known to deliver, as a product, and the sentence that sells it. */
export function ProductStep() {
  const [product, change] = useStep('product');
  // One handler per field, made once: a keystroke in one field re-renders that field only.
  const on = useMemo(() => {
    const set =
      <K extends keyof CareerProduct>(key: K) =>
      (value: CareerProduct[K]) =>
        change((current) => ({ ...current, [key]: value }));
    const setProposition = (key: keyof CareerProduct['proposition']) => (text: string) =>
      change((current) => ({ ...current, proposition: { ...current.proposition, [key]: text } }));
    const setDriver = (key: keyof ValueDrivers) => (rating: Rating | null) =>
      change((current) => ({ ...current, drivers: { ...current.drivers, [key]: rating } }));
    return {
      problemsSolved: set('problemsSolved'),
      reliedOnFor: set('reliedOnFor'),
      outcomesImproved: set('outcomesImproved'),
      who: setProposition('who'),
      problems: setProposition('problems'),
      result: setProposition('result'),
      drivers: Object.fromEntries(DRIVERS.map(({ key }) => [key, setDriver(key)])) as Record<
        keyof ValueDrivers,
        (rating: Rating | null) => void
      >,
    };
  }, [change]);

  return (
    <StepFrame
      screen="product"
      part="product"
      aside={<CoachPanel step="product" />}
      lede={
        <p>
          Think of your career as a product other people choose. Start from evidence: the real
          problems you solve (not the tasks you do), what colleagues count on you for when things go
          wrong, and what is better because you were there. Then say it in one sentence.
        </p>
      }
      examples={
        <ul>
          <li>
            A problem, not a task: “month-end numbers that nobody trusts” rather than “prepare
            reports”.
          </li>
          <li>Relied on for: “calming an escalation with a key customer”.</li>
          <li>Outcome: “the release train has not slipped in three quarters”.</li>
          <li>
            Sentence: “I help <em>operations leads</em> solve <em>messy hand-offs between teams</em>{' '}
            so they can <em>ship on the date they promised</em>.”
          </li>
        </ul>
      }
    >
      <section className="step-section" aria-labelledby="evidence-title">
        <h2 id="evidence-title">The evidence</h2>
        <TextListEditor
          label="Problems you solve"
          hint="Real problems, in the words of the people who have them."
          items={product.problemsSolved}
          onChange={on.problemsSolved}
          addLabel="Add a problem"
          placeholder="e.g. forecasts the board does not believe"
          maxItems={LIMITS.maxTextItemsPerList}
          maxLength={LIMITS.maxShortText}
        />
        <TextListEditor
          label="What people rely on you for when things break"
          items={product.reliedOnFor}
          onChange={on.reliedOnFor}
          addLabel="Add something people rely on you for"
          placeholder="e.g. getting a stuck project moving again"
          maxItems={LIMITS.maxTextItemsPerList}
          maxLength={LIMITS.maxShortText}
        />
        <TextListEditor
          label="Outcomes that are better because of you"
          items={product.outcomesImproved}
          onChange={on.outcomesImproved}
          addLabel="Add an outcome"
          placeholder="e.g. onboarding time halved"
          maxItems={LIMITS.maxTextItemsPerList}
          maxLength={LIMITS.maxShortText}
        />
      </section>

      <section className="step-section" aria-labelledby="proposition-title">
        <h2 id="proposition-title">Your value proposition</h2>
        <div className="proposition-grid">
          <TextField
            label="I help … (who)"
            value={product.proposition.who}
            onChange={on.who}
            placeholder="e.g. product teams in regulated industries"
            maxLength={LIMITS.maxShortText}
          />
          <TextField
            label="solve … (which problems)"
            value={product.proposition.problems}
            onChange={on.problems}
            placeholder="e.g. audits that stall launches"
            maxLength={LIMITS.maxShortText}
          />
          <TextField
            label="so they can … (what result)"
            value={product.proposition.result}
            onChange={on.result}
            placeholder="e.g. launch on time with nothing to hide"
            maxLength={LIMITS.maxShortText}
          />
        </div>
        <PropositionPreview proposition={product.proposition} />
      </section>

      <section className="step-section" aria-labelledby="drivers-title">
        <h2 id="drivers-title">The four value drivers</h2>
        <p className="field-hint">
          Rate yourself today, 1 to 5. The lowest one is often the cheapest to raise.
        </p>
        <div className="driver-grid">
          {DRIVERS.map((driver) => (
            <RatingInput
              key={driver.key}
              label={driver.label}
              hint={driver.hint}
              value={product.drivers[driver.key]}
              onChange={on.drivers[driver.key]}
            />
          ))}
        </div>
      </section>
    </StepFrame>
  );
}
