import { useRef } from 'react';
import { LIMITS, readPropositionDraft, readTextDraft, readValueVerbsDraft } from '@trailmap/domain';
import type { CoachStep, ValueProposition } from '@trailmap/domain';
import { useStep, useStrategy } from '../workspace/plan-workspace.tsx';
import { useAssistantSettings } from './assistant-settings-store.ts';
import { ModelDraft } from './model-draft.tsx';

const visionNow = (statement: string) =>
  statement.trim() === '' ? '(no vision statement yet)' : statement;

const sentence = ({ who, problems, result }: ValueProposition) =>
  `I help ${who || '…'} solve ${problems || '…'} so they can ${result || '…'}.`;

/**
 * The model's drafts a step offers in its coach panel; nothing for the other
 * steps, and nothing at all (not even a subscription to the draft) while no
 * language model is configured.
 */
export function StepDrafts({ step }: { step: CoachStep }) {
  const settings = useAssistantSettings();
  if (settings?.configured !== true) return null;
  switch (step) {
    case 'product':
      return (
        <>
          <PropositionDraft />
          <PropositionCritique />
        </>
      );
    case 'strategy':
      return <ValuesDraft />;
    case 'vision':
      return (
        <>
          <VisionDraft />
          <VisionCritique />
        </>
      );
    default:
      return null;
  }
}

function PropositionDraft() {
  const [product, change] = useStep('product');
  return (
    <ModelDraft
      kind="value-proposition"
      title="a value proposition"
      current={<p>{sentence(product.proposition)}</p>}
      use={(text) => {
        const proposition = readPropositionDraft(text);
        if (proposition === null)
          return {
            preview: null,
            unusable:
              'The answer is not in the three parts (who, problems, result), so it cannot be written in. Draft again.',
            apply: () => null,
          };
        return {
          preview: <p>{sentence(proposition)}</p>,
          apply: () => {
            change((now) => ({ ...now, proposition }), { whole: true });
            return null;
          },
        };
      }}
    />
  );
}

function ValuesDraft() {
  const [strategy, change] = useStrategy();
  const { values } = strategy;
  // The phrases the model was asked about: a draft never replaces values changed since.
  const asked = useRef<readonly string[]>([]);
  return (
    <ModelDraft
      kind="value-verbs"
      title="verb phrasings of your values"
      onStart={() => (asked.current = values.map((value) => value.phrase))}
      current={
        <ul>
          {values.map((value) => (
            <li key={value.id}>{value.phrase}</li>
          ))}
        </ul>
      }
      use={(text) => {
        const phrases = readValueVerbsDraft(text, asked.current.length);
        if (phrases === null)
          return {
            preview: null,
            unusable: `The answer does not give one short phrase (at most ${LIMITS.maxShortText} characters) for each of your ${asked.current.length} values, so it cannot be written in. Draft again.`,
            apply: () => null,
          };
        return {
          preview: (
            <ul>
              {phrases.map((phrase, i) => (
                <li key={i}>{phrase}</li>
              ))}
            </ul>
          ),
          apply: () => {
            let changed = false;
            change(
              (now) => {
                const same =
                  now.values.length === asked.current.length &&
                  now.values.every((v, i) => v.phrase === asked.current[i]);
                if (!same) return now;
                changed = true;
                const next = now.values.map((value, i) => ({
                  ...value,
                  phrase: phrases[i] ?? value.phrase,
                }));
                return { ...now, values: next };
              },
              { whole: true },
            );
            return changed
              ? null
              : 'Your values changed since the draft, so it was not written in. Draft again.';
          },
        };
      }}
    />
  );
}

/** What an empty answer offers: nothing to write in, and why. */
const EMPTY_ANSWER = {
  preview: null,
  unusable: 'The answer is empty. Draft again.',
  apply: () => null,
} as const;

function VisionDraft() {
  const [vision, change] = useStep('vision');
  return (
    <ModelDraft
      kind="vision-stretch"
      title="a stretched vision"
      current={<p>{visionNow(vision.statement)}</p>}
      use={(text) => {
        const stretched = readTextDraft(text);
        if (stretched === null) return EMPTY_ANSWER;
        return {
          preview: <p>{stretched}</p>,
          apply: () => {
            change((now) => ({ ...now, statement: stretched }), { whole: true });
            return null;
          },
        };
      }}
    />
  );
}

/** A critique is shown as the model wrote it; it writes nothing into the plan. */
const critiqueUse = (text: string) => {
  const critique = readTextDraft(text);
  return critique === null
    ? EMPTY_ANSWER
    : { preview: <p className="model-draft-text">{critique}</p> };
};

function PropositionCritique() {
  const [{ proposition: current }] = useStep('product');
  return (
    <ModelDraft
      kind="proposition-critique"
      purpose="critique"
      title="your value proposition"
      current={<p>{sentence(current)}</p>}
      use={critiqueUse}
    />
  );
}

function VisionCritique() {
  const [{ statement }] = useStep('vision');
  return (
    <ModelDraft
      kind="vision-critique"
      purpose="critique"
      title="your vision"
      current={<p>{visionNow(statement)}</p>}
      use={critiqueUse}
    />
  );
}

/**
 * The proof log summed up for a review. It writes nothing into the plan: the
 * person copies it to wherever the review happens.
 */
export function ProofSummaryDraft() {
  return (
    <ModelDraft
      kind="proof-summary"
      title="a summary of your proof for a review"
      use={(text) => {
        const summary = readTextDraft(text);
        if (summary === null) return EMPTY_ANSWER;
        return {
          preview: <p className="model-draft-text">{summary}</p>,
          actionLabel: 'Copy',
          appliedMessage: 'Copied. Paste it wherever your review happens.',
          apply: () =>
            navigator.clipboard.writeText(summary).then(
              () => null,
              () => 'This browser did not allow copying; select the text and copy it yourself.',
            ),
        };
      }}
    />
  );
}
