import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import fastifyStatic from '@fastify/static';
import type { PlanStore } from '@trailmap/db';
import { describeRouterError, installErrorHandling } from './http/error-handler.ts';
import { createHostCheck } from './http/host-check.ts';
import { installOwner } from './http/owner.ts';
import { lazyRequestLogger } from './http/request-logger.ts';
import { API_HEADERS, securityHeadersFor } from './http/security-headers.ts';
import type { RouteRegistry } from './http/route.ts';
import type { UseCaseDeps } from './modules/deps.ts';
import type { AiExposureSource } from './modules/ai-exposure/ai-exposure.repository.ts';
import { registerAiExposureRoutes } from './modules/ai-exposure/ai-exposure.routes.ts';
import { registerAssistantRoutes } from './modules/assistant/assistant.routes.ts';
import { DEFAULT_TIMEOUTS, type ClientTimeouts } from './modules/assistant/openai-client.ts';
import { registerCoachRoutes } from './modules/coach/coach.routes.ts';
import { registerIterationRoutes } from './modules/iterations/iterations.routes.ts';
import { PlanBodyCache } from './modules/plans/plans.presenters.ts';
import { registerPlanRoutes } from './modules/plans/plans.routes.ts';
import { registerProofRoutes } from './modules/proof/proof.routes.ts';
import type { OccupationData } from './modules/occupations/occupations.repository.ts';
import { registerOccupationRoutes } from './modules/occupations/occupations.routes.ts';
import { registerSystemRoutes } from './modules/system/system.routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** `METHOD /api/...` of every API route registered. */
    apiRoutes: readonly string[];
  }
}

export interface AppOptions {
  readonly store: PlanStore;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** Folder of the built web client; when absent, `/` explains how to build it. */
  readonly webDistDir?: string | null;
  /** Largest accepted request body in bytes. */
  readonly bodyLimitBytes?: number;
  readonly logger?: FastifyServerOptions['logger'];
  readonly version?: string;
  /** Plans whose JSON is kept for fast reads (0 turns the cache off). */
  readonly planCacheEntries?: number;
  /** Host names requests may be addressed to (without port); null or absent accepts any. */
  readonly allowedHosts?: readonly string[] | null;
  /** The O*NET data (loading, ready, missing …); absent means not installed. */
  readonly occupations?: OccupationData;
  /** The AI-exposure studies (loading, ready, missing …); absent means not installed. */
  readonly aiExposure?: AiExposureSource;
  /** How long to wait for a configured language model (tests make these small). */
  readonly assistantTimeouts?: ClientTimeouts;
}

const NO_OCCUPATION_DATA: OccupationData = {
  state: () => ({ status: 'missing', dir: '(not configured)' }),
  ready: Promise.resolve({ status: 'missing', dir: '(not configured)' }),
};

const NO_AI_EXPOSURE_DATA: AiExposureSource = {
  state: () => ({ status: 'missing', dir: '(not configured)' }),
  ready: Promise.resolve({ status: 'missing', dir: '(not configured)' }),
};

/** Builds the HTTP application around a store. No listening, no config reading. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Errors are logged by the error handler; a log line per request is noise on a personal server.
    logController: new LogController({ disableRequestLogging: true }),
    childLoggerFactory: lazyRequestLogger,
    bodyLimit: options.bodyLimitBytes ?? 2 * 1024 * 1024,
    // A plan id is a UUID; long URLs are refused before routing.
    routerOptions: { maxParamLength: 200 },
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Router errors never reach the error handler; answer them in the same shape, with the same headers.
    frameworkErrors: (error, _request, reply) => {
      const { status, body } = describeRouterError(error);
      // The reply's generic types reject a plain status number here; the raw values are what Fastify sends.
      const plain = reply as unknown as FastifyReply;
      void plain.code(status).headers(API_HEADERS).send(body);
    },
  });
  // Only JSON is read; a text body is refused with 415 instead of reaching the schemas.
  app.removeContentTypeParser('text/plain');
  const deps: UseCaseDeps = {
    store: options.store,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => crypto.randomUUID()),
  };
  const registry: RouteRegistry = [];
  // Every API route Fastify knows, so a test can hold the OpenAPI document to all of them.
  const apiRoutes: string[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (route.url.startsWith('/api/')) {
      for (const method of methods) if (method !== 'HEAD') apiRoutes.push(`${method} ${route.url}`);
    }
  });

  // One hook, as callback rather than async, for what every request gets: it
  // runs on every request, and each hook (and promise) per request is
  // measurable on a plan read. Headers first, so a refused host gets them too.
  const checkHost = options.allowedHosts ? createHostCheck(options.allowedHosts) : null;
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(securityHeadersFor(request.url));
    done(checkHost?.(request.headers.host));
  });
  installErrorHandling(app);
  installOwner(app);

  registerSystemRoutes(app, registry, options.version ?? '0.1.0');
  registerPlanRoutes(app, registry, deps, new PlanBodyCache(options.planCacheEntries ?? 200));
  registerIterationRoutes(app, registry, deps);
  registerProofRoutes(app, registry, deps);
  const occupations = options.occupations ?? NO_OCCUPATION_DATA;
  const studies = options.aiExposure ?? NO_AI_EXPOSURE_DATA;
  registerOccupationRoutes(app, registry, occupations, options.version ?? '0.1.0', studies);
  registerCoachRoutes(app, registry, occupations);
  registerAssistantRoutes(app, registry, {
    ...deps,
    timeouts: options.assistantTimeouts ?? DEFAULT_TIMEOUTS,
  });
  registerAiExposureRoutes(app, registry, { studies, occupations });

  const dist = options.webDistDir;
  if (dist && existsSync(join(dist, 'index.html'))) {
    await app.register(fastifyStatic, { root: dist, wildcard: false, index: ['index.html'] });
    // Client-side routes (/plans/…) get the app shell; unknown /api paths stay JSON 404s.
    app.get('/*', async (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.callNotFound();
      }
      return reply.type('text/html').sendFile('index.html');
    });
  } else {
    app.get('/', async (_request, reply) =>
      reply
        .type('text/html')
        .send(
          '<!doctype html><title>Trailmap</title><p>The web client is not built yet. Run <code>npm start</code> (it builds it) or <code>npm run build</code>.</p>',
        ),
    );
  }
  return app;
}
