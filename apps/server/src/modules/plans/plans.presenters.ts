import { documentJsonUtf8 } from '@trailmap/db';
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
  private readonly entries = new Map<
    string,
    { ownerId: string; version: number; body: Buffer; lastUsed: number }
  >();
  // Recency as a counter per entry rather than Map order: moving an entry to the
  // end of a Map on every hit (delete, set) cost more than the rest of the lookup.
  private clock = 0;

  constructor(private readonly maxEntries: number) {}

  get(ownerId: string, planId: string, version: number): Buffer | undefined {
    const entry = this.entries.get(planId);
    if (!entry || entry.ownerId !== ownerId || entry.version !== version) return undefined;
    entry.lastUsed = ++this.clock;
    return entry.body;
  }

  remember(plan: Plan, body: Buffer): void {
    if (this.maxEntries <= 0) return;
    this.entries.set(plan.id, {
      ownerId: plan.ownerId,
      version: plan.version,
      body,
      lastUsed: ++this.clock,
    });
    if (this.entries.size > this.maxEntries) this.forgetLeastRecentlyUsed();
  }

  forget(planId: string): void {
    this.entries.delete(planId);
  }

  /** One pass over at most maxEntries + 1 entries, and only when a new plan pushes one out. */
  private forgetLeastRecentlyUsed(): void {
    let oldest: string | undefined;
    let oldestUse = Infinity;
    for (const [planId, entry] of this.entries) {
      if (entry.lastUsed < oldestUse) {
        oldest = planId;
        oldestUse = entry.lastUsed;
      }
    }
    if (oldest !== undefined) this.entries.delete(oldest);
  }
}

const CLOSING_BRACE = Buffer.from('}');

/**
 * A plan as JSON (UTF-8), its content last. The content is most of a plan, and
 * the store already holds its JSON (the bytes it just wrote, or the text it
 * read): that is reused instead of encoding the content a second time.
 */
function planJsonUtf8({ content, ...header }: Plan): Buffer {
  return Buffer.concat([
    Buffer.from(`${JSON.stringify(header).slice(0, -1)},"content":`),
    documentJsonUtf8(content),
    CLOSING_BRACE,
  ]);
}

/** A plan as the API shows it, with its version as ETag so the next write can be guarded. */
export function presentPlan(
  plan: Plan,
  cache: PlanBodyCache,
  status = 200,
  extraHeaders: Record<string, string> = {},
): RouteResult {
  // Bytes, not a string: sending a string makes Node encode it again on every response.
  const body = planJsonUtf8(plan);
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
