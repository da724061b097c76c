import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.ts';
import type { Strategy } from './model.ts';
import {
  addStrategyValue,
  overlapLineOf,
  overlapSetsOf,
  removeStrategyValue,
  setOverlapLine,
} from './strategy-edits.ts';
import { findPlanProblems } from './validate-plan.ts';
import { createEmptyPlanContent } from './empty.ts';

const strategy: Strategy = {
  gratifyingWork: 'Untangling messy systems with a team',
  values: [
    { id: 'a', phrase: 'builds trust' },
    { id: 'b', phrase: 'simplifies' },
    { id: 'c', phrase: 'teaches' },
  ],
  overlaps: [
    { valueIds: ['a', 'b'], line: 'clear promises' },
    { valueIds: ['b', 'c'], line: 'plain explanations' },
    { valueIds: ['a', 'b', 'c'], line: 'teams that own their work' },
  ],
};

const problemsOf = (value: Strategy) =>
  findPlanProblems({ ...createEmptyPlanContent(), strategy: value });

describe('removeStrategyValue', () => {
  it('removes the value and every overlap that names it, leaving a strategy the server accepts', () => {
    const next = removeStrategyValue(strategy, 'a');
    expect(next.values.map((value) => value.id)).toEqual(['b', 'c']);
    expect(next.overlaps).toEqual([{ valueIds: ['b', 'c'], line: 'plain explanations' }]);
    expect(problemsOf(next)).toEqual([]);
  });

  it('would leave a dangling overlap if only the value were dropped (the rule it protects)', () => {
    const naive = { ...strategy, values: strategy.values.filter((value) => value.id !== 'a') };
    expect(problemsOf(naive).length).toBeGreaterThan(0);
  });

  it('returns the same strategy when the value is not there', () => {
    expect(removeStrategyValue(strategy, 'zzz')).toBe(strategy);
  });
});

describe('addStrategyValue', () => {
  it('appends until the limit of values and then refuses', () => {
    let next = strategy;
    for (let i = 0; i < 10; i += 1) next = addStrategyValue(next, { id: `v${i}`, phrase: '' });
    expect(next.values).toHaveLength(LIMITS.maxValues);
  });
});

describe('setOverlapLine', () => {
  it('changes the line of the overlap with the same values whatever their order', () => {
    const next = setOverlapLine(strategy, ['b', 'a'], 'promises kept');
    expect(next.overlaps).toHaveLength(3);
    expect(overlapLineOf(next, ['a', 'b'])).toBe('promises kept');
  });

  it('adds an overlap the first time its line is written', () => {
    const next = setOverlapLine(strategy, ['c', 'a'], 'learning by doing');
    expect(next.overlaps).toHaveLength(4);
    expect(next.overlaps.at(-1)).toEqual({ valueIds: ['a', 'c'], line: 'learning by doing' });
    expect(problemsOf(next)).toEqual([]);
  });

  it('removes the overlap when its line is emptied, and ignores blank lines for new ones', () => {
    const cleared = setOverlapLine(strategy, ['a', 'b'], '  ');
    expect(overlapLineOf(cleared, ['a', 'b'])).toBe('');
    expect(cleared.overlaps).toHaveLength(2);
    expect(setOverlapLine(strategy, ['a', 'c'], '')).toBe(strategy);
  });
});

describe('overlapSetsOf', () => {
  it('lists no overlap for one value and a single pair for two', () => {
    expect(overlapSetsOf(['a'])).toEqual([]);
    expect(overlapSetsOf(['a', 'b'])).toEqual([['a', 'b']]);
  });

  it('lists pairs, then the triple, for three values', () => {
    expect(overlapSetsOf(['a', 'b', 'c'])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
      ['a', 'b', 'c'],
    ]);
  });

  it('lists the 11 regions of four values and ignores a fifth value', () => {
    const sets = overlapSetsOf(['a', 'b', 'c', 'd', 'e']);
    expect(sets).toHaveLength(6 + 4 + 1);
    expect(sets.flat()).not.toContain('e');
    expect(new Set(sets.map((set) => set.join())).size).toBe(sets.length);
    expect(sets.at(-1)).toEqual(['a', 'b', 'c', 'd']);
  });
});
