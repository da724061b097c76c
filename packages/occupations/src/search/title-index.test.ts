import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbitraryOccupations, indexOfRelease } from '../testing/arbitrary-release.test-support.ts';
import { searchTitles } from './title-index.ts';

describe('title search over generated releases', () => {
  it('finds every occupation first when its own title is typed', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryOccupations, async (occupations) => {
        const { catalog, index } = await indexOfRelease(occupations);
        catalog.occupations.forEach((occupation) => {
          const [first] = searchTitles(index.titles, catalog, occupation.title, 5);
          expect(first?.code).toBe(occupation.code);
        });
      }),
      { numRuns: 80 },
    );
  });

  it('answers any query with at most `limit` occupations, once each, scored 0–1, best first', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryOccupations,
        fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', '  ', '&&', 'ops')),
        fc.integer({ min: 1, max: 10 }),
        async (occupations, query, limit) => {
          const { catalog, index } = await indexOfRelease(occupations);
          const typed = `${query} ${occupations[0]!.title.slice(0, 4)}`;
          for (const q of [query, typed]) {
            const results = searchTitles(index.titles, catalog, q, limit);
            expect(results.length).toBeLessThanOrEqual(limit);
            expect(new Set(results.map((r) => r.code)).size).toBe(results.length);
            results.forEach((r, i) => {
              expect(r.score).toBeGreaterThan(0);
              expect(r.score).toBeLessThanOrEqual(1);
              if (i > 0) expect(r.score).toBeLessThanOrEqual(results[i - 1]!.score);
            });
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
