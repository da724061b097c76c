import type { PlanScreen } from '../../app/routes.ts';

/** How each screen of a plan is named in the navigation, in the method's order. */
export const SCREEN_LABELS: Record<PlanScreen, string> = {
  dashboard: 'Dashboard',
  'quick-start': 'Quick start',
  strategy: 'Strategy studio',
  product: '1 · Career product',
  vision: '2 · Vision',
  skills: '3 · Critical skills',
  audit: '4 · Skill audit',
  roadmap: '5 · Roadmap',
  portfolio: '6 · Role portfolio',
  restructure: '7 · Restructure today',
};

/** The method's path: strategy first, then the seven steps. Next/previous follow it. */
export const METHOD_ORDER = [
  'strategy',
  'product',
  'vision',
  'skills',
  'audit',
  'roadmap',
  'portfolio',
  'restructure',
] as const satisfies readonly PlanScreen[];
export type MethodScreen = (typeof METHOD_ORDER)[number];

export function neighboursOf(screen: PlanScreen): {
  previous: PlanScreen | null;
  next: PlanScreen | null;
} {
  const index = (METHOD_ORDER as readonly PlanScreen[]).indexOf(screen);
  if (index === -1) return { previous: null, next: screen === 'dashboard' ? 'strategy' : null };
  return {
    previous: index === 0 ? 'dashboard' : (METHOD_ORDER[index - 1] ?? null),
    next: METHOD_ORDER[index + 1] ?? 'dashboard',
  };
}
