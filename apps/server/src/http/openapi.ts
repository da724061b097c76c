import { errorResponseSchema } from '@trailmap/contracts';
import { z } from 'zod';
import type { RouteRegistry, ResponseSpec } from './route.ts';

type JsonSchema = Record<string, unknown>;
type Route = RouteRegistry[number];

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
 * Every error body has the same shape, and nearly every operation can answer
 * one, so the schema is written once under components and referenced.
 */
const ERROR_SCHEMA_NAME = 'Error';
const errorContent = {
  'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA_NAME}` } },
};

function responseOf(spec: ResponseSpec): JsonSchema {
  return {
    description: spec.description,
    ...(spec.headers?.length
      ? {
          headers: Object.fromEntries(spec.headers.map((h) => [h, { schema: { type: 'string' } }])),
        }
      : {}),
    ...(spec.schema === errorResponseSchema
      ? { content: errorContent }
      : spec.schema
        ? {
            content: {
              [spec.contentType ?? 'application/json']: { schema: toSchema(spec.schema, 'output') },
            },
          }
        : {}),
  };
}

/**
 * Errors that come from shared request checks rather than a route's own
 * logic, so route authors tend not to declare them: defineRoute refuses
 * params, query and body that fail their schemas (400), parseIfMatch refuses
 * a malformed If-Match (400), and Fastify's body parser refuses a body that
 * is too large (413) or not JSON (415); the host check answers 403 and the
 * router 414 for an over-long id. Without them a client reading the
 * document would think a route can only fail in the ways it happens to list.
 */
function impliedErrors(route: Route): Record<number, string> {
  const invalid: string[] = [];
  if (route.params) invalid.push('The URL is not valid');
  // A route without a query schema refuses any query parameter (defineRoute).
  invalid.push(
    route.query ? 'The query string is not valid' : 'The route takes no query parameters',
  );
  if (route.body) invalid.push('The body is missing, is not JSON or does not match the schema');
  if (route.requestHeaders?.some((h) => h.name.toLowerCase() === 'if-match'))
    invalid.push('If-Match is not a list of ETags from earlier responses, or *');
  const implied: Record<number, string> = {};
  if (invalid.length > 0) implied[400] = invalid.join('; ');
  // The host check (when on) and the router's length limit apply to every route.
  implied[403] = 'The request is addressed to a host name that is not allowed';
  if (route.params) implied[414] = 'A part of the URL is too long';
  if (route.body) {
    implied[413] = 'The body is too large';
    implied[415] = 'Send JSON (Content-Type: application/json)';
  }
  return implied;
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
    for (const [status, response] of Object.entries(route.responses))
      responses[status] = responseOf(response);
    // A route's own description of a status wins: it knows its case best.
    for (const [status, description] of Object.entries(impliedErrors(route)))
      responses[status] ??= { description, content: errorContent };
    // Anything else (a 500 from a fault, a 429 from rate limiting) still comes
    // as an error body from the one error handler.
    responses.default = { description: 'Unexpected error', content: errorContent };
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
    components: {
      schemas: { [ERROR_SCHEMA_NAME]: toSchema(errorResponseSchema, 'output') },
    },
  };
}
