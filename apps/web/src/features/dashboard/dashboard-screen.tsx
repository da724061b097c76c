import { StepFrame } from '../workspace/step-frame.tsx';

/** Placeholder while this screen is written. */
export function DashboardScreen() {
  return (
    <StepFrame screen="dashboard" lede={<p>This screen is not written yet.</p>}>
      {null}
    </StepFrame>
  );
}
