import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPlanContent, editPlan } from './arbitraries.test-support.ts';
import { COMPLETENESS_PARTS, measureCompleteness } from './completeness.ts';
import type { CompletenessPart, StepCompleteness } from './completeness.ts';
import { createEmptyPlanContent } from './empty.ts';
import { createSamplePlanContent } from './fixtures.ts';
import type { PlanContent } from './model.ts';

const sample = createSamplePlanContent();

const partOf = (content: PlanContent, step: CompletenessPart): StepCompleteness => {
  const part = measureCompleteness(content).steps.find((candidate) => candidate.step === step);
  if (part === undefined) throw new Error(`no part ${step}`);
  return part;
};

describe('measureCompleteness', () => {
  it('scores the sample plan complete in every part', () => {
    const result = measureCompleteness(sample);
    expect(result.overall).toBe(1);
    for (const part of result.steps) {
      expect(part).toMatchObject({ ratio: 1, missing: [] });
      expect(part.done).toBe(part.total);
    }
  });

  it('scores an empty plan 0 everywhere and says what to do first in every part', () => {
    const result = measureCompleteness(createEmptyPlanContent());
    expect(result.overall).toBe(0);
    expect(result.steps.map((part) => part.step)).toEqual(COMPLETENESS_PARTS);
    for (const part of result.steps) {
      expect(part.done).toBe(0);
      expect(part.missing).toHaveLength(part.total);
    }
  });

  it('counts whitespace-only text as not written', () => {
    const blank = editPlan(sample, (draft) => {
      draft.strategy.gratifyingWork = '   \n\t';
      draft.steps.vision.statement = ' ';
    });
    expect(partOf(blank, 'strategy').missing).toEqual([
      'Describe the work you find most gratifying, without naming a job title.',
    ]);
    expect(partOf(blank, 'vision').missing).toEqual([
      'Write a vision statement about the value you will bring, not a title.',
    ]);
  });

  it('asks for three values and an overlap line in the strategy', () => {
    const part = partOf(
      editPlan(sample, (draft) => {
        draft.strategy.values = draft.strategy.values.slice(0, 2);
        draft.strategy.overlaps = [];
      }),
      'strategy',
    );
    expect(part).toMatchObject({ done: 1, total: 3 });
    expect(part.missing).toEqual([
      'Name at least 3 values as verbs (you have 2).',
      'Write a line for at least one place where two or more of your values meet.',
    ]);
  });

  it('names the missing parts of the value proposition and counts unrated drivers', () => {
    const part = partOf(
      editPlan(sample, (draft) => {
        draft.steps.product.proposition.who = '';
        draft.steps.product.proposition.result = ' ';
        draft.steps.product.drivers.speedAndQuality = null;
      }),
      'product',
    );
    expect(part.missing).toEqual([
      'Complete your value proposition: add who you help and what they can then do.',
      'Rate all four value drivers (1 driver still unrated).',
    ]);
    expect(part.ratio).toBeCloseTo(3 / 5);
  });

  it('asks for at least three critical skills', () => {
    const part = partOf(
      editPlan(sample, (draft) => {
        draft.steps.skills.skills = draft.steps.skills.skills.slice(0, 2);
      }),
      'skills',
    );
    expect(part).toMatchObject({ done: 0, total: 1 });
    expect(part.missing).toEqual([
      'Choose at least 3 critical skills your vision needs (you have 2).',
    ]);
  });

  it('names the skills whose audit is unfinished, and wants a must-build that is not a strength', () => {
    const part = partOf(
      editPlan(sample, (draft) => {
        draft.steps.audit.answers[1]!.couldTeach = null;
        draft.steps.audit.answers.pop();
        draft.steps.audit.mustBuildId = 'sk-mapping';
      }),
      'audit',
    );
    expect(part.missing).toEqual([
      "Answer all four audit questions for 'Leading change across teams' and 'Presenting results to executives'.",
      'Choose the one skill you must build (not one of your strengths).',
    ]);
  });

  it('does not count more than two strengths as a finished choice', () => {
    const part = partOf(
      editPlan(sample, (draft) => {
        draft.steps.audit.strengthIds = ['sk-mapping', 'sk-analysis', 'sk-change'];
      }),
      'audit',
    );
    expect(part.missing).toContain('Choose 1 or 2 strengths to make world-class.');
  });

  it('names the target role that lacks success or capability targets, and counts undated actions', () => {
    const part = partOf(
      editPlan(sample, (draft) => {
        draft.steps.roadmap.targetRoles[1]!.success = '';
        draft.steps.roadmap.actions[0]!.dueDate = null;
        draft.steps.roadmap.actions[1]!.dueDate = null;
      }),
      'roadmap',
    );
    expect(part.missing).toEqual([
      "For 'Transformation programme manager', write the problems the role solves, what success looks like, and at least one capability to build.",
      'Give a date to 2 actions still without one.',
    ]);
  });

  it('accepts a cross-functional path in place of an adjacent one in the portfolio', () => {
    const withoutAdjacent = editPlan(sample, (draft) => {
      draft.steps.portfolio.entries = draft.steps.portfolio.entries.filter(
        (entry) => entry.lane !== 'adjacent',
      );
    });
    expect(partOf(withoutAdjacent, 'portfolio').ratio).toBe(1);
    const onlyNext = editPlan(sample, (draft) => {
      draft.steps.portfolio.entries = draft.steps.portfolio.entries.filter(
        (entry) => entry.lane === 'next',
      );
    });
    expect(partOf(onlyNext, 'portfolio')).toMatchObject({ done: 1, total: 3 });
  });

  it('wants every task decided and freed hours reinvested', () => {
    const part = partOf(
      editPlan(sample, (draft) => {
        draft.steps.restructure.tasks[3]!.decision = null;
        draft.steps.restructure.reinvestmentHoursPerWeek.visibility = 0;
      }),
      'restructure',
    );
    expect(part.missing).toEqual([
      'Decide eliminate, delegate, automate or keep for 1 task still open.',
      'Reinvest the freed hours that have no purpose yet (1 a week).',
    ]);
  });

  it('does not count reinvesting more hours than were freed as done', () => {
    const part = partOf(
      editPlan(sample, (draft) => {
        draft.steps.restructure.reinvestmentHoursPerWeek.visibility = 3;
      }),
      'restructure',
    );
    expect(part.missing).toEqual([
      'You reinvest 11.5 hours a week but free only 9.5 hours: free more hours or reinvest fewer.',
    ]);
  });

  it('accepts a role where every task is kept and nothing needs reinvesting', () => {
    const allKept = editPlan(sample, (draft) => {
      for (const task of draft.steps.restructure.tasks) task.decision = 'keep';
      draft.steps.restructure.reinvestmentHoursPerWeek = {
        highImpactProjects: 0,
        crossTeamCollaboration: 0,
        skillPractice: 0,
        visibility: 0,
      };
    });
    expect(partOf(allKept, 'restructure').ratio).toBe(1);
  });

  it('keeps every ratio between 0 and 1, done within total, one missing line per failing check', () => {
    fc.assert(
      fc.property(arbitraryPlanContent(), (content) => {
        const result = measureCompleteness(content);
        expect(result.overall).toBeGreaterThanOrEqual(0);
        expect(result.overall).toBeLessThanOrEqual(1);
        expect(result.steps).toHaveLength(8);
        for (const part of result.steps) {
          expect(part.done).toBeGreaterThanOrEqual(0);
          expect(part.done).toBeLessThanOrEqual(part.total);
          expect(part.ratio).toBe(part.done / part.total);
          expect(part.missing).toHaveLength(part.total - part.done);
        }
      }),
    );
  });

  it('makes the overall ratio the plain mean of the eight parts', () => {
    fc.assert(
      fc.property(arbitraryPlanContent(), (content) => {
        const result = measureCompleteness(content);
        const mean = result.steps.reduce((sum, part) => sum + part.ratio, 0) / 8;
        expect(result.overall).toBeCloseTo(mean, 12);
      }),
    );
  });

  it('reaches 1 overall only when nothing is missing anywhere', () => {
    fc.assert(
      fc.property(arbitraryPlanContent(), (content) => {
        const result = measureCompleteness(content);
        const nothingMissing = result.steps.every((part) => part.missing.length === 0);
        expect(result.overall === 1).toBe(nothingMissing);
      }),
    );
  });
});
