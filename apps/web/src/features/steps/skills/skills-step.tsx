import { StepFrame } from '../../workspace/step-frame.tsx';

/** Placeholder while this screen is written. */
export function SkillsStep() {
  return (
    <StepFrame screen="skills" lede={<p>This screen is not written yet.</p>}>
      {null}
    </StepFrame>
  );
}
