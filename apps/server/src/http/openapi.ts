import { z } from 'zod';
import type { RouteRegistry } from './route.ts';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** `/api/plans/:planId` → `/api/plans/{planId}` */
const toOpenApiPath = (url: string): string => url.replace(/:([A-Za-z]+)/g, '{$1}');

function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    schema: property,
  }));
}

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate
 * requests, so the document cannot drift from what the server accepts.
 */
export function buildOpenApiDocument(registry: RouteRegistry, version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of registry) {
    const path = toOpenApiPath(route.url);
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.headers?.length
          ? {
              headers: Object.fromEntries(
                response.headers.map((h) => [h, { schema: { type: 'string' } }]),
              ),
            }
          : {}),
        ...(response.schema
          ? { content: { 'application/json': { schema: toSchema(response.schema, 'output') } } }
          : {}),
      };
    }
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      parameters: [
        ...parametersOf(route.params, 'path'),
        ...parametersOf(route.query, 'query'),
        ...(route.requestHeaders ?? []).map((h) => ({
          name: h.name,
          in: 'header',
          required: h.required ?? false,
          description: h.description,
          schema: { type: 'string' },
        })),
      ],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Trailmap API',
      version,
      description:
        'Career strategy, plan, proof. Errors are { error: { code, message, details } }; writes to plans are guarded by ETag / If-Match.',
    },
    paths,
  };
}
