import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPlanContent, arbitraryValidPlanContent } from './arbitraries.test-support.ts';
import { createSamplePlanContent } from './fixtures.ts';
import { dropDanglingLinks } from './repair-links.ts';
import { findPlanProblems } from './validate-plan.ts';

const LINK_CODES = new Set(['plan.unknown_reference', 'plan.duplicate_overlap']);
const linkProblems = (content: Parameters<typeof findPlanProblems>[0]) =>
  findPlanProblems(content).filter((problem) => LINK_CODES.has(problem.code));

describe('dropDanglingLinks', () => {
  it('returns a plan without dangling links unchanged, as the same object', () => {
    const sample = createSamplePlanContent();
    expect(dropDanglingLinks(sample)).toBe(sample);
  });

  it('unlinks what points at removed items and keeps the words', () => {
    const sample = createSamplePlanContent();
    const [firstSkill, ...otherSkills] = sample.steps.skills.skills;
    const [firstRole, ...otherRoles] = sample.steps.roadmap.targetRoles;
    if (!firstSkill || !firstRole) throw new Error('the sample has skills and roles');
    const broken = {
      ...sample,
      steps: {
        ...sample.steps,
        skills: { skills: otherSkills },
        roadmap: { ...sample.steps.roadmap, targetRoles: otherRoles },
      },
    };
    expect(linkProblems(broken).length).toBeGreaterThan(0);
    const repaired = dropDanglingLinks(broken);
    expect(linkProblems(repaired)).toEqual([]);
    expect(repaired.steps.audit.answers.some((row) => row.skillId === firstSkill.id)).toBe(false);
    // Actions stay, with their words, only unlinked from the removed role's targets.
    expect(repaired.steps.roadmap.actions.map((action) => action.title)).toEqual(
      sample.steps.roadmap.actions.map((action) => action.title),
    );
    const removedTargets = new Set(firstRole.capabilityTargets.map((target) => target.id));
    for (const action of repaired.steps.roadmap.actions) {
      expect(removedTargets.has(action.capabilityTargetId ?? '')).toBe(false);
    }
  });

  it('drops an overlap left with one known value, and keeps a smaller one that still stands', () => {
    const sample = createSamplePlanContent();
    const ids = sample.strategy.values.map((value) => value.id);
    const [a, b, c] = ids;
    if (!a || !b || !c) throw new Error('the sample has three values');
    const content = {
      ...sample,
      strategy: {
        ...sample.strategy,
        values: sample.strategy.values.filter((value) => value.id !== c),
        overlaps: [
          { valueIds: [a, c], line: 'gone with c' },
          { valueIds: [a, b, c], line: 'now a and b' },
        ],
      },
    };
    expect(dropDanglingLinks(content).strategy.overlaps).toEqual([
      { valueIds: [a, b], line: 'now a and b' },
    ]);
  });

  it('leaves no dangling link in any plan (property)', () => {
    fc.assert(
      fc.property(
        arbitraryPlanContent(),
        (content) => linkProblems(dropDanglingLinks(content)).length === 0,
      ),
      { numRuns: 300 },
    );
  });

  it('changes nothing in a valid plan (property)', () => {
    fc.assert(
      fc.property(arbitraryValidPlanContent(), (content) => dropDanglingLinks(content) === content),
      { numRuns: 200 },
    );
  });
});
