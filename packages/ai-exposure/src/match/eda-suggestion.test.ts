import { describe, expect, it } from 'vitest';
import { exposureLevelOf, suggestForEdaTask } from './eda-suggestion.ts';

describe('the Automate suggestion', () => {
  it('reads exposure as high only when both raters see it and one sees direct exposure', () => {
    expect(exposureLevelOf('E1', 'E2')).toBe('high');
    expect(exposureLevelOf('E2', 'E1')).toBe('high');
    expect(exposureLevelOf('E2', 'E2')).toBe('some');
    expect(exposureLevelOf('E0', 'E1')).toBe('some');
    expect(exposureLevelOf('E0', 'E0')).toBe('low');
  });

  it('suggests Automate only for highly exposed tasks of low value', () => {
    expect(suggestForEdaTask('low', 'high').suggestion).toBe('automate');
    expect(suggestForEdaTask('medium', 'high').suggestion).toBeNull();
    expect(suggestForEdaTask('high', 'high').reason).toMatch(/keep it/);
    expect(suggestForEdaTask('low', 'some').suggestion).toBeNull();
    expect(suggestForEdaTask('low', 'unknown').reason).toMatch(/other words/);
  });
});
