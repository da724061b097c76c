import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { createTestApp } from '../testing/test-app.ts';
import { enginesUnderTest, type TestStore } from '../testing/test-stores.ts';

const sqlite = enginesUnderTest()[0]!;

describe('HTTP edge of the API', () => {
  let opened: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    opened = await sqlite.open();
    app = await createTestApp(opened, { bodyLimitBytes: 64 * 1024 });
  });
  afterAll(async () => {
    await app.close();
    await opened.dispose();
  });

  const post = (payload: string, contentType = 'application/json') =>
    app.inject({
      method: 'POST',
      url: '/api/plans',
      payload,
      headers: { 'content-type': contentType },
    });

  it('explains a body that is not JSON', async () => {
    const response = await post('{"title": "x",');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('request.invalid_json');
  });

  it('asks for JSON when another media type is sent', async () => {
    const response = await post('title=x', 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('request.unsupported_media_type');
  });

  it('asks for a body when a write has none', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/plans' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('request.missing_body');
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await post(JSON.stringify({ title: 'x'.repeat(100 * 1024) }));
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('request.body_too_large');
  });

  it('refuses prototype-poisoning keys', async () => {
    const response = await post('{"title":"x","__proto__":{"admin":true}}');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('request.invalid_json');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await app.inject('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('route.not_found');
  });

  it('never caches API answers', async () => {
    const response = await app.inject('/api/health');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('describes every route in the OpenAPI document, with strict request schemas', async () => {
    const response = await app.inject('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const registered = app.apiRoutes.map((r) => r.replace(/:([A-Za-z]+)/g, '{$1}'));
    expect(registered.length).toBeGreaterThanOrEqual(18);
    expect([...documented].sort()).toEqual([...registered].sort());
    for (const route of [
      'GET /api/health',
      'GET /api/openapi.json',
      'GET /api/plans',
      'POST /api/plans',
      'GET /api/plans/{planId}',
      'PUT /api/plans/{planId}',
      'DELETE /api/plans/{planId}',
      'GET /api/plans/{planId}/revisions',
      'GET /api/plans/{planId}/revisions/{version}',
      'POST /api/plans/{planId}/iterations',
      'GET /api/plans/{planId}/iterations',
      'GET /api/plans/{planId}/iterations/compare',
      'GET /api/plans/{planId}/iterations/{iterationId}',
      'GET /api/plans/{planId}/proof',
      'POST /api/plans/{planId}/proof',
      'GET /api/plans/{planId}/proof/{proofId}',
      'PUT /api/plans/{planId}/proof/{proofId}',
      'DELETE /api/plans/{planId}/proof/{proofId}',
    ]) {
      expect(documented).toContain(route);
    }
    const createBody = doc.paths['/api/plans'].post.requestBody.content['application/json'].schema;
    expect(createBody.additionalProperties).toBe(false);
    expect(doc.paths['/api/plans/{planId}'].put.responses['412']).toBeDefined();
  });

  it('documents the errors shared request checks can answer on every route, and a default error', async () => {
    const doc = (await app.inject('/api/openapi.json')).json();
    const errorRef = { $ref: '#/components/schemas/Error' };
    expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
    type Operation = {
      parameters: { in: string; name: string }[];
      requestBody?: unknown;
      responses: Record<string, { description: string; content?: Record<string, unknown> }>;
    };
    const operations = Object.entries(
      doc.paths as Record<string, Record<string, Operation>>,
    ).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ name: `${method} ${path}`, op })),
    );
    for (const { name, op } of operations) {
      const errorResponse = (status: string) => ({
        name,
        status,
        schema: (op.responses[status]?.content?.['application/json'] as { schema: unknown })
          ?.schema,
      });
      expect(errorResponse('default')).toEqual({ name, status: 'default', schema: errorRef });
      expect(op.responses.default?.description).toBe('Unexpected error');
      const hasPathParams = op.parameters.some((p) => p.in === 'path');
      // Every route can answer 400 (at least for query parameters it does not take) and 403 (host check).
      expect(errorResponse('400')).toEqual({ name, status: '400', schema: errorRef });
      expect(errorResponse('403')).toEqual({ name, status: '403', schema: errorRef });
      if (hasPathParams)
        expect(errorResponse('414')).toEqual({ name, status: '414', schema: errorRef });
      if (op.requestBody) {
        expect(errorResponse('413')).toEqual({ name, status: '413', schema: errorRef });
        expect(errorResponse('415')).toEqual({ name, status: '415', schema: errorRef });
      }
    }
    // A route's own 400 is kept; an implied one says what can be wrong.
    expect(doc.paths['/api/plans/{planId}'].put.responses['400'].description).toBe(
      'The body is not valid, or a read-only field was changed',
    );
    expect(doc.paths['/api/plans/{planId}'].get.responses['400'].description).toBe(
      'The URL is not valid; The route takes no query parameters',
    );
    expect(doc.paths['/api/plans/{planId}'].delete.responses['400'].description).toBe(
      'The URL is not valid; The route takes no query parameters; If-Match is not a list of ETags from earlier responses, or *',
    );
    expect(
      doc.paths['/api/openapi.json'].get.responses['200'].content['application/json'].schema.type,
    ).toBe('object');
  });

  it('answers malformed requests with statuses the document lists for the route', async () => {
    const doc = (await app.inject('/api/openapi.json')).json();
    const documented = (path: string, method: string) =>
      Object.keys(doc.paths[path][method].responses as Record<string, unknown>);
    const badIfMatch = await app.inject({
      method: 'DELETE',
      url: '/api/plans/some-plan',
      headers: { 'if-match': 'not-an-etag' },
    });
    expect(badIfMatch.json().error.code).toBe('request.invalid_if_match');
    expect(documented('/api/plans/{planId}', 'delete')).toContain(String(badIfMatch.statusCode));
    const tooLongId = await app.inject(`/api/plans/${'x'.repeat(65)}`);
    expect(tooLongId.json().error.code).toBe('request.invalid_params');
    expect(documented('/api/plans/{planId}', 'get')).toContain(String(tooLongId.statusCode));
    const form = await post('title=x', 'application/x-www-form-urlencoded');
    expect(documented('/api/plans', 'post')).toContain(String(form.statusCode));
  });

  it('answers a URL that cannot be decoded, or an over-long id, in the standard error shape', async () => {
    const bad = await app.inject('/api/plans/%E0%A4%A');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('request.invalid_url');
    expect(bad.headers['content-security-policy']).toBeDefined();
    const long = await app.inject(`/api/plans/${'x'.repeat(201)}`);
    expect(long.statusCode).toBe(414);
    expect(long.json().error.code).toBe('request.url_too_long');
  });

  it('refuses a text body with 415 instead of reading it', async () => {
    const response = await post('{"title":"x"}', 'text/plain');
    expect(response.statusCode).toBe(415);
  });

  it('refuses query parameters a route does not take', async () => {
    const response = await app.inject('/api/plans?foo=1');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('request.invalid_query');
  });
});

