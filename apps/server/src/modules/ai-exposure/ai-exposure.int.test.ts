import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_ONET_DIR } from '@trailmap/occupations/testing';
import { MINI_AI_EXPOSURE_DIR as MINI_AI_DIR } from '@trailmap/ai-exposure/testing';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { enginesUnderTest, type TestStore } from '../../testing/test-stores.ts';
import { loadOccupationData } from '../occupations/occupations.repository.ts';
import { loadAiExposureSource } from './ai-exposure.repository.ts';

/** The hand-made samples (invented occupations, tasks and scores) of the two packages. */
const sqlite = enginesUnderTest()[0]!;

describe('AI-exposure routes on the hand-made samples', () => {
  let opened: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    opened = await sqlite.open();
    const occupations = loadOccupationData(MINI_ONET_DIR);
    const aiExposure = loadAiExposureSource(MINI_AI_DIR);
    expect((await occupations.ready).status).toBe('ready');
    expect((await aiExposure.ready).status).toBe('ready');
    app = await buildApp({ store: opened.store, webDistDir: null, occupations, aiExposure });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await opened.dispose();
  });

  it('answers an occupation with both studies, their caveats and attribution, and its task labels', async () => {
    const response = await app.inject({ url: '/api/ai-exposure/occupations/15-9001.00' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.title).toBe('Software Builders');
    expect(body.exposure.gpt4).toEqual({ alpha: 0.5, beta: 0.75, gamma: 1 });
    expect(body.exposure.source.doesNotMeasure).toMatch(/not job loss/);
    expect(body.exposure.source.attribution).toBe(
      "AI-exposure scores from Eloundou, Manning, Mishkin & Rock (2024), 'GPTs are GPTs', data © 2024 OpenAI, MIT License.",
    );
    expect(body.applicability).toMatchObject({
      score: 0.4,
      socCode: '15-9001',
      match: 'same',
      inherited: false,
      coverageAi: 0.5,
    });
    expect(body.applicability.source.license).toBe('CC BY 4.0');
    expect(body.tasks.labels.map((t: { taskId: number }) => t.taskId)).toEqual([101, 102]);
    expect(body.tasks.labels[0]).toMatchObject({
      human: 'E1',
      gpt4: 'E1',
      automation: 'T3',
      inOnetRelease: true,
    });
  });

  it('lists both studies in /api/about with their caveats, licence, attribution and version', async () => {
    const about = (await app.inject('/api/about')).json();
    expect(about.aiExposureData).toMatchObject({ status: 'ready', message: null });
    expect(about.aiExposureData.rejectedRows).toBeGreaterThan(0);
    const studies = about.aiExposureData.studies as {
      study: string;
      license: string;
      attribution: string;
      doesNotMeasure: string;
      version: string;
      installed: boolean | null;
    }[];
    expect(studies.map((s) => [s.study, s.license, s.installed])).toEqual([
      ['gpts-are-gpts', 'MIT', true],
      ['working-with-ai', 'CC BY 4.0', true],
    ]);
    expect(studies[0]!.attribution).toContain('Eloundou, Manning, Mishkin & Rock (2024)');
    expect(studies[1]!.attribution).toContain('Includes information from the O*NET 29.0 Database');
    for (const study of studies) {
      expect(study.doesNotMeasure).toMatch(/not job loss/);
      expect(study.version).toMatch(/@ [0-9a-f]{40}$/);
    }
  });

  it('says when a figure is absent and why', async () => {
    const body = (await app.inject({ url: '/api/ai-exposure/occupations/29-9006.00' })).json();
    expect(body.exposure).toBeNull();
    expect(body.applicability).toBeNull();
    expect(body.notes.join(' ')).toMatch(/not among them/);
    expect(body.tasks.labels).toEqual([]);
  });

  it('answers several codes at once, in order, each once, without tasks unless asked', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/ai-exposure/occupations',
      payload: { codes: ['13-9003.00', '15-9001.00', '13-9003.00'] },
    });
    expect(response.statusCode).toBe(200);
    const { occupations } = response.json();
    expect(occupations.map((o: { code: string }) => o.code)).toEqual(['13-9003.00', '15-9001.00']);
    expect(occupations[0].tasks).toBeUndefined();
    const withTasks = await app.inject({
      method: 'POST',
      url: '/api/ai-exposure/occupations',
      payload: { codes: ['13-9003.00'], includeTasks: true },
    });
    expect(withTasks.json().occupations[0].tasks.labels).toHaveLength(3);
  });

  it('refuses unknown codes with 404 and bad input with 400, saying what to send', async () => {
    const unknown = await app.inject({ url: '/api/ai-exposure/occupations/99-9999.00' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('ai_exposure.occupation_not_found');
    const someUnknown = await app.inject({
      method: 'POST',
      url: '/api/ai-exposure/occupations',
      payload: { codes: ['15-9001.00', '99-9999.00'] },
    });
    expect(someUnknown.statusCode).toBe(404);
    expect(someUnknown.json().error.details.unknownCodes).toEqual(['99-9999.00']);
    expect((await app.inject({ url: '/api/ai-exposure/occupations/nurse' })).statusCode).toBe(400);
    for (const payload of [
      { codes: [] },
      { codes: Array.from({ length: 51 }, () => '15-9001.00') },
      { codes: ['15-9001'] },
      { codes: '15-9001.00' },
      { codes: ['15-9001.00'], extra: true },
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/ai-exposure/occupations',
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload).slice(0, 60)).toBe(400);
      expect(response.json().error.message).toMatch(/\w/);
    }
  });
  it("matches EDA tasks to the occupation's tasks and work activities and suggests Automate by the stated rule", async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/ai-exposure/tasks/match',
      payload: {
        occupationCode: '15-9001.00',
        tasks: [
          { id: 't1', name: 'Fixing bugs users report', value: 'low' },
          { id: 't2', name: 'Writing code for new features', value: 'high' },
          { id: 't3', name: 'Water the plants', value: 'low' },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.rule).toMatch(
      /Automate' is suggested where exposure is high and you rated the task's value low/,
    );
    expect(body.source.attribution).toMatch(/GPTs are GPTs/);
    const [bugs, code, plants] = body.results;
    expect(bugs.onetTasks[0]).toMatchObject({ taskId: 102, human: 'E2', gpt4: 'E1' });
    expect(bugs.onetTasks[0].score).toBeGreaterThan(0.5);
    expect(bugs).toMatchObject({ exposureLevel: 'high', suggestion: 'automate' });
    expect(code.onetTasks[0].taskId).toBe(101);
    expect(code.workActivities[0]).toMatchObject({
      dwaId: '4.A.3.b.1.I01.D01',
      iwaId: '4.A.3.b.1.I01',
      iwaTitle: 'Program computer systems or production equipment.',
    });
    expect(code.workActivities[0].aiUse.source.license).toBe('CC BY 4.0');
    expect(code).toMatchObject({ exposureLevel: 'high', suggestion: null });
    expect(plants).toMatchObject({ onetTasks: [], exposureLevel: 'unknown', suggestion: null });
    for (const result of body.results)
      for (const match of [...result.onetTasks, ...result.workActivities])
        expect(match.strength).toBe(match.score >= 0.15 ? 'close' : 'weak');
  });

  it('shows a weak match for the person to judge, without lending it the exposure or Automate', async () => {
    const body = (
      await app.inject({
        method: 'POST',
        url: '/api/ai-exposure/tasks/match',
        payload: {
          occupationCode: '15-9001.00',
          tasks: [
            {
              id: 'w',
              name: 'Budget forecasts, financial plans, patients, doctors, ward operations and users',
              value: 'low',
            },
          ],
        },
      })
    ).json();
    const [weak] = body.results;
    expect(weak.onetTasks[0]).toMatchObject({ taskId: 102, strength: 'weak' });
    expect(weak.onetTasks[0].score).toBeGreaterThanOrEqual(0.08);
    expect(weak).toMatchObject({ exposureLevel: 'unknown', suggestion: null });
  });

  it('refuses a bad match request with a clear 4xx', async () => {
    const match = (payload: unknown) =>
      app.inject({
        method: 'POST',
        url: '/api/ai-exposure/tasks/match',
        payload: payload as object,
      });
    const task = { id: 't1', name: 'Write code', value: 'low' };
    expect((await match({ occupationCode: '99-9999.00', tasks: [task] })).json().error.code).toBe(
      'occupations.not_found',
    );
    for (const payload of [
      { occupationCode: '15-9001.00', tasks: [] },
      {
        occupationCode: '15-9001.00',
        tasks: Array.from({ length: 101 }, (_, i) => ({ ...task, id: `t${i}` })),
      },
      { occupationCode: '15-9001.00', tasks: [{ ...task, name: '   ' }] },
      { occupationCode: '15-9001.00', tasks: [{ ...task, name: 'x'.repeat(201) }] },
      { occupationCode: '15-9001.00', tasks: [{ ...task, value: 'huge' }] },
      { occupationCode: '15-9001', tasks: [task] },
      { tasks: [task] },
    ]) {
      const response = await match(payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(response.json().error.message).toMatch(/\w/);
    }
  });
  it('fills the AI backpack from the matched work activities, for tasks and skills', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/ai-exposure/backpack',
      payload: {
        occupationCode: '15-9001.00',
        tasks: [{ id: 't1', name: 'Writing code for new features' }],
        skills: [{ id: 's1', name: 'Negotiation' }],
      },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.rule).toMatch(/practice partner/);
    const [task, skill] = body.items;
    expect(task.workActivities[0].dwaId).toBe('4.A.3.b.1.I01.D01');
    expect(task.suggestions[0].kind).toBe('coding_assistance');
    expect(task.suggestions[0].because[0].title).toBe('Write computer programs.');
    expect(skill).toMatchObject({ for: 'skill', workActivities: [] });
    expect(skill.suggestions.map((s: { kind: string }) => s.kind)).toEqual(['tutoring']);
  });

  it('refuses an empty or oversized backpack request with 400', async () => {
    for (const payload of [
      { occupationCode: '15-9001.00' },
      { occupationCode: '15-9001.00', tasks: [], skills: [] },
      {
        occupationCode: '15-9001.00',
        skills: Array.from({ length: 21 }, (_, i) => ({ id: `s${i}`, name: 'x' })),
      },
      { occupationCode: '15-9001.00', tasks: [{ id: 't', name: '' }] },
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/ai-exposure/backpack',
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
    }
  });
});

