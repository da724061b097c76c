import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from './app-error.ts';
import { describeZodIssues, formatPath } from './zod-issues.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface ResponseSpec {
  readonly description: string;
  /** Absent for bodiless responses such as 204. */
  readonly schema?: Schema;
  /** Response headers worth documenting, e.g. ETag. */
  readonly headers?: readonly string[];
  /** The media type of the body when it is not JSON, e.g. `application/x-ndjson` for a stream of `schema`. */
  readonly contentType?: string;
}

export interface RouteSpec<P, Q, B> {
  readonly method: Method;
  /** Fastify-style path, e.g. `/api/plans/:planId`. */
  readonly url: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** Request headers the route reads (documented), e.g. If-Match. */
  readonly requestHeaders?: readonly { name: string; description: string; required?: boolean }[];
  readonly responses: Readonly<Record<number, ResponseSpec>>;
}

export interface RouteInput<P, Q, B> {
  readonly params: Infer<P>;
  readonly query: Infer<Q>;
  readonly body: Infer<B>;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

/** What a handler answers: a status, optional body and headers. */
export interface RouteResult {
  readonly status: number;
  readonly body?: unknown;
  /** A body already serialized as JSON (UTF-8 bytes), sent as is. */
  readonly rawJson?: Buffer;
  readonly headers?: Record<string, string>;
}

const JSON_UTF8 = 'application/json; charset=utf-8';

/** Every route registered, kept so the OpenAPI document covers them all. */
export type RouteRegistry = RouteSpec<Schema | undefined, Schema | undefined, Schema | undefined>[];

function parsePart<S extends Schema | undefined>(
  schema: S,
  value: unknown,
  where: 'params' | 'query' | 'body',
): Infer<S> {
  if (!schema) {
    // Routes that read no query string still refuse one, as bodies refuse unknown fields.
    if (where === 'query' && value && typeof value === 'object' && Object.keys(value).length > 0) {
      const unknown = Object.keys(value);
      throw new AppError(
        400,
        'request.invalid_query',
        `This route takes no query parameters; remove ${unknown.map((k) => `"${k}"`).join(', ')}.`,
        {
          problems: unknown.map((key) => ({
            path: [key],
            code: 'unknown_field',
            message: 'Not a parameter of this route.',
          })),
        },
      );
    }
    return undefined as Infer<S>;
  }
  const input = value ?? (where === 'body' ? undefined : {});
  // Parsed plainly first: any options object takes zod off its compiled path for
  // objects (a save body parses in two thirds of the time without one). Only a
  // request that fails is parsed again, with reportInput, so a missing field can
  // be told apart from one of the wrong type; both parses see the same input and
  // schemas are pure, so the second fails exactly as the first did.
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data as Infer<S>;
  const failed = schema.safeParse(input, { reportInput: true });
  const problems = describeZodIssues(failed.error?.issues ?? parsed.error.issues);
  const first = problems[0];
  const where_ = where === 'body' ? 'request body' : where === 'query' ? 'query string' : 'URL';
  const message =
    first === undefined
      ? `The ${where_} is not valid.`
      : `The ${where_} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}: ${
          first.path.length ? `${formatPath(first.path)}: ` : ''
        }${first.message}`;
  throw new AppError(400, `request.invalid_${where}`, message, { problems });
}

/**
 * Registers a route whose params, query and body are parsed by contract
 * schemas before the handler runs, and records it for the OpenAPI document.
 */
export function defineRoute<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(
  app: FastifyInstance,
  registry: RouteRegistry,
  spec: RouteSpec<P, Q, B>,
  handler: (input: RouteInput<P, Q, B>) => Promise<RouteResult>,
): void {
  registry.push(spec as RouteSpec<Schema | undefined, Schema | undefined, Schema | undefined>);
  app.route({
    method: spec.method,
    url: spec.url,
    handler: async (request, reply) => {
      if (spec.body && request.body === undefined) {
        throw new AppError(
          400,
          'request.missing_body',
          'This request needs a JSON body (Content-Type: application/json).',
        );
      }
      const input: RouteInput<P, Q, B> = {
        params: parsePart<P>(spec.params as P, request.params, 'params'),
        query: parsePart<Q>(spec.query as Q, request.query, 'query'),
        body: parsePart<B>(spec.body as B, request.body, 'body'),
        request,
        reply,
      };
      const result = await handler(input);
      if (result.headers !== undefined) reply.headers(result.headers);
      reply.code(result.status);
      if (result.rawJson !== undefined) {
        return reply.type(JSON_UTF8).send(result.rawJson);
      }
      return result.body === undefined ? reply.send() : reply.send(result.body);
    },
  });
}
