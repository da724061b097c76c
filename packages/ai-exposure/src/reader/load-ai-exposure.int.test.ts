import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOccupationCode } from '@trailmap/domain';
import { AiExposureDataMissingError, loadAiExposureData } from './load-ai-exposure.ts';
import { MINI_AI_EXPOSURE_DIR } from './mini-data.test-support.ts';
import { findSocApplicability } from '../soc-crosswalk.ts';

describe('reading the AI-exposure studies from a folder', () => {
  it('reports every malformed row of the sample with its file, line and reason', async () => {
    const data = await loadAiExposureData(MINI_AI_EXPOSURE_DIR);
    const rejects = data.report.rejects.map((r) => `${r.file}:${r.line} ${r.reason}`);
    expect(rejects).toEqual([
      'gpts-are-gpts/occ_level.csv:7 a duplicate of line 2 (15-9001.00)',
      'gpts-are-gpts/occ_level.csv:8 "159003" is not an O*NET-SOC code (NN-NNNN.NN)',
      'gpts-are-gpts/occ_level.csv:9 dv_rating shares are out of order (α 0.9, β 0.5, γ 0.2; α ≤ β ≤ γ)',
      'gpts-are-gpts/occ_level.csv:10 dv_rating_alpha 1.5 is outside 0–1',
      'gpts-are-gpts/full_labelset.tsv:9 human_exposure_agg "E5" is not E0, E1 or E2',
      'gpts-are-gpts/full_labelset.tsv:10 Task ID 305.5 is not a whole number',
      'gpts-are-gpts/full_labelset.tsv:11 a duplicate of line 6 (13-9003.00 task 301)',
      'gpts-are-gpts/full_labelset.tsv:12 the line has 4 fields; the header has 16',
      'gpts-are-gpts/full_labelset.tsv:13 a quoted field is never closed',
      'working-with-ai/soc_ai_applicability_scores.csv:5 ai_applicability_score 1.4 is outside 0–1',
      'working-with-ai/soc_to_iwas.csv:5 "not-an-iwa" is not an O*NET IWA id (4.A.n.x.n.Inn)',
      'working-with-ai/iwa_metrics.csv:5 "4A31I01" is not an O*NET IWA id (4.A.n.x.n.Inn)',
    ]);
    // Rates the study leaves empty (the AI never did the activity) are unmeasured, not wrong.
    expect(data.workingWithAi?.iwas.get('4.A.3.a.2.I26')).toMatchObject({ completionAi: null });
  });

  it('keeps the good rows, quotes and all, and records each file read with its hash', async () => {
    const data = await loadAiExposureData(MINI_AI_EXPOSURE_DIR);
    expect(data.gpts?.occupations.get('29-9005.00')?.title).toBe('Care Nurses, Ward');
    expect(data.gpts?.tasksByCode.get('15-9002.00')?.map((t) => t.task)).toEqual([
      'Write automated checks for programs.',
      'Report "defects" to developers.',
    ]);
    const reconcile = data.gpts?.tasksByCode.get('13-9003.00')?.find((t) => t.taskId === 303);
    expect(reconcile).toMatchObject({ core: null, human: 'E2', gpt4: 'E1', gpt4Automation: 'T3' });
    expect(data.workingWithAi?.bySoc.get('11-9004')?.score).toBe(0.1);
    expect(data.workingWithAi?.bySoc.get('13-9003')?.metrics?.coverageAi).toBe(0.3);
    expect(data.workingWithAi?.iwasBySoc.get('15-9001')).toEqual([
      '4.A.3.b.1.I01',
      '4.A.2.a.1.I01',
    ]);
    const occLevel = data.report.files.find((f) => f.file === 'gpts-are-gpts/occ_level.csv')!;
    expect(occLevel).toMatchObject({
      present: true,
      linesRead: 9,
      rowsAccepted: 5,
      rowsRejected: 4,
    });
    expect(occLevel.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Hand-made bytes are not a published version.
    expect(occLevel.knownVersion).toBeNull();
  });

  it('says which SOC figure an O*NET occupation inherits', async () => {
    const data = await loadAiExposureData(MINI_AI_EXPOSURE_DIR);
    const study = data.workingWithAi!;
    const at = (code: string) => findSocApplicability(study, parseOccupationCode(code)!);
    expect(at('15-9001.00')).toMatchObject({ soc: '15-9001', kind: 'same' });
    expect(at('15-9001.02')).toMatchObject({ soc: '15-9001', kind: 'broader_soc' });
    expect(at('29-9005.00')).toBeNull();
    const withAggregate = {
      ...study,
      bySoc: new Map([['13-1020', { soc: '13-1020', title: 'Buyers', score: 0.2, metrics: null }]]),
    };
    expect(findSocApplicability(withAggregate, parseOccupationCode('13-1022.00')!)).toMatchObject({
      soc: '13-1020',
      kind: 'bls_aggregate',
    });
  });

  it('treats a missing or empty folder as data not installed', async () => {
    await expect(loadAiExposureData(join(tmpdir(), 'no-such-trailmap-dir'))).rejects.toBeInstanceOf(
      AiExposureDataMissingError,
    );
    const empty = await mkdtemp(join(tmpdir(), 'trailmap-ai-'));
    await expect(loadAiExposureData(empty)).rejects.toBeInstanceOf(AiExposureDataMissingError);
  });
});
