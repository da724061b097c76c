import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_ONET_DIR } from '@trailmap/occupations/testing';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { enginesUnderTest, type TestStore } from '../../testing/test-stores.ts';
import { loadOccupationData, type OccupationData } from './occupations.repository.ts';

/** The hand-made O*NET-layout sample of packages/occupations (invented occupations). */
const sqlite = enginesUnderTest()[0]!;

async function appWith(opened: TestStore, occupations: OccupationData): Promise<FastifyInstance> {
  const app = await buildApp({ store: opened.store, webDistDir: null, occupations });
  await app.ready();
  return app;
}

describe('occupation routes on the hand-made sample', () => {
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

  it('finds occupations by alternate and reported titles, typos and short forms included', async () => {
    const search = async (q: string) =>
      (await app.inject({ url: '/api/occupations/search', query: { q, limit: '2' } })).json();
    expect((await search('sofware enginer')).results[0]).toEqual({
      code: '15-9001.00',
      title: 'Software Builders',
      matched: 'Software Engineer (SWE)',
      score: 0.784,
    });
    expect((await search('FP&A analyst')).results[0].matched).toBe(
      'Financial Planning and Analysis Analyst',
    );
    expect((await search('ops lead')).results[0].code).toBe('11-9004.00');
    expect((await search('zzzz qqqq')).results).toEqual([]);
  });

  it('refuses an empty query and absurd limits with 400, saying what to send', async () => {
    for (const query of <Record<string, string>[]>[
      { q: '' },
      { q: '   ' },
      { q: 'nurse', limit: '0' },
      { q: 'nurse', limit: '100000' },
      { q: 'nurse', limit: '-3' },
      { q: 'nurse', limit: 'ten' },
      { q: 'x'.repeat(101) },
      { q: 'nurse', extra: '1' },
    ]) {
      const response = await app.inject({
        url: '/api/occupations/search',
        query,
      });
      expect(response.statusCode, JSON.stringify(query)).toBe(400);
      expect(response.json().error.code).toBe('request.invalid_query');
    }
  });

  it('serves a profile with tasks, ratings, interests, job zone, education, technology and the attribution', async () => {
    const response = await app.inject('/api/occupations/15-9001.00');
    expect(response.statusCode).toBe(200);
    const profile = response.json();
    expect(profile).toMatchObject({
      code: '15-9001.00',
      title: 'Software Builders',
      ratings: 'onet',
      jobZone: { zone: 4 },
      education: { category: 6, label: 'Bachelor degree' },
      interests: { code: 'IC' },
    });
    expect(profile.skills[0]).toMatchObject({
      elementId: '2.B.3.e',
      name: 'Programming',
      importance: 5,
      level: 6,
    });
    expect(profile.tasks.map((t: { id: number }) => t.id)).toEqual([101, 102]);
    expect(profile.technology[0]).toMatchObject({ example: 'Git', hot: true });
    expect(profile.source.attribution).toMatch(/O\*NET 29.3 Database .* CC BY 4.0/);
    const ward = (await app.inject('/api/occupations/29-9006.00')).json();
    expect(ward.ratings).toBe('estimated');
    expect(ward.estimatedFrom[0]).toEqual({ code: '29-9005.00', title: 'Care Nurses' });
  });

  it('answers an unknown code with 404 and a malformed one with 400', async () => {
    const unknown = await app.inject('/api/occupations/99-0000.00');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('occupations.not_found');
    const malformed = await app.inject('/api/occupations/software');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('request.invalid_params');
  });

  it('finds taxonomy elements by name, partial words and typos, per taxonomy', async () => {
    const search = async (query: Record<string, string>) =>
      (await app.inject({ url: '/api/taxonomy/elements', query })).json();
    expect((await search({ q: 'critical thinking' })).results[0]).toEqual({
      taxonomy: 'skill',
      elementId: '2.A.2.a',
      name: 'Critical Thinking',
      description: expect.any(String),
      hot: false,
      score: 1,
    });
    expect((await search({ q: 'comput electronic' })).results[0]).toMatchObject({
      taxonomy: 'knowledge',
      name: 'Computers and Electronics',
    });
    expect((await search({ q: 'economcs' })).results[0]).toMatchObject({
      name: 'Economics and Accounting',
    });
    expect((await search({ q: 'pyth', taxonomy: 'technology' })).results[0]).toMatchObject({
      taxonomy: 'technology',
      elementId: '43232402',
      name: 'Python',
      hot: true,
    });
    const onlyKnowledge = await search({ q: 'comput', taxonomy: 'knowledge,skill' });
    expect(
      onlyKnowledge.results.every((r: { taxonomy: string }) => r.taxonomy !== 'technology'),
    ).toBe(true);
    expect((await search({ q: 'zzzz qqqq' })).results).toEqual([]);
    for (const query of <Record<string, string>[]>[
      { q: '' },
      { q: 'x', taxonomy: 'ability' },
      { q: 'x', limit: '51' },
    ]) {
      const response = await app.inject({ url: '/api/taxonomy/elements', query });
      expect(response.statusCode, JSON.stringify(query)).toBe(400);
    }
  });

  it('ranks similar occupations with a 0–1 score, shared strengths and gaps', async () => {
    const response = await app.inject('/api/occupations/15-9001.00/similar?limit=2');
    expect(response.statusCode).toBe(200);
    const { results } = response.json();
    expect(results.map((r: { code: string }) => r.code)).toEqual(['15-9002.00', '13-9003.00']);
    expect(results[0].score).toBeGreaterThan(results[1].score);
    expect(results[0].shared[0]).toMatchObject({
      kind: 'knowledge',
      name: 'Computers and Electronics',
    });
    expect(results[1].gaps[0]).toMatchObject({ name: 'Economics and Accounting' });
    const nothing = await app.inject('/api/occupations/11-9099.00/similar');
    expect(nothing.statusCode).toBe(422);
    expect(nothing.json().error.code).toBe('occupations.not_comparable');
    expect((await app.inject('/api/occupations/15-9001.00/similar?limit=101')).statusCode).toBe(
      400,
    );
  });

  it('names the release and the attribution in /api/about', async () => {
    const about = (await app.inject('/api/about')).json();
    expect(about.occupationData).toMatchObject({
      status: 'ready',
      release: { version: '29.3' },
      occupations: 7,
      rejectedRows: 7,
      message: null,
    });
    expect(about.occupationData.attribution).toContain('USDOL/ETA');
  });
  const person = {
    currentOccupationCode: '15-9001.00',
    skills: [
      {
        id: 's1',
        name: 'Programming',
        source: { kind: 'taxonomy', taxonomy: 'skill', elementId: '2.B.3.e' },
      },
      { id: 's2', name: 'managing people', source: { kind: 'free' } },
      { id: 's3', name: 'Python', source: { kind: 'free' } },
      { id: 's4', name: 'underwater basket weaving', source: { kind: 'free' } },
    ],
    audit: {
      answers: [
        {
          skillId: 's1',
          usesNow: true,
          confidentUnderPressure: true,
          trustedByOthers: true,
          couldTeach: true,
        },
        {
          skillId: 's2',
          usesNow: false,
          confidentUnderPressure: false,
          trustedByOthers: null,
          couldTeach: null,
        },
      ],
      strengthIds: ['s1'],
      mustBuildId: 's2',
    },
  };
  const post = (url: string, payload: unknown) =>
    app.inject({ method: 'POST', url, payload: payload as object });

  it('ties critical skills to O*NET by element id, by words and by technology name, and says which it could not', async () => {
    const response = await post('/api/occupations/recommendations', { ...person, limit: 3 });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(
      body.mappedSkills.map((m: { skillId: string; via: string; elementName: string }) => [
        m.skillId,
        m.via,
        m.elementName,
      ]),
    ).toEqual([
      ['s1', 'element', 'Programming'],
      ['s2', 'text', 'Administration and Management'],
      ['s3', 'text', 'Development environment software'],
    ]);
    expect(body.unmappedSkills).toEqual([{ skillId: 's4', name: 'underwater basket weaving' }]);
    expect(body.results[0].code).toBe('15-9002.00');
    expect(body.results.map((r: { code: string }) => r.code)).not.toContain('15-9001.00');
  });

  it('ranks the skill gap to a role by importance × shortfall, in the plan skills where they map', async () => {
    const response = await post('/api/occupations/11-9004.00/gap', person);
    expect(response.statusCode).toBe(200);
    const gap = response.json();
    expect(gap.items[0]).toMatchObject({
      name: 'Administration and Management',
      yourLevelBasis: 'audit',
      planSkill: { skillId: 's2', name: 'managing people' },
    });
    const priorities = gap.items.map((i: { priority: number }) => i.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(gap.overlapPercent).toBeGreaterThan(0);
    expect(gap.overlapPercent).toBeLessThan(100);
  });

  it('suggests a role portfolio in lanes, refusing a request without a current role', async () => {
    const response = await post('/api/occupations/portfolio', {
      ...person,
      targetRoles: [
        {
          id: 'r1',
          title: 'Run operations',
          occupationCode: '11-9004.00',
          problems: '',
          success: '',
          visionProblemIds: [],
          capabilityTargets: [{ id: 'c1', text: 'Direct daily operations of a team' }],
        },
      ],
    });
    expect(response.statusCode).toBe(200);
    const portfolio = response.json();
    expect(portfolio.ideal[0]).toMatchObject({ code: '11-9004.00', lane: 'ideal' });
    expect(portfolio.ideal[0].capabilityTargets[0]).toMatchObject({ capabilityTargetId: 'c1' });
    expect(portfolio.next.map((s: { code: string }) => s.code)).toEqual(['15-9002.00']);
    const none = await post('/api/occupations/portfolio', {
      ...person,
      currentOccupationCode: null,
      targetRoles: [],
    });
    expect(none.statusCode).toBe(422);
    expect(none.json().error.code).toBe('occupations.current_required');
  });

  it('refuses bad person bodies with 400, unknown codes with 404', async () => {
    expect(
      (await post('/api/occupations/recommendations', { ...person, limit: 1000 })).statusCode,
    ).toBe(400);
    expect(
      (await post('/api/occupations/recommendations', { ...person, extra: 1 })).statusCode,
    ).toBe(400);
    expect((await post('/api/occupations/recommendations', { skills: [] })).statusCode).toBe(400);
    const unknown = await post('/api/occupations/recommendations', {
      ...person,
      currentOccupationCode: '99-0000.00',
    });
    expect(unknown.statusCode).toBe(404);
    expect((await post('/api/occupations/99-0000.00/gap', person)).statusCode).toBe(404);
  });

  it('finds different pathways of close steps, each step explained, and refuses nonsense', async () => {
    const response = await app.inject('/api/occupations/15-9002.00/pathways?to=15-9001.00&k=3');
    expect(response.statusCode).toBe(200);
    const { paths } = response.json();
    expect(paths.length).toBeGreaterThanOrEqual(1);
    for (const path of paths) {
      expect(path.hops.at(-1).to.code).toBe('15-9001.00');
      expect(path.hops[0].from.code).toBe('15-9002.00');
      expect(path.hops[0].build.length + path.hops[0].carry.length).toBeGreaterThan(0);
    }
    expect(
      (await app.inject('/api/occupations/29-9005.00/pathways?to=29-9005.00')).json().error.code,
    ).toBe('occupations.same_occupation');
    expect(
      (await app.inject('/api/occupations/29-9005.00/pathways?to=11-9004.00&k=50')).statusCode,
    ).toBe(400);
    expect((await app.inject('/api/occupations/29-9005.00/pathways')).statusCode).toBe(400);
    expect(
      (await app.inject('/api/occupations/15-9001.00/pathways?to=29-9005.00')).json().error.code,
    ).toBe('occupations.no_pathway');
  });
});

describe('occupation routes without data', () => {
  let opened: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    opened = await sqlite.open();
    const data = loadOccupationData('/nonexistent/onet');
    await data.ready;
    app = await appWith(opened, data);
  });
  afterAll(async () => {
    await app.close();
    await opened.dispose();
  });

  it('answers 503 occupations.data_missing saying how to add the data, and the rest of the app still works', async () => {
    const response = await app.inject('/api/occupations/search?q=nurse');
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe('occupations.data_missing');
    expect(response.json().error.message).toContain('npm run data:onet');
    expect(response.json().error.message).toContain('TRAILMAP_ONET_DIR');
    expect((await app.inject('/api/occupations/15-9001.00')).statusCode).toBe(503);
    expect((await app.inject('/api/health')).statusCode).toBe(200);
    const about = (await app.inject('/api/about')).json();
    expect(about.occupationData.status).toBe('missing');
    expect(about.occupationData.message).toContain('npm run data:onet');
  });

  it('answers 503 occupations.loading with Retry-After while the data loads', async () => {
    const loading: OccupationData = {
      state: () => ({ status: 'loading', dir: MINI_ONET_DIR }),
      ready: new Promise(() => {}),
    };
    const busy = await appWith(opened, loading);
    const response = await busy.inject('/api/occupations/search?q=nurse');
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe('occupations.loading');
    expect(response.headers['retry-after']).toBe('2');
    await busy.close();
  });
});
