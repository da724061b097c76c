/**
 * The usual hardening headers, computed once. (A middleware that rebuilds the
 * policy string on every request cost a few percent of a plan read.) The page
 * loads only its own scripts, styles and fonts, and talks only to this server.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'self'",
    "base-uri 'self'",
    "font-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
  ].join('; '),
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/** API answers are personal and versioned: never cached in between. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'cache-control': 'no-store',
};

/** The headers every response to this URL carries. */
export const securityHeadersFor = (url: string): Readonly<Record<string, string>> =>
  url.startsWith('/api/') ? API_HEADERS : SECURITY_HEADERS;
