import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { enginesUnderTest, type TestStore } from '../../testing/test-stores.ts';
import { loadOccupationData } from '../occupations/occupations.repository.ts';
import { loadAiExposureSource } from './ai-exposure.repository.ts';

/**
 * The real studies and O*NET release, when TRAILMAP_AI_EXPOSURE_DIR and
 * TRAILMAP_ONET_DIR name them (relative paths from the repository root, as CI
 * sets them). Assertions name what a person would call sensible, not every figure.
 */
const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const dirOf = (name: string): string | null => {
  const named = process.env[name]?.trim();
  if (!named) return null;
  const dir = isAbsolute(named) ? named : resolve(REPO_ROOT, named);
  if (!existsSync(dir)) throw new Error(`${name} names ${dir}, which does not exist.`);
  return dir;
};
const aiDir = dirOf('TRAILMAP_AI_EXPOSURE_DIR');
const onetDir = dirOf('TRAILMAP_ONET_DIR');
if (!aiDir || !onetDir)
  console.log(
    'Real AI-exposure tests skipped: set TRAILMAP_AI_EXPOSURE_DIR=../shared/data/ai-exposure and TRAILMAP_ONET_DIR=../shared/data/onet (relative to the repository root) to run them',
  );

describe.skipIf(!aiDir || !onetDir)('AI exposure on the real studies and O*NET 29.3', () => {
  let opened: TestStore;
  let app: FastifyInstance;
  let rejects: readonly { file: string; reason: string }[];
  beforeAll(async () => {
    opened = await enginesUnderTest()[0]!.open();
    const occupations = loadOccupationData(onetDir!);
    const aiExposure = loadAiExposureSource(aiDir!);
    const state = await aiExposure.ready;
    if (state.status !== 'ready') throw new Error(`studies not ready: ${state.status}`);
    rejects = state.data.report.rejects;
    expect(state.data.report.files.every((f) => f.present && f.knownVersion !== null)).toBe(true);
    expect((await occupations.ready).status).toBe('ready');
    app = await buildApp({ store: opened.store, webDistDir: null, occupations, aiExposure });
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  it('reads every row of the published files', () => {
    expect(rejects).toEqual([]);
  });

  it('gives Software Developers and Accountants their own figures from both studies', async () => {
    for (const [code, title, soc] of [
      ['15-1252.00', 'Software Developers', '15-1252'],
      ['13-2011.00', 'Accountants and Auditors', '13-2011'],
    ] as const) {
      const body = (await app.inject({ url: `/api/ai-exposure/occupations/${code}` })).json();
      expect(body.title).toBe(title);
      expect(body.exposure.gpt4.beta).toBeGreaterThan(0.4);
      expect(body.applicability).toMatchObject({ socCode: soc, match: 'same', inherited: false });
      expect(body.tasks.labels.length).toBeGreaterThan(15);
    }
  });

  it("says when a detailed occupation inherits its SOC code's figure", async () => {
    const body = (await app.inject({ url: '/api/ai-exposure/occupations/13-1022.00' })).json();
    expect(body.applicability).toMatchObject({
      socCode: '13-1020',
      match: 'bls_aggregate',
      inherited: true,
    });
    const detailed = (await app.inject({ url: '/api/ai-exposure/occupations/15-2051.01' })).json();
    expect(detailed.applicability).toMatchObject({ socCode: '15-2051', match: 'broader_soc' });
  });

  it("matches an accountant's EDA tasks and suggests Automate for exposed low-value work only", async () => {
    const body = (
      await app.inject({
        method: 'POST',
        url: '/api/ai-exposure/tasks/match',
        payload: {
          occupationCode: '13-2011.00',
          tasks: [
            { id: 'a', name: 'Prepare tax returns', value: 'low' },
            { id: 'b', name: 'Month-end reconciliation of accounts', value: 'low' },
          ],
        },
      })
    ).json();
    expect(body.results[0].onetTasks[0].taskId).toBe(21526);
    expect(body.results[1].onetTasks[0].taskId).toBe(21516);
    for (const result of body.results) {
      expect(result.suggestion === 'automate').toBe(result.exposureLevel === 'high');
    }
  });

  it("fills a software developer's backpack with coding assistance", async () => {
    const body = (
      await app.inject({
        method: 'POST',
        url: '/api/ai-exposure/backpack',
        payload: {
          occupationCode: '15-1252.00',
          tasks: [{ id: 't', name: 'Fix bugs in our code' }],
        },
      })
    ).json();
    expect(body.items[0].suggestions.map((s: { kind: string }) => s.kind)).toContain(
      'coding_assistance',
    );
  });
});
