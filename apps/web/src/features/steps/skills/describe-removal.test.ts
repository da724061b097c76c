import { describe, expect, it } from 'vitest';
import { createSamplePlanContent } from '@trailmap/domain';
import { describeSkillRemoval } from './describe-removal.ts';

const { steps } = createSamplePlanContent();

describe('the words said after a skill is removed', () => {
  it('names everything the removal took with it', () => {
    const skill = steps.skills.skills.find((candidate) => candidate.id === 'sk-change');
    const roles = steps.portfolio.entries.filter((entry) => entry.skillIds.includes('sk-change'));
    const message = describeSkillRemoval(steps, 'sk-change');
    expect(message).toContain(`'${skill?.name}' removed, with its audit answers`);
    expect(message).toContain(`its link to ${roles.length} portfolio roles`);
  });

  it('says only that the skill is gone when nothing pointed at it', () => {
    const bare = {
      ...steps,
      skills: { skills: [{ id: 'x', name: 'Negotiation', source: { kind: 'free' } as const }] },
    };
    expect(describeSkillRemoval(bare, 'x')).toBe("'Negotiation' removed.");
  });

  it('mentions a strength or must-build pick', () => {
    const picked = { ...steps, audit: { ...steps.audit, strengthIds: ['x'], mustBuildId: 'y' } };
    expect(describeSkillRemoval(picked, 'x')).toContain('its place among your strengths');
    expect(describeSkillRemoval(picked, 'y')).toContain('its choice as the skill to build');
  });
});
