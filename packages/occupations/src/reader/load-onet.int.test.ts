import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { MINI_ONET_DIR } from '../testing/onet-mini.test-support.ts';
import { loadOnetCatalog, OnetDataMissingError } from './load-onet.ts';
import { ratingSourceOf } from '../catalog/catalog.ts';

describe('loading the O*NET text release from a folder (hand-made sample)', () => {
  it('records the release, loads every good row and reports every bad one with file, line and reason', async () => {
    const { catalog, report } = await loadOnetCatalog(MINI_ONET_DIR);
    expect(report.release).toEqual({
      version: '29.3',
      label: 'O*NET 29.3 Database, May 2025 Release',
    });
    expect(report.occupations).toBe(7);
    expect(report.rejects).toEqual([
      { file: 'Occupation Data.txt', line: 9, reason: 'a duplicate of line 2 (15-9001.00)' },
      { file: 'Job Zones.txt', line: 8, reason: 'Job Zone 7 is outside 1–5' },
      { file: 'Skills.txt', line: 52, reason: 'Data Value 9.50 is outside 1–5' },
      {
        file: 'Skills.txt',
        line: 53,
        reason: 'Scale ID "XX" is not one of IM, LV used in Skills.txt',
      },
      { file: 'Skills.txt', line: 54, reason: '"1509001" is not an O*NET-SOC code (NN-NNNN.NN)' },
      { file: 'Skills.txt', line: 55, reason: 'the line has 4 fields; the header has 15' },
      {
        file: 'Alternate Titles.txt',
        line: 13,
        reason: 'occupation 88-8888.00 is not in Occupation Data.txt',
      },
    ]);
    const skills = report.files.find((f) => f.file === 'Skills.txt');
    expect(skills).toEqual({
      file: 'Skills.txt',
      present: true,
      linesRead: 54,
      rowsAccepted: 50,
      rowsRejected: 4,
    });
    expect(report.files.find((f) => f.file === 'Abilities.txt')?.present).toBe(false);
    expect(catalog.occupations[0]).toMatchObject({
      code: '15-9001.00',
      jobZone: 4,
      interestCode: 'IC',
    });
  });

  it('estimates the ratings of an occupation described only by its work, from the closest rated ones', async () => {
    const { catalog } = await loadOnetCatalog(MINI_ONET_DIR);
    const ward = catalog.indexOfCode.get('29-9006.00')!;
    expect(ratingSourceOf(catalog, ward)).toBe('estimated');
    expect(catalog.estimatedFrom.get(ward)?.map((o) => catalog.occupations[o]!.code)).toEqual([
      '29-9005.00',
      '11-9004.00',
    ]);
    expect(ratingSourceOf(catalog, catalog.indexOfCode.get('11-9099.00')!)).toBe('none');
    expect(ratingSourceOf(catalog, catalog.indexOfCode.get('15-9001.00')!)).toBe('onet');
  });

  it('says the data is missing when the folder is absent or holds no occupation table', async () => {
    await expect(loadOnetCatalog('/nonexistent/onet')).rejects.toBeInstanceOf(OnetDataMissingError);
    await expect(
      loadOnetCatalog(fileURLToPath(new URL('.', import.meta.url))),
    ).rejects.toBeInstanceOf(OnetDataMissingError);
  });
});
