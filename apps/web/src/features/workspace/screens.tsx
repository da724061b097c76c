import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { PlanScreen } from '../../app/routes.ts';

/**
 * Each screen's code loads when it is first opened, so the first screen a
 * person sees carries only what it needs.
 */
export const SCREENS: Record<PlanScreen, LazyExoticComponent<ComponentType>> = {
  dashboard: lazy(() =>
    import('../dashboard/dashboard-screen.tsx').then((m) => ({ default: m.DashboardScreen })),
  ),
  'quick-start': lazy(() =>
    import('../quick-start/quick-start-screen.tsx').then((m) => ({ default: m.QuickStartScreen })),
  ),
  strategy: lazy(() =>
    import('../strategy/strategy-screen.tsx').then((m) => ({ default: m.StrategyScreen })),
  ),
  product: lazy(() =>
    import('../steps/product/product-step.tsx').then((m) => ({ default: m.ProductStep })),
  ),
  vision: lazy(() =>
    import('../steps/vision/vision-step.tsx').then((m) => ({ default: m.VisionStep })),
  ),
  skills: lazy(() =>
    import('../steps/skills/skills-step.tsx').then((m) => ({ default: m.SkillsStep })),
  ),
  audit: lazy(() =>
    import('../steps/audit/audit-step.tsx').then((m) => ({ default: m.AuditStep })),
  ),
  roadmap: lazy(() =>
    import('../steps/roadmap/roadmap-step.tsx').then((m) => ({ default: m.RoadmapStep })),
  ),
  portfolio: lazy(() =>
    import('../steps/portfolio/portfolio-step.tsx').then((m) => ({ default: m.PortfolioStep })),
  ),
  restructure: lazy(() =>
    import('../steps/restructure/restructure-step.tsx').then((m) => ({
      default: m.RestructureStep,
    })),
  ),
};
