import type { Plan } from '@trailmap/domain';
import { api } from '../api/client.ts';
import { loadScreen } from '../features/workspace/screens.tsx';
import { parseRoute } from './routes.ts';
import { WORKSPACE } from './workspace-module.ts';

/**
 * When the page is opened at a plan's address, the plan and the screen's code
 * are requested at once, before React has rendered anything, instead of one
 * after the other once the workspace code has arrived and painted its
 * "Opening your plan…" line. The dashboard of a full plan reaches its
 * largest paint a few hundred milliseconds sooner on a busy machine.
 *
 * The early answer serves only the first opening of that plan; any later
 * opening (another plan, a retry) asks the server again.
 */
let early: {
  planId: string;
  plan: Promise<Plan>;
  code: Promise<void>;
  /** Set once the plan and the code are both in. */
  ready: Plan | null;
} | null = null;

export function openPlanEarly(pathname: string): void {
  const route = parseRoute(pathname);
  if (route.name !== 'plan') return;
  const plan = api.getPlan(route.planId);
  // Handled where it is taken; this only keeps an early failure from being reported as unhandled.
  plan.catch(() => undefined);
  // The workspace's code and the screen's, both fetched now; the workspace
  // renders once all three are in, in one pass (see lazy-module.ts).
  const code = Promise.all([
    WORKSPACE.load().catch(() => undefined),
    loadScreen(route.screen),
  ]).then(() => undefined);
  const opened = { planId: route.planId, plan, code, ready: null as Plan | null };
  early = opened;
  void plan.then((loaded) => code.then(() => (opened.ready = loaded))).catch(() => undefined);
}

/**
 * The plan requested at page load, if it is `planId` and it and the screen's
 * code are in already: the workspace then opens in its first render, with no
 * "Opening your plan…" render and effect in between. Taken once.
 */
export function takeReadyEarlyPlan(planId: string): Plan | null {
  if (early?.planId !== planId || !early.ready) return null;
  const { ready } = early;
  early = null;
  return ready;
}

/**
 * The plan requested at page load, once, if it is `planId`; otherwise null.
 * It resolves when the screen's code has arrived too.
 */
export function takeEarlyPlan(planId: string): Promise<Plan> | null {
  if (early?.planId !== planId) return null;
  const { plan, code } = early;
  early = null;
  return plan.then((loaded) => code.then(() => loaded));
}
