import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
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
});
