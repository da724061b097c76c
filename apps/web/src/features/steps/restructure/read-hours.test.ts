import { describe, expect, it } from 'vitest';
import { LIMITS } from '@trailmap/domain';
import { readHours } from './read-hours.ts';

const week = LIMITS.hoursInWeek;

describe('readHours', () => {
  it('reads whole, decimal and boundary hours', () => {
    expect(readHours('7', week)).toEqual({ ok: true, hours: 7 });
    expect(readHours(' 2.5 ', week)).toEqual({ ok: true, hours: 2.5 });
    expect(readHours('0', week)).toEqual({ ok: true, hours: 0 });
    expect(readHours(String(week), week)).toEqual({ ok: true, hours: week });
  });

  it('keeps hours in quarter hours', () => {
    expect(readHours('1.3', week)).toEqual({ ok: true, hours: 1.25 });
    expect(readHours('0.1', week)).toEqual({ ok: true, hours: 0 });
    expect(readHours('0.2', week)).toEqual({ ok: true, hours: 0.25 });
  });

  it('says what to type for empty, unreadable, negative and too many hours', () => {
    const problem = (text: string) => {
      const reading = readHours(text, week);
      return reading.ok ? null : reading.problem;
    };
    expect(problem('')).toMatch(/or 0 for none/);
    expect(problem('abc')).toMatch(/number of hours/);
    expect(problem('-1')).toMatch(/below 0/);
    expect(problem('168.5')).toBe('A week has 168 hours: enter 168 or fewer.');
    expect(problem('40')).toBeNull();
  });
});
