import { describe, expect, it } from 'vitest';
import { COACH_STEPS, createEmptyPlanContent } from '@trailmap/domain';
import type { CoachFinding, PlanContent } from '@trailmap/domain';
import {
  countBySeverity,
  describeCounts,
  findingsAt,
  freshFindings,
  partOfPath,
  rewriteAt,
  summarizeSteps,
} from './coach-findings.ts';

const withStrategy = (gratifyingWork: string, phrases: string[]): PlanContent => {
  const empty = createEmptyPlanContent();
  return {
    ...empty,
    strategy: {
      ...empty.strategy,
      gratifyingWork,
      values: phrases.map((phrase, i) => ({ id: `v${i}`, phrase })),
    },
  };
};

const loyalty: CoachFinding = {
  code: 'strategy.value_not_verb',
  severity: 'suggestion',
  step: 'strategy',
  path: ['strategy', 'values', 1, 'phrase'],
  message: "'Loyalty' is not a present-tense verb.",
  spans: [],
  suggestions: ['stays loyal'],
};
const title: CoachFinding = {
  code: 'strategy.job_title',
  severity: 'warning',
  step: 'strategy',
  path: ['strategy', 'gratifyingWork'],
  message: "Your gratifying work names a job title ('pharmacist').",
  spans: [{ start: 28, end: 38, text: 'pharmacist' }],
  suggestions: [],
};
const read = withStrategy('one day I hope to work as a pharmacist', ['builds trust', 'Loyalty']);

describe('rewriteAt', () => {
  it('writes the accepted suggestion in place of the value, leaving the rest alone', () => {
    const next = rewriteAt(read, loyalty.path, 'Loyalty', 'stays loyal');
    expect(next.strategy.values.map((v) => v.phrase)).toEqual(['builds trust', 'stays loyal']);
    expect(next.strategy.values[1]?.id).toBe('v1');
    expect(next.steps).toBe(read.steps);
    expect(read.strategy.values[1]?.phrase).toBe('Loyalty');
  });

  it('changes nothing when the words were edited since the coach read them', () => {
    const edited = withStrategy('', ['builds trust', 'Loyal to a fault']);
    expect(rewriteAt(edited, loyalty.path, 'Loyalty', 'stays loyal')).toBe(edited);
  });

  it('changes nothing for a path that leads nowhere', () => {
    expect(rewriteAt(read, ['strategy', 'values', 7, 'phrase'], 'Loyalty', 'x')).toBe(read);
  });
});

describe('freshFindings', () => {
  it('keeps findings about fields untouched since the coach read them', () => {
    expect(freshFindings([title, loyalty], read, read)).toEqual([title, loyalty]);
  });

  it('drops a value suggestion as soon as the value is rewritten', () => {
    const now = rewriteAt(read, loyalty.path, 'Loyalty', 'stays loyal');
    expect(freshFindings([title, loyalty], read, now)).toEqual([title]);
  });

  it('moves a title with the words typed before it, and drops it once rewritten', () => {
    const typed = withStrategy('Honestly, one day I hope to work as a pharmacist', [
      'builds trust',
      'Loyalty',
    ]);
    expect(freshFindings([title], read, typed)[0]?.spans).toEqual([
      { start: 38, end: 48, text: 'pharmacist' },
    ]);
    const rewritten = withStrategy('helping people take medicines safely', []);
    expect(freshFindings([title], read, rewritten)).toEqual([]);
  });
});

describe('grouping and counting', () => {
  it('counts by severity and says the counts in words', () => {
    expect(countBySeverity([title, loyalty, loyalty])).toEqual({
      warning: 1,
      suggestion: 2,
      info: 0,
    });
    expect(describeCounts({ warning: 1, suggestion: 2, info: 0 })).toBe(
      '1 warning and 2 suggestions',
    );
    expect(describeCounts({ warning: 0, suggestion: 0, info: 1 })).toBe('1 note');
    expect(describeCounts({ warning: 2, suggestion: 1, info: 3 })).toBe(
      '2 warnings, 1 suggestion and 3 notes',
    );
    expect(describeCounts({ warning: 0, suggestion: 0, info: 0 })).toBe('nothing to change');
  });

  it('summarises every step in the method order', () => {
    const summaries = summarizeSteps((step) => (step === 'strategy' ? [title, loyalty] : []));
    expect(summaries.map((s) => s.step)).toEqual(COACH_STEPS);
    expect(summaries[0]).toEqual({
      step: 'strategy',
      counts: { warning: 1, suggestion: 1, info: 0 },
      total: 2,
    });
    expect(summaries.slice(1).every((s) => s.total === 0)).toBe(true);
  });

  it('finds the findings about one field by its exact path', () => {
    expect(findingsAt([title, loyalty], ['strategy', 'gratifyingWork'])).toEqual([title]);
    expect(findingsAt([title, loyalty], ['strategy'])).toEqual([]);
  });

  it('names the plan part a path edits, for undo', () => {
    expect(partOfPath(loyalty.path)).toBe('strategy');
    expect(partOfPath(['steps', 'vision', 'statement'])).toBe('vision');
    expect(partOfPath(['knownFor'])).toBe('knownFor');
    expect(partOfPath(['nowhere'])).toBeNull();
  });
});
