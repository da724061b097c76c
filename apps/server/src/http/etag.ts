import { MAX_VERSION } from '@trailmap/contracts';
import { AppError } from './app-error.ts';

/** The ETag of a versioned resource: its version, quoted as RFC 9110 asks. */
export const etagOf = (version: number): string => `"${version}"`;

/** What If-Match asked for: any current version (`*`), or one of these versions. */
export type IfMatch =
  { readonly any: true } | { readonly any: false; readonly versions: readonly number[] };

const ENTITY_TAG = /^(W\/)?"([^"]*)"$/;

/**
 * Reads If-Match (RFC 9110 §13.1.1): `*`, or a comma-separated list of entity
 * tags. If-Match compares strongly, so a weak tag (W/"3") never matches, and
 * neither does a tag that is not one of ours (`"03"`, `"abc"`, a version too
 * large to exist): such a precondition simply fails (412). Only a header that
 * is not a list of entity tags at all is a 400. Null when the header is absent.
 */
export function parseIfMatch(header: string | string[] | undefined): IfMatch | null {
  if (header === undefined) return null;
  const raw = (Array.isArray(header) ? header.join(',') : header).trim();
  if (raw === '*') return { any: true };
  const tags = raw.split(',').map((tag) => tag.trim());
  const versions: number[] = [];
  for (const tag of tags) {
    const match = ENTITY_TAG.exec(tag);
    if (!match) {
      throw new AppError(
        400,
        'request.invalid_if_match',
        'If-Match must hold ETags from earlier responses, e.g. If-Match: "3", or *.',
      );
    }
    const [, weak, opaque] = match;
    if (weak || !opaque || !/^[1-9]\d{0,9}$/.test(opaque)) continue;
    const version = Number(opaque);
    if (version <= MAX_VERSION) versions.push(version);
  }
  return { any: false, versions };
}

/** How a write names the version it was based on. */
export type Precondition =
  | { readonly via: 'if-match'; readonly ifMatch: IfMatch }
  | { readonly via: 'body'; readonly version: number }
  | { readonly via: 'none' };

/** Combines If-Match and a body `version`; both may be given only if they agree. */
export function preconditionOf(
  ifMatch: IfMatch | null,
  bodyVersion: number | undefined,
  code: string,
): Precondition {
  if (ifMatch === null)
    return bodyVersion === undefined ? { via: 'none' } : { via: 'body', version: bodyVersion };
  if (!ifMatch.any && bodyVersion !== undefined && !ifMatch.versions.includes(bodyVersion)) {
    throw new AppError(
      400,
      code,
      `If-Match names ${ifMatch.versions.length ? `version ${ifMatch.versions.join(', ')}` : 'no current version'} but the body says version ${bodyVersion}; send the same version in both, or leave "version" out of the body.`,
    );
  }
  return { via: 'if-match', ifMatch };
}

export type PreconditionOutcome =
  /** Write, guarded by this version (null: unguarded, for If-Match: *). */
  | { readonly holds: true; readonly expectedVersion: number | null }
  /** Refuse: 412 for If-Match, 409 for a body version. */
  | { readonly holds: false; readonly status: 409 | 412; readonly basedOn: number | null };

/** Checks a precondition (not 'none') against the stored version. */
export function evaluatePrecondition(
  precondition: Exclude<Precondition, { via: 'none' }>,
  currentVersion: number,
): PreconditionOutcome {
  if (precondition.via === 'body') {
    return precondition.version === currentVersion
      ? { holds: true, expectedVersion: currentVersion }
      : { holds: false, status: 409, basedOn: precondition.version };
  }
  const { ifMatch } = precondition;
  if (ifMatch.any) return { holds: true, expectedVersion: null };
  return ifMatch.versions.includes(currentVersion)
    ? { holds: true, expectedVersion: currentVersion }
    : { holds: false, status: 412, basedOn: ifMatch.versions[0] ?? null };
}

/** Whether If-None-Match names this version (or is `*`), so a 304 can answer a read. */
export function ifNoneMatchHolds(header: string | string[] | undefined, version: number): boolean {
  if (header === undefined) return false;
  const raw = Array.isArray(header) ? header.join(',') : header;
  if (raw.trim() === '*') return true;
  // If-None-Match compares weakly (RFC 9110 §13.1.2).
  return raw.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etagOf(version));
}
