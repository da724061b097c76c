import { AppError } from './app-error.ts';

/**
 * Refuses requests addressed to a host name not on the list. Trailmap on
 * localhost has no login, so without this a web page on another site could
 * point a DNS name at 127.0.0.1 and read or change a person's plans.
 *
 * Returns the check: the error to answer with, or undefined when the Host
 * header names an allowed host (on any port).
 */
export function createHostCheck(
  allowedHosts: readonly string[],
): (hostHeader: string | undefined) => AppError | undefined {
  const allowed = new Set(allowedHosts.map((h) => h.toLowerCase()));
  // Clients send the same Host header on every request; header values already
  // accepted are answered without lower-casing and parsing them again. Only
  // accepted values are kept, so the set stays as small as the ways of writing
  // an allowed name with a port.
  const accepted = new Set<string>();
  return (hostHeader) => {
    if (hostHeader !== undefined && accepted.has(hostHeader)) return undefined;
    const host = (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '');
    if (allowed.has(host)) {
      if (hostHeader !== undefined && accepted.size < 64) accepted.add(hostHeader);
      return undefined;
    }
    return new AppError(
      403,
      'request.host_not_allowed',
      `Requests to "${host || '(no host)'}" are not accepted. Open Trailmap at http://localhost or http://127.0.0.1, or add the name to TRAILMAP_ALLOWED_HOSTS.`,
    );
  };
}