describe('the host check', () => {
  let opened: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    opened = await sqlite.open();
    app = await buildApp({
      store: opened.store,
      webDistDir: null,
      allowedHosts: ['localhost', '127.0.0.1'],
    });
  });
  afterAll(async () => {
    await app.close();
    await opened.dispose();
  });

  it('serves requests addressed to an allowed host name, on any port', async () => {
    const response = await app.inject({ url: '/api/health', headers: { host: '127.0.0.1:4317' } });
    expect(response.statusCode).toBe(200);
  });

  it('refuses a request addressed to another name, as a rebound DNS name would be', async () => {
    const response = await app.inject({
      url: '/api/plans',
      headers: { host: 'evil.example:3000' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('request.host_not_allowed');
    expect(response.headers['content-security-policy']).toBeDefined();
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('judges every request by its own Host header, in any letter case', async () => {
    const hosts = ['LOCALHOST:3000', 'evil.example', 'LOCALHOST:3000', 'localhost.evil.example'];
    const statuses = [];
    for (const host of hosts) {
      statuses.push((await app.inject({ url: '/api/health', headers: { host } })).statusCode);
    }
    expect(statuses).toEqual([200, 403, 200, 403]);
  });
});

describe('logging', () => {
  it('logs an unexpected error once, with the id of the request that met it', async () => {
    const opened = await sqlite.open();
    const lines: Record<string, unknown>[] = [];
    const app = await buildApp({
      store: {
        ...opened.store,
        listPlans: () => Promise.reject(new Error('the disk is on fire')),
      },
      webDistDir: null,
      logger: {
        level: 'error',
        stream: { write: (line: string) => void lines.push(JSON.parse(line)) },
      },
    });
    try {
      expect((await app.inject('/api/health')).statusCode).toBe(200);
      const response = await app.inject('/api/plans');
      expect(response.statusCode).toBe(500);
      expect(response.json().error.code).toBe('internal.error');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        level: 50,
        msg: 'unhandled error',
        reqId: expect.any(String),
      });
      expect(JSON.stringify(lines[0])).toContain('the disk is on fire');
    } finally {
      await app.close();
      await opened.dispose();
    }
  });
});
