import { StepFrame } from '../workspace/step-frame.tsx';

/** Placeholder while this screen is written. */
export function StrategyScreen() {
  return (
    <StepFrame screen="strategy" lede={<p>This screen is not written yet.</p>}>
      {null}
    </StepFrame>
  );
}
