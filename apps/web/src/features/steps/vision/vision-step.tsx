import { StepFrame } from '../../workspace/step-frame.tsx';

/** Placeholder while this screen is written. */
export function VisionStep() {
  return (
    <StepFrame screen="vision" lede={<p>This screen is not written yet.</p>}>
      {null}
    </StepFrame>
  );
}
