import { StepFrame } from '../../workspace/step-frame.tsx';

/** Placeholder while this screen is written. */
export function PortfolioStep() {
  return (
    <StepFrame screen="portfolio" lede={<p>This screen is not written yet.</p>}>
      {null}
    </StepFrame>
  );
}
