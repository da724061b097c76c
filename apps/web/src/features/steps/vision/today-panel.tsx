import type { ValueProposition } from '@trailmap/domain';
import { ReferenceList, ReferencePanel } from '../reference-panel.tsx';
import { usePlanDraft } from '../../workspace/plan-workspace.tsx';

/** Today's value proposition from step 1, read-only, to compare the vision with. */
export function TodayPanel() {
  const draft = usePlanDraft();
  const product = draft.content.steps.product;
  return (
    <ReferencePanel
      title="Today’s value proposition"
      source="product"
      sourceLabel="Change it in step 1 · Career product"
    >
      <TodaySentence proposition={product.proposition} />
      <ReferenceList
        label="Problems you solve today"
        items={product.problemsSolved.map((item) => item.text)}
        empty="None written yet."
      />
      <ReferenceList
        label="What people rely on you for"
        items={product.reliedOnFor.map((item) => item.text)}
        empty="None written yet."
      />
    </ReferencePanel>
  );
}

const part = (text: string, missing: string) =>
  text.trim() === '' ? (
    <span className="preview-blank">[{missing}]</span>
  ) : (
    <strong>{text.trim()}</strong>
  );

/** The step-1 sentence, or a plain note when none of it is written yet. */
function TodaySentence({ proposition }: { proposition: ValueProposition }) {
  const { who, problems, result } = proposition;
  if ([who, problems, result].every((text) => text.trim() === '')) {
    return <p className="muted">Your value proposition sentence is not written yet.</p>;
  }
  return (
    <blockquote className="reference-sentence">
      I help {part(who, 'who')} solve {part(problems, 'which problems')} so they can{' '}
      {part(result, 'what result')}.
    </blockquote>
  );
}
