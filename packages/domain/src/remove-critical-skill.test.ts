import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryValidPlanContent } from './arbitraries.test-support.ts';
import { createSamplePlanContent } from './fixtures.ts';
import type { PlanContent } from './model.ts';
import { removeCriticalSkill } from './remove-critical-skill.ts';
import { findPlanProblems } from './validate-plan.ts';

const sample = createSamplePlanContent();
const withSteps = (steps: PlanContent['steps']): PlanContent => ({ ...sample, steps });
const mentions = (content: PlanContent, skillId: string): boolean =>
  content.steps.skills.skills.some((skill) => skill.id === skillId) ||
  content.steps.audit.answers.some((row) => row.skillId === skillId) ||
  content.steps.audit.strengthIds.includes(skillId) ||
  content.steps.audit.mustBuildId === skillId ||
  content.steps.portfolio.entries.some((entry) => entry.skillIds.includes(skillId));

describe('removing a critical skill', () => {
  it('removes the skill, its audit answers and its id from every portfolio role', () => {
    const steps = removeCriticalSkill(sample.steps, 'sk-change');
    expect(steps.skills.skills.map((skill) => skill.id)).toEqual(
      sample.steps.skills.skills.map((skill) => skill.id).filter((id) => id !== 'sk-change'),
    );
    expect(steps.audit.answers.some((row) => row.skillId === 'sk-change')).toBe(false);
    expect(steps.portfolio.entries.map((entry) => entry.skillIds)).toEqual(
      sample.steps.portfolio.entries.map((entry) =>
        entry.skillIds.filter((id) => id !== 'sk-change'),
      ),
    );
    expect(findPlanProblems(withSteps(steps))).toEqual([]);
  });

  it('takes a chosen strength or must-build skill out of the choice', () => {
    const steps = {
      ...sample.steps,
      audit: {
        ...sample.steps.audit,
        strengthIds: ['sk-mapping', 'sk-analysis'],
        mustBuildId: 'sk-change',
      },
    };
    const withoutStrength = removeCriticalSkill(steps, 'sk-mapping');
    expect(withoutStrength.audit.strengthIds).toEqual(['sk-analysis']);
    expect(withoutStrength.audit.mustBuildId).toBe('sk-change');

    const withoutGap = removeCriticalSkill(steps, 'sk-change');
    expect(withoutGap.audit.mustBuildId).toBeNull();
    expect(withoutGap.audit.strengthIds).toEqual(['sk-mapping', 'sk-analysis']);
  });

  it('leaves the parts that never mentioned the skill as they were', () => {
    const steps = {
      ...sample.steps,
      portfolio: {
        entries: sample.steps.portfolio.entries.map((entry) => ({
          ...entry,
          skillIds: entry.skillIds.filter((id) => id !== 'sk-storytelling'),
        })),
      },
    };
    const next = removeCriticalSkill(steps, 'sk-storytelling');
    expect(next.portfolio).toBe(steps.portfolio);
    expect(next.vision).toBe(steps.vision);
    expect(next.skills).not.toBe(steps.skills);
  });

  it('returns the same steps when no part names the id', () => {
    expect(removeCriticalSkill(sample.steps, 'no-such-skill')).toBe(sample.steps);
  });

  it('always leaves a plan the server accepts, with no trace of the skill and every other skill kept', () => {
    fc.assert(
      fc.property(
        arbitraryValidPlanContent().chain((content) =>
          fc.tuple(
            fc.constant(content),
            content.steps.skills.skills.length === 0
              ? fc.constant('absent')
              : fc.constantFrom(...content.steps.skills.skills.map((skill) => skill.id)),
          ),
        ),
        ([content, skillId]) => {
          const after = { ...content, steps: removeCriticalSkill(content.steps, skillId) };
          expect(mentions(after, skillId)).toBe(false);
          expect(findPlanProblems(after)).toEqual(findPlanProblems(content));
          expect(after.steps.skills.skills).toEqual(
            content.steps.skills.skills.filter((skill) => skill.id !== skillId),
          );
        },
      ),
    );
  });
});
