import { beforeAll, describe, expect, it } from 'vitest';
import { loadOnetCatalog, type LoadReport } from './reader/load-onet.ts';
import { REAL_ONET_SKIP_NOTE, realOnetDir } from './reader/real-onet.test-support.ts';
import { buildOccupationIndex, type OccupationIndex } from './occupation-index.ts';
import { searchTitles } from './search/title-index.ts';
import { topSimilar } from './similarity/similar-roles.ts';
import { findPathways } from './pathways/pathways.ts';
import { ONET_FILES_USED } from './parse/parse-onet.ts';

/**
 * The whole O*NET 29.3 release, when TRAILMAP_ONET_DIR names it (CI does).
 * Assertions name occupations and families, not exact scores: the weights
 * may move, what a person would call a sensible answer should not.
 */
const dir = realOnetDir();
if (!dir) console.log(REAL_ONET_SKIP_NOTE);

describe.skipIf(!dir)('the real O*NET 29.3 release', () => {
  let index: OccupationIndex;
  let report: LoadReport;
  beforeAll(async () => {
    const loaded = await loadOnetCatalog(dir!);
    report = loaded.report;
    index = await buildOccupationIndex(loaded.catalog);
  }, 120_000);

  const at = (code: string): number => {
    const o = index.catalog.indexOfCode.get(code);
    if (o === undefined) throw new Error(`${code} is not in the release`);
    return o;
  };
  const codeOf = (o: number) => index.catalog.occupations[o]!.code;
  const search = (q: string, limit = 5) => searchTitles(index.titles, index.catalog, q, limit);
  const similarCodes = (code: string, limit: number) =>
    topSimilar(index, at(code), limit).map((r) => codeOf(r.occupation));

  it('loads every row without a reject and records the release', () => {
    expect(report.rejects).toEqual([]);
    expect(report.release).toEqual({
      version: '29.3',
      label: 'O*NET 29.3 Database, May 2025 Release',
    });
    expect(report.occupations).toBe(1016);
    // 879 rated by O*NET, 44 more (Software Developers among them) estimated from their work.
    expect(report.ratedOccupations).toBe(923);
    expect(index.catalog.estimatedFrom.size).toBe(44);
    expect(index.catalog.estimatedFrom.has(at('15-1252.00'))).toBe(true);
    const present = report.files.filter((f) => f.present).map((f) => f.file);
    const absent = report.files.filter((f) => !f.present).map((f) => f.file);
    // The shared copy lacks these two; the official download has them.
    expect(absent.sort()).toEqual(['Abilities.txt', 'Work Activities.txt']);
    expect(present.length + absent.length).toBe(ONET_FILES_USED.length);
  });

  it('finds operations managers and supervisors for "ops lead"', () => {
    const results = search('ops lead');
    expect(results.slice(0, 3).map((r) => r.code)).toContain('11-1021.00');
    // Every answer is a manager (major group 11) or a first-line supervisor (xx-10xx).
    for (const r of results) expect(r.code).toMatch(/^(11-|\d\d-10)/);
  });

  it('finds software developers for "sofware enginer", two typos and all', () => {
    const results = search('sofware enginer');
    expect(results[0]!.code).toBe('15-1252.00');
    expect(results[0]!.matched.toLowerCase()).toContain('software engineer');
    for (const r of results) expect(r.code).toMatch(/^15-/);
  });

  it('finds financial analysts for "FP&A analyst"', () => {
    const results = search('FP&A analyst');
    expect(results[0]!.code).toBe('13-2051.00');
    expect(results[0]!.matched).toBe('Financial Planning and Analysis Analyst');
    // Financial specialists (13-2xxx) and financial managers (11-3031) come next.
    for (const r of results.slice(0, 3)) expect(r.code).toMatch(/^(13-2|11-3031)/);
  });

  it('finds every one of the 1,016 occupations first by its own title', () => {
    const misses = index.catalog.occupations
      .filter((occupation) => search(occupation.title, 1)[0]?.code !== occupation.code)
      .map((occupation) => `${occupation.code} ${occupation.title}`);
    expect(misses).toEqual([]);
  });

  it('ranks software roles next to software developers', () => {
    const similar = similarCodes('15-1252.00', 12);
    for (const known of ['15-1211.00', '15-1251.00', '15-1253.00', '15-1299.08'])
      expect(similar).toContain(known);
    expect(similar.filter((code) => code.startsWith('15-')).length).toBeGreaterThanOrEqual(10);
  });

  it('ranks nursing specialties and practical nurses next to registered nurses', () => {
    const similar = similarCodes('29-1141.00', 12);
    for (const known of ['29-1141.01', '29-1141.03', '29-1171.00', '29-2061.00'])
      expect(similar).toContain(known);
    for (const code of similar) expect(code).toMatch(/^29-/);
  });

  it('finds at least three genuinely different pathways of close steps between real roles', () => {
    const pairs = [
      ['15-1252.00', '11-3021.00'], // software developer → IT manager
      ['29-1141.00', '11-9111.00'], // registered nurse → health services manager
      ['43-4051.00', '11-2022.00'], // customer service → sales manager
      ['13-2011.00', '11-3031.00'], // accountant → financial manager
      ['41-2031.00', '11-2022.00'], // retail sales → sales manager
      ['43-6014.00', '13-1071.00'], // secretary → HR specialist
    ] as const;
    const n = index.catalog.occupations.length;
    for (const [from, to] of pairs) {
      const paths = findPathways(index, at(from), at(to), 3);
      expect(paths.length, `${from} → ${to}`).toBe(3);
      for (const path of paths) {
        expect(codeOf(path.occupations[0]!)).toBe(from);
        expect(codeOf(path.occupations.at(-1)!)).toBe(to);
        expect(new Set(path.occupations).size).toBe(path.occupations.length);
        expect(path.hops.length).toBeLessThanOrEqual(5);
        for (const hop of path.hops) {
          expect(index.similarity[hop.from * n + hop.to]).toBeGreaterThanOrEqual(0.5);
          expect(hop.build.length + hop.carry.length).toBeGreaterThan(0);
        }
      }
      // Genuinely different: two paths share at most half their intermediate occupations.
      for (let i = 0; i < paths.length; i++) {
        for (let j = i + 1; j < paths.length; j++) {
          const a = new Set(paths[i]!.occupations.slice(1, -1));
          const b = paths[j]!.occupations.slice(1, -1);
          const shared = b.filter((o) => a.has(o)).length;
          expect(shared, `${from} → ${to}, paths ${i} and ${j}`).toBeLessThanOrEqual(
            Math.min(a.size, b.length) / 2,
          );
        }
      }
    }
  });
});
