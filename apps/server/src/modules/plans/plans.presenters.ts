import type { Plan } from '@trailmap/domain';
import { etagOf } from '../../http/etag.ts';
import type { RouteResult } from '../../http/route.ts';

/**
 * The JSON bytes of recently served plans, keyed by plan and checked against the
 * stored version on every read, so a cached body is never stale: a plan read is
 * then one tiny version query instead of decoding and re-encoding the whole
 * document. Correct with several server processes too, since the database,
 * not the cache, says which version is current. Least recently used goes first.
 */
export class PlanBodyCache {
  private readonly entries = new Map<string, { ownerId: string; version: number; body: Buffer }>();

  constructor(private readonly maxEntries: number) {}

  get(ownerId: string, planId: string, version: number): Buffer | undefined {
    const entry = this.entries.get(planId);
    if (!entry || entry.ownerId !== ownerId || entry.version !== version) return undefined;
    this.entries.delete(planId);
    this.entries.set(planId, entry);
    return entry.body;
  }

  remember(plan: Plan, body: Buffer): void {
    if (this.maxEntries <= 0) return;
    this.entries.delete(plan.id);
    this.entries.set(plan.id, { ownerId: plan.ownerId, version: plan.version, body });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  forget(planId: string): void {
    this.entries.delete(planId);
  }
}

/** A plan as the API shows it, with its version as ETag so the next write can be guarded. */
export function presentPlan(
  plan: Plan,
  cache: PlanBodyCache,
  status = 200,
  extraHeaders: Record<string, string> = {},
): RouteResult {
  // Encoded once: sending a string makes Node encode it again on every response.
  const body = Buffer.from(JSON.stringify(plan));
  cache.remember(plan, body);
  return { status, rawJson: body, headers: { ETag: etagOf(plan.version), ...extraHeaders } };
}

/** A cached body of the current version, or a 304 when the client already holds it. */
export function presentCachedPlan(body: Buffer, version: number): RouteResult {
  return { status: 200, rawJson: body, headers: { ETag: etagOf(version) } };
}

export const presentNotModified = (version: number): RouteResult => ({
  status: 304,
  headers: { ETag: etagOf(version) },
});
