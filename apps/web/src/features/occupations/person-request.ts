import type { PersonProfileRequest } from '@trailmap/contracts';
import type { CurrentOccupation, PlanContent } from '@trailmap/domain';

/** The current occupation of a plan; plans written before the field existed have none. */
export const currentOccupationOf = (content: PlanContent): CurrentOccupation | null =>
  content.steps.portfolio.currentOccupation ?? null;

/**
 * The person as the occupation API reads them: where they are today, and the
 * critical skills they chose with their audit. Unnamed skills are left out.
 */
export function personRequest(content: PlanContent): PersonProfileRequest {
  const skills = content.steps.skills.skills.filter((skill) => skill.name.trim() !== '');
  const kept = new Set(skills.map((skill) => skill.id));
  const { audit } = content.steps;
  return {
    currentOccupationCode: currentOccupationOf(content)?.code ?? null,
    skills,
    audit: {
      answers: audit.answers.filter((answer) => kept.has(answer.skillId)),
      strengthIds: audit.strengthIds.filter((id) => kept.has(id)),
      mustBuildId:
        audit.mustBuildId !== null && kept.has(audit.mustBuildId) ? audit.mustBuildId : null,
    },
  };
}
