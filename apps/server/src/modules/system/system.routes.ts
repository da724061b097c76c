import type { FastifyInstance } from 'fastify';
import { healthResponseSchema } from '@trailmap/contracts';
import { z } from 'zod';
import { buildOpenApiDocument } from '../../http/openapi.ts';
import { defineRoute, type RouteRegistry } from '../../http/route.ts';

export function registerSystemRoutes(
  app: FastifyInstance,
  registry: RouteRegistry,
  version: string,
): void {
  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/health',
      operationId: 'health',
      summary: 'Liveness check',
      tag: 'system',
      responses: { 200: { description: 'The server is up', schema: healthResponseSchema } },
    },
    async () => ({ status: 200, body: { status: 'ok' } }),
  );

  // Built lazily, once: every route is registered by the time the first request arrives.
  let document: Record<string, unknown> | null = null;
  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/openapi.json',
      operationId: 'openapi',
      summary: 'This API described as OpenAPI 3.1',
      tag: 'system',
      responses: {
        // Only the outline: describing OpenAPI in OpenAPI would add nothing a
        // client can use, but a schema-less 200 reads as "no body".
        200: {
          description: 'The OpenAPI document',
          schema: z.looseObject({
            openapi: z.string(),
            info: z.looseObject({}),
            paths: z.record(z.string(), z.unknown()),
          }),
        },
      },
    },
    async () => {
      document ??= buildOpenApiDocument(registry, version);
      return { status: 200, body: document };
    },
  );
}
