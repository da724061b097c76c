import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from './app-error.ts';

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

const body = (code: string, message: string, details?: unknown): ErrorBody => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/**
 * Fastify's own request errors (bad JSON, too large, wrong media type) mapped
 * to stable codes and messages that say what to fix.
 */
function describeFrameworkError(error: FastifyError): { status: number; body: ErrorBody } | null {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        status: 400,
        body: body(
          'request.invalid_json',
          'The request body is not valid JSON. Check quotes, commas and brackets.',
        ),
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        body: body(
          'request.body_too_large',
          'The request body is too large. Split the change into smaller saves.',
        ),
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        body: body(
          'request.unsupported_media_type',
          'Send the body as JSON with Content-Type: application/json.',
        ),
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        status: 400,
        body: body(
          'request.invalid_content_length',
          'The Content-Length header does not match the body.',
        ),
      };
  }
  // Prototype-poisoning keys are refused by Fastify's JSON parser with a SyntaxError.
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return {
      status: 400,
      body: body(
        'request.invalid_json',
        'The request body could not be read as JSON. Check its syntax.',
      ),
    };
  }
  return null;
}

/**
 * Errors Fastify raises before routing (a URL that cannot be decoded, a path
 * parameter that is too long), answered in the same shape as every other error.
 */
export function describeRouterError(error: FastifyError): { status: number; body: ErrorBody } {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return {
      status: 414,
      body: body(
        'request.url_too_long',
        'A part of this URL is too long; ids are at most 64 characters.',
      ),
    };
  }
  return {
    status: 400,
    body: body('request.invalid_url', 'This URL cannot be read; check its %-escapes.'),
  };
}

/** The one place errors become `{ error: { code, message, details } }` responses. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
      return reply.code(error.statusCode).send(body(error.code, error.message, error.details));
    }
    const known = describeFrameworkError(error);
    if (known) return reply.code(known.status).send(known.body);
    if (error.statusCode === 429) {
      return reply
        .code(429)
        .send(body('request.rate_limited', 'Too many requests. Wait a moment and try again.'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .code(500)
      .send(
        body('internal.error', 'Something went wrong on our side; nothing was changed. Try again.'),
      );
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send(
        body(
          'route.not_found',
          `There is no ${request.method} ${request.url.split('?')[0]}. See /api/openapi.json for the routes.`,
        ),
      ),
  );
}
