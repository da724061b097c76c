import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error.ts';

/**
 * Refuses requests addressed to a host name not on the list. Trailmap on
 * localhost has no login, so without this a web page on another site could
 * point a DNS name at 127.0.0.1 and read or change a person's plans.
 */
export function installHostCheck(app: FastifyInstance, allowedHosts: readonly string[]): void {
  const allowed = new Set(allowedHosts.map((h) => h.toLowerCase()));
  app.addHook('onRequest', (request, _reply, done) => {
    const host = (request.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
    if (allowed.has(host)) return done();
    done(
      new AppError(
        403,
        'request.host_not_allowed',
        `Requests to "${host || '(no host)'}" are not accepted. Open Trailmap at http://localhost or http://127.0.0.1, or add the name to TRAILMAP_ALLOWED_HOSTS.`,
      ),
    );
  });
}
