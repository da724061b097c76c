import { joinWords, pluralize, quoteForMessage } from '@trailmap/domain';
import type { ItemId, PlanSteps } from '@trailmap/domain';

/**
 * What removing a skill takes with it, in words, said right after the removal
 * so that nothing disappears from other steps without the person knowing.
 * Read from the steps *before* the removal.
 */
export function describeSkillRemoval(steps: PlanSteps, skillId: ItemId): string {
  const skill = steps.skills.skills.find((candidate) => candidate.id === skillId);
  const name = quoteForMessage(skill?.name ?? '', 'An unnamed skill');
  const also: string[] = [];
  if (steps.audit.answers.some((row) => row.skillId === skillId)) also.push('its audit answers');
  if (steps.audit.strengthIds.includes(skillId)) also.push('its place among your strengths');
  if (steps.audit.mustBuildId === skillId) also.push('its choice as the skill to build');
  const roles = steps.portfolio.entries.filter((entry) => entry.skillIds.includes(skillId)).length;
  if (roles > 0) also.push(`its link to ${pluralize(roles, 'portfolio role')}`);
  return also.length === 0 ? `${name} removed.` : `${name} removed, with ${joinWords(also)}.`;
}
