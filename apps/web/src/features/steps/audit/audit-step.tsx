import { StepFrame } from '../../workspace/step-frame.tsx';

/** Placeholder while this screen is written. */
export function AuditStep() {
  return (
    <StepFrame screen="audit" lede={<p>This screen is not written yet.</p>}>
      {null}
    </StepFrame>
  );
}
