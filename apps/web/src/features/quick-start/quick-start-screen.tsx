import { StepFrame } from '../workspace/step-frame.tsx';

/** Placeholder while this screen is written. */
export function QuickStartScreen() {
  return (
    <StepFrame screen="quick-start" lede={<p>This screen is not written yet.</p>}>
      {null}
    </StepFrame>
  );
}
