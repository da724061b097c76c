import type { ComponentType, LazyExoticComponent } from 'react';
import { lazyModule } from '../../app/lazy-module.ts';
import type { LazyModule } from '../../app/lazy-module.ts';
import type { PlanScreen } from '../../app/routes.ts';

type Loader = () => Promise<{ default: ComponentType }>;

/** Where each screen's code comes from; a module is fetched once, whoever asks first. */
const LOADERS: Record<PlanScreen, Loader> = {
  dashboard: () =>
    import('../dashboard/dashboard-screen.tsx').then((m) => ({ default: m.DashboardScreen })),
  'quick-start': () =>
    import('../quick-start/quick-start-screen.tsx').then((m) => ({ default: m.QuickStartScreen })),
  strategy: () =>
    import('../strategy/strategy-screen.tsx').then((m) => ({ default: m.StrategyScreen })),
  product: () =>
    import('../steps/product/product-step.tsx').then((m) => ({ default: m.ProductStep })),
  vision: () => import('../steps/vision/vision-step.tsx').then((m) => ({ default: m.VisionStep })),
  // Step 3 with the O*NET taxonomy picker plugged into its `picker` seam.
  skills: () =>
    Promise.all([
      import('../steps/skills/skills-step.tsx'),
      import('../occupations/taxonomy-picker.tsx'),
    ]).then(([step, picker]) => ({
      default: () => <step.SkillsStep picker={picker.TaxonomyPicker} />,
    })),
  audit: () => import('../steps/audit/audit-step.tsx').then((m) => ({ default: m.AuditStep })),
  // Step 5 with target roles linked to occupations and their skill gaps.
  roadmap: () =>
    import('../occupations/roadmap/onet-roadmap-step.tsx').then((m) => ({
      default: m.OnetRoadmapStep,
    })),
  // Step 6 fed with suggestions from the occupation data.
  portfolio: () =>
    import('../occupations/portfolio/onet-portfolio-step.tsx').then((m) => ({
      default: m.OnetPortfolioStep,
    })),
  restructure: () =>
    import('../steps/restructure/restructure-step.tsx').then((m) => ({
      default: m.RestructureStep,
    })),
};

const MODULES = Object.fromEntries(
  Object.entries(LOADERS).map(([screen, load]) => [screen, lazyModule(load)]),
) as Record<PlanScreen, LazyModule>;

/**
 * Each screen's code loads when it is first opened, so the first screen a
 * person sees carries only what it needs.
 */
export const SCREENS = Object.fromEntries(
  Object.entries(MODULES).map(([screen, module]) => [screen, module.Component]),
) as Record<PlanScreen, LazyExoticComponent<ComponentType>>;

/**
 * Fetches a screen's code now, e.g. while the plan itself loads, so the two
 * downloads overlap instead of following each other; once it has arrived the
 * screen renders without suspending. Never rejects: a failed download is
 * tried again when the screen renders, which shows the error.
 */
export function loadScreen(screen: PlanScreen): Promise<void> {
  return MODULES[screen].load().catch(() => undefined);
}

/** Starts fetching a screen's code without waiting for it. */
export function preloadScreen(screen: PlanScreen): void {
  void loadScreen(screen);
}
