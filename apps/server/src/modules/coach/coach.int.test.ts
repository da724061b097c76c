import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_ONET_DIR } from '@trailmap/occupations/testing';
import type { FastifyInstance } from 'fastify';
import { coachPlanResponseSchema } from '@trailmap/contracts';
import { createSamplePlanContent } from '@trailmap/domain';
import { buildApp } from '../../app.ts';
import { enginesUnderTest, type TestStore } from '../../testing/test-stores.ts';
import { loadOccupationData, type OccupationData } from '../occupations/occupations.repository.ts';

/** The hand-made O*NET-layout sample of packages/occupations (invented occupations). */
const sqlite = enginesUnderTest()[0]!;

const LOADING: OccupationData = {
  state: () => ({ status: 'loading', dir: '/data/onet' }),
  ready: new Promise(() => {}),
};

async function appWith(opened: TestStore, occupations?: OccupationData): Promise<FastifyInstance> {
  const app = await buildApp({
    store: opened.store,
    webDistDir: null,
    ...(occupations ? { occupations } : {}),
  });
  await app.ready();
  return app;
}

const post = (app: FastifyInstance, url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object });

describe('coach routes', () => {
  let opened: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    opened = await sqlite.open();
    const data = loadOccupationData(MINI_ONET_DIR);
    expect((await data.ready).status).toBe('ready');
    app = await appWith(opened, data);
  });
  afterAll(async () => {
    await app.close();
    await opened.dispose();
  });

  it('finds a job title with UTF-16 offsets into the text as sent and its occupation code', async () => {
    const text = '  😀 One day I hope to work as a Software Engineer.';
    const response = await post(app, '/api/coach/job-titles', { text });
    expect(response.statusCode).toBe(200);
    const { titles } = response.json();
    expect(titles).toEqual([{ text: 'Software Engineer', start: 33, end: 50, code: '15-9001.00' }]);
    expect(text.slice(titles[0].start, titles[0].end)).toBe('Software Engineer');
  });

  it('finds nothing in a description of the work', async () => {
    const response = await post(app, '/api/coach/job-titles', {
      text: 'I run workshops that unblock teams',
    });
    expect(response.json()).toEqual({ titles: [] });
  });

  it('refuses empty, blank, too long, non-string and unknown-field bodies with 400', async () => {
    const cases: [unknown, string][] = [
      [{ text: '' }, 'empty'],
      [{ text: '   ' }, 'empty'],
      [{ text: 'x'.repeat(5001) }, 'at most 5000'],
      [{ text: 42 }, 'text is the text to check, as a string'],
      [{}, 'text'],
      [{ text: 'ok', extra: 1 }, 'extra'],
      [{ text: 'bad \u0000 text' }, 'NUL'],
    ];
    for (const [payload, words] of cases) {
      const response = await post(app, '/api/coach/job-titles', payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 60)).toBe(400);
      const { error } = response.json();
      expect(error.code).toBe('request.invalid_body');
      expect(error.message).toContain(words);
      expect(error.details.problems.length).toBeGreaterThan(0);
    }
    const noBody = await app.inject({ method: 'POST', url: '/api/coach/job-titles' });
    expect(noBody.statusCode).toBe(400);
    expect(noBody.json().error.code).toBe('request.missing_body');
  });

  it('answers the values check in the order sent, with suggestions for nouns and adjectives', async () => {
    const response = await post(app, '/api/coach/values', {
      values: ['Loyalty', 'builds trust', 'Inspiring others', 'creative'],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      results: [
        { value: 'Loyalty', isVerbPhrase: false, suggestions: ['stays loyal'] },
        { value: 'builds trust', isVerbPhrase: true, suggestions: [] },
        { value: 'Inspiring others', isVerbPhrase: false, suggestions: ['inspires others'] },
        { value: 'creative', isVerbPhrase: false, suggestions: ['creates', 'stays creative'] },
      ],
    });
  });

  it('refuses bad value lists with 400 and a message that says what to send', async () => {
    const cases: [unknown, string][] = [
      [{ values: [] }, 'at least one'],
      [{ values: [''] }, 'empty'],
      [{ values: ['ok', 3] }, 'values[1]: Each value is a text'],
      [{ values: 'Loyalty' }, 'list of texts'],
      [{ values: Array.from({ length: 21 }, () => 'kind') }, 'at most 20'],
      [{ values: ['x'.repeat(201)] }, 'under 200'],
    ];
    for (const [payload, words] of cases) {
      const response = await post(app, '/api/coach/values', payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 60)).toBe(400);
      expect(response.json().error.message).toContain(words);
    }
  });

  it('coaches a whole plan: findings grouped by step, in the documented shape', async () => {
    const sample = createSamplePlanContent();
    const content = {
      ...sample,
      strategy: {
        ...sample.strategy,
        gratifyingWork: 'I want to be a Staff Nurse one day',
        values: [...sample.strategy.values.slice(0, 3), { id: 'v-l', phrase: 'Loyalty' }],
      },
    };
    const response = await post(app, '/api/coach/plan', content);
    expect(response.statusCode).toBe(200);
    const body = coachPlanResponseSchema.parse(response.json());
    expect(body.jobTitlesChecked).toBe(true);
    expect(body.steps.strategy.map((f) => f.code)).toEqual([
      'strategy.job_title',
      'strategy.value_not_verb',
    ]);
    expect(body.steps.strategy[0]!.spans).toEqual([{ start: 15, end: 26, text: 'Staff Nurse' }]);
    expect(body.counts).toEqual({ warning: 1, suggestion: 1, info: 0 });
  });

  it('refuses a body that is not plan content, naming the field', async () => {
    const response = await post(app, '/api/coach/plan', { strategy: {} });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/strategy|steps/);
  });

  it('lists the coach routes in the OpenAPI document', async () => {
    const doc = (await app.inject('/api/openapi.json')).json();
    for (const path of ['/api/coach/job-titles', '/api/coach/values', '/api/coach/plan'])
      expect(doc.paths[path]?.post, path).toBeDefined();
  });
});

describe('coach routes while the O*NET titles are not ready', () => {
  let opened: TestStore;
  let loading: FastifyInstance;
  let missing: FastifyInstance;
  beforeAll(async () => {
    opened = await sqlite.open();
    loading = await appWith(opened, LOADING);
    missing = await appWith(opened);
  });
  afterAll(async () => {
    await loading.close();
    await missing.close();
    await opened.dispose();
  });

  it('answers the title check with 503 and what to do', async () => {
    const busy = await post(loading, '/api/coach/job-titles', { text: 'work as a nurse' });
    expect(busy.statusCode).toBe(503);
    expect(busy.headers['retry-after']).toBe('2');
    expect(busy.json().error.code).toBe('occupations.loading');
    const absent = await post(missing, '/api/coach/job-titles', { text: 'work as a nurse' });
    expect(absent.statusCode).toBe(503);
    expect(absent.json().error.code).toBe('occupations.data_missing');
  });

  it('still checks values and runs every other rule over a plan, saying titles were not checked', async () => {
    const values = await post(missing, '/api/coach/values', { values: ['Integrity'] });
    expect(values.statusCode).toBe(200);
    const plan = await post(missing, '/api/coach/plan', createSamplePlanContent());
    expect(plan.statusCode).toBe(200);
    expect(plan.json()).toMatchObject({
      jobTitlesChecked: false,
      counts: { warning: 0, suggestion: 0, info: 0 },
    });
  });
});
