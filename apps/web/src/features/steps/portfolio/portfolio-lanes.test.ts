import { describe, expect, it } from 'vitest';
import type { PortfolioEntry, PortfolioLane } from '@trailmap/domain';
import {
  LANES,
  createPortfolioEntry,
  entriesInLane,
  moveEntryToLane,
  neighbourLane,
  toggleSkill,
} from './portfolio-lanes.ts';

const entry = (id: string, lane: PortfolioLane): PortfolioEntry => ({
  ...createPortfolioEntry(id, lane),
  title: `Role ${id}`,
});

describe('portfolio lanes', () => {
  it('reads the four lanes from the nearest move to the widest', () => {
    expect(LANES.map((info) => info.lane)).toEqual([
      'next',
      'ideal',
      'adjacent',
      'cross_functional',
    ]);
  });

  it('moves an entry to the end of another lane and keeps everything else in place', () => {
    const entries = [entry('a', 'next'), entry('b', 'adjacent'), entry('c', 'next')];
    const moved = moveEntryToLane(entries, 'a', 'adjacent');
    expect(entriesInLane(moved, 'adjacent').map((item) => item.id)).toEqual(['b', 'a']);
    expect(entriesInLane(moved, 'next').map((item) => item.id)).toEqual(['c']);
    expect(moved.find((item) => item.id === 'a')?.title).toBe('Role a');
  });

  it('changes nothing for a missing entry or a move to its own lane', () => {
    const entries = [entry('a', 'next')];
    expect(moveEntryToLane(entries, 'a', 'next')).toBe(entries);
    expect(moveEntryToLane(entries, 'zz', 'ideal')).toBe(entries);
  });

  it('knows the lane before and after, and none past either end', () => {
    expect(neighbourLane('next', -1)).toBeNull();
    expect(neighbourLane('next', 1)).toBe('ideal');
    expect(neighbourLane('adjacent', -1)).toBe('ideal');
    expect(neighbourLane('cross_functional', 1)).toBeNull();
  });

  it('keeps chosen skills in the order of the critical skills and drops removed ones', () => {
    const all = ['s1', 's2', 's3'];
    expect(toggleSkill(['s3'], all, 's1', true)).toEqual(['s1', 's3']);
    expect(toggleSkill(['s1', 's3'], all, 's1', false)).toEqual(['s3']);
    expect(toggleSkill(['gone', 's2'], all, 's3', true)).toEqual(['s2', 's3']);
  });

  it('turns a suggestion from occupational data into an ordinary entry', () => {
    const made = createPortfolioEntry('x', 'adjacent', {
      title: 'Logistics manager',
      occupationCode: '11-3071.00',
      reason: 'shares four of your critical skills',
    });
    expect(made).toEqual({
      id: 'x',
      lane: 'adjacent',
      title: 'Logistics manager',
      occupationCode: '11-3071.00',
      notes: '',
      skillIds: [],
    });
  });
});