describe('AI-exposure routes without the data', () => {
  it('answer 503 ai_exposure.data_missing, saying how to add the studies', async () => {
    const opened = await sqlite.open();
    const app = await buildApp({ store: opened.store, webDistDir: null });
    await app.ready();
    try {
      for (const request of [
        { url: '/api/ai-exposure/occupations/15-1252.00' },
        {
          method: 'POST' as const,
          url: '/api/ai-exposure/tasks/match',
          payload: {
            occupationCode: '15-1252.00',
            tasks: [{ id: 'a', name: 'Email', value: 'low' }],
          },
        },
        {
          method: 'POST' as const,
          url: '/api/ai-exposure/occupations',
          payload: { codes: ['15-1252.00'] },
        },
      ]) {
        const response = await app.inject(request);
        expect(response.statusCode).toBe(503);
        expect(response.json().error.code).toBe('ai_exposure.data_missing');
        expect(response.json().error.message).toMatch(/TRAILMAP_AI_EXPOSURE_DIR/);
      }
      // /api/about still answers, lists the studies as not installed and says how to add them.
      const about = (await app.inject('/api/about')).json();
      expect(about.aiExposureData.status).toBe('missing');
      expect(about.aiExposureData.message).toMatch(/TRAILMAP_AI_EXPOSURE_DIR/);
      expect(
        about.aiExposureData.studies.map((s: { installed: boolean | null }) => s.installed),
      ).toEqual([false, false]);
      expect(about.aiExposureData.rejectedRows).toBeNull();
    } finally {
      await app.close();
      await opened.dispose();
    }
  });
});
