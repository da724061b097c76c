import { describe, expect, it } from 'vitest';
import { summarizeAudit } from './audit.ts';
import { measureCompleteness } from './completeness.ts';
import { createSamplePlanContent } from './fixtures.ts';
import { summarizeRestructure } from './restructure.ts';
import { traceActions } from './traceability.ts';
import { findPlanProblems } from './validate-plan.ts';

describe('createSamplePlanContent', () => {
  const sample = createSamplePlanContent();

  it('is a plan with no hard problems', () => {
    expect(findPlanProblems(sample)).toEqual([]);
  });

  it('is complete in every step', () => {
    expect(measureCompleteness(sample).overall).toBe(1);
  });

  it('traces every action to the vision and leaves nothing orphaned', () => {
    expect(traceActions(sample).fullyTraced).toBe(true);
  });

  it('makes a strengths and must-build choice that agrees with its own audit', () => {
    const summary = summarizeAudit(sample.steps.skills, sample.steps.audit);
    expect(summary.choiceConsistent).toBe(true);
    expect(summary.suggestedStrengthIds).toEqual(sample.steps.audit.strengthIds);
    expect(summary.suggestedMustBuildId).toBe(sample.steps.audit.mustBuildId);
  });

  it('reinvests exactly the hours it frees', () => {
    expect(summarizeRestructure(sample.steps.restructure).balance).toBe('balanced');
  });

  it('answers the closing question of what the person wants to be known for', () => {
    expect(sample.knownFor.trim()).not.toBe('');
  });

  it('returns a fresh copy on every call, so a test that edits one cannot leak into another', () => {
    const first = createSamplePlanContent();
    const second = createSamplePlanContent();
    expect(first).toEqual(second);
    expect(first).not.toBe(second);
    expect(first.steps.roadmap.actions).not.toBe(second.steps.roadmap.actions);
  });
});
