import { describe, expect, it } from 'vitest';
import { asPercent, describeGap, describeShared, kindWord } from './comparison-words.ts';

const comparison = (from: [number | null, number | null], to: [number | null, number | null]) => ({
  kind: 'skill' as const,
  elementId: '2.A.1.a',
  name: 'Reading Comprehension',
  from: { importance: from[0], level: from[1] },
  to: { importance: to[0], level: to[1] },
});

describe('comparison words', () => {
  it('compares levels when both sides have one', () => {
    expect(describeGap(comparison([3.86, 4.07], [3.88, 4.5]))).toBe(
      'Reading Comprehension (skill): level 4.1 → 4.5',
    );
  });
  it('falls back to importance, saying when the starting role does not rate it', () => {
    expect(describeGap(comparison([null, null], [4.2, null]))).toBe(
      'Reading Comprehension (skill): importance not rated → 4.2',
    );
    expect(describeGap(comparison([2, null], [4.25, null]))).toBe(
      'Reading Comprehension (skill): importance 2.0 → 4.3',
    );
  });
  it('names kinds in plain words and scores as percentages', () => {
    expect(kindWord('work_style')).toBe('work style');
    expect(kindWord('something_new')).toBe('something new');
    expect(describeShared(comparison([1, 1], [1, 1]))).toBe('Reading Comprehension (skill)');
    expect(asPercent(0.7793)).toBe('78%');
    expect(asPercent(1)).toBe('100%');
  });
});
