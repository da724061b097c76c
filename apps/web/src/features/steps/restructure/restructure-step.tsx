import { StepFrame } from '../../workspace/step-frame.tsx';

/** Placeholder while this screen is written. */
export function RestructureStep() {
  return (
    <StepFrame screen="restructure" lede={<p>This screen is not written yet.</p>}>
      {null}
    </StepFrame>
  );
}
