import { describe, expect, it } from 'vitest';
import { choosePaths } from './pathways.ts';

describe('choosing different pathways among candidates', () => {
  it('keeps the cheapest paths that share at most half their intermediate occupations', () => {
    const kept = choosePaths(
      [
        { path: [0, 1, 2, 9], cost: 1 },
        { path: [0, 1, 2, 3, 9], cost: 1.1 }, // shares both of the first path's steps
        { path: [0, 4, 2, 9], cost: 1.2 }, // shares one of two: different enough
        { path: [0, 5, 6, 9], cost: 1.3 },
      ],
      3,
    );
    expect(kept).toEqual([
      [0, 1, 2, 9],
      [0, 4, 2, 9],
      [0, 5, 6, 9],
    ]);
  });

  it('relaxes the cost cap step by step rather than give fewer paths than asked', () => {
    const candidates = [
      { path: [0, 1, 9], cost: 1 },
      { path: [0, 2, 9], cost: 2.5 },
      { path: [0, 3, 9], cost: 4 },
      { path: [0, 4, 9], cost: 5 },
    ];
    // Within 2× the best only one path exists; 3× adds one; beyond that, the next cheapest.
    expect(choosePaths(candidates, 2)).toEqual([
      [0, 1, 9],
      [0, 2, 9],
    ]);
    expect(choosePaths(candidates, 3)).toEqual([
      [0, 1, 9],
      [0, 2, 9],
      [0, 3, 9],
    ]);
    expect(choosePaths(candidates.slice(0, 1), 3)).toEqual([[0, 1, 9]]);
    expect(choosePaths([], 3)).toEqual([]);
  });
});
