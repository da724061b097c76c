import type { PlanCompleteness } from '@trailmap/contracts';

type StepKey = PlanCompleteness['steps'][number]['step'];

/** How each part of the method is named on screen, in the order it is worked. */
export const STEP_LABELS: Record<StepKey, string> = {
  strategy: 'Strategy',
  product: '1 · Career product',
  vision: '2 · Vision',
  skills: '3 · Critical skills',
  audit: '4 · Skill audit',
  roadmap: '5 · Roadmap',
  portfolio: '6 · Role portfolio',
  restructure: '7 · Restructure today',
};
