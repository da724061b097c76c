import { ReferenceList, ReferencePanel } from '../reference-panel.tsx';
import { usePlanDraft } from '../../workspace/plan-workspace.tsx';

/** The vision from step 2, read-only, so each skill can be checked against it. */
export function VisionPanel() {
  const draft = usePlanDraft();
  const vision = draft.content.steps.vision;
  const statement = vision.statement.trim();
  return (
    <ReferencePanel title="Your vision" source="vision" sourceLabel="Change it in step 2 · Vision">
      {statement === '' ? (
        <p className="muted">Your vision statement is not written yet.</p>
      ) : (
        <blockquote className="reference-sentence">{statement}</blockquote>
      )}
      <ReferenceList
        label="Problems you want to solve"
        items={vision.problems.map((item) => item.text)}
        empty="None written yet."
      />
    </ReferencePanel>
  );
}
