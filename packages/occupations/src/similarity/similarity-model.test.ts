import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbitraryOccupations, indexOfRelease } from '../testing/arbitrary-release.test-support.ts';
import { compareProfiles, profileOfOccupation, scoreAgainstAll } from './similarity-model.ts';

/** Float32 storage and accumulation: scores agree to this much. */
const EPSILON = 1e-5;

describe('the similarity measure over generated releases', () => {
  it('is symmetric, within 0–1, and 1 between an occupation and itself', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryOccupations, async (occupations) => {
        const { index } = await indexOfRelease(occupations);
        const n = occupations.length;
        for (let a = 0; a < n; a++) {
          for (let b = 0; b < n; b++) {
            const ab = index.similarity[a * n + b]!;
            expect(ab).toBeGreaterThanOrEqual(0);
            expect(ab).toBeLessThanOrEqual(1);
            expect(Math.abs(ab - index.similarity[b * n + a]!)).toBeLessThan(EPSILON);
          }
          if (index.model.comparable[a]) {
            expect(Math.abs(index.similarity[a * n + a]! - 1)).toBeLessThan(EPSILON);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('ranks all occupations at once exactly as comparing them one pair at a time', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryOccupations, async (occupations) => {
        const { index } = await indexOfRelease(occupations);
        const { model } = index;
        for (let a = 0; a < occupations.length; a++) {
          const fast = scoreAgainstAll(model, profileOfOccupation(model, a));
          for (let b = 0; b < occupations.length; b++) {
            const pairwise = model.comparable[b]
              ? compareProfiles(model, profileOfOccupation(model, a), profileOfOccupation(model, b))
                  .score
              : 0;
            expect(Math.abs(fast[b]! - pairwise)).toBeLessThan(EPSILON);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
