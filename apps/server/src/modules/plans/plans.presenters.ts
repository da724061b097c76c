import type { Plan } from '@trailmap/domain';
import { etagOf } from '../../http/etag.ts';
import type { RouteResult } from '../../http/route.ts';

/** A plan as the API shows it, with its version as ETag so the next write can be guarded. */
export function presentPlan(plan: Plan, status = 200, extraHeaders: Record<string, string> = {}): RouteResult {
  return { status, body: plan, headers: { ETag: etagOf(plan.version), ...extraHeaders } };
}
