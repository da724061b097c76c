import { AppError } from './app-error.ts';

/** The ETag of a versioned resource: its version, quoted as RFC 9110 asks. */
export const etagOf = (version: number): string => `"${version}"`;

/**
 * Reads If-Match. Returns the version the client based its edit on, `'any'`
 * for `*`, or null when the header is absent. Weak tags are accepted because
 * our tags identify versions, not bytes.
 */
export function parseIfMatch(header: string | string[] | undefined): number | 'any' | null {
  if (header === undefined) return null;
  const raw = (Array.isArray(header) ? header.join(',') : header).trim();
  if (raw === '*') return 'any';
  const match = /^(?:W\/)?"(\d{1,15})"$/.exec(raw);
  if (!match?.[1]) {
    throw new AppError(
      400,
      'request.invalid_if_match',
      'If-Match must hold one ETag from a previous response, e.g. If-Match: "3".',
    );
  }
  return Number(match[1]);
}

/** Whether If-None-Match names this version (or is `*`), so a 304 can answer a read. */
export function ifNoneMatchHolds(header: string | string[] | undefined, version: number): boolean {
  if (header === undefined) return false;
  const raw = Array.isArray(header) ? header.join(',') : header;
  if (raw.trim() === '*') return true;
  return raw.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etagOf(version));
}
