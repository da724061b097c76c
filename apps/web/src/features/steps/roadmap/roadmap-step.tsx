import { StepFrame } from '../../workspace/step-frame.tsx';

/** Placeholder while this screen is written. */
export function RoadmapStep() {
  return (
    <StepFrame screen="roadmap" lede={<p>This screen is not written yet.</p>}>
      {null}
    </StepFrame>
  );
}
