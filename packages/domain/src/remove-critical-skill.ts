import type { ItemId, PlanSteps } from './model.ts';

/**
 * Step 3 → steps 4 and 6: removing a critical skill also removes everything
 * that names it — its audit answers, its place among the chosen strengths or
 * as the must-build skill, its id in the skills a portfolio role builds, and
 * the AI backpack entries chosen for it.
 * All in one edit, because the server refuses a plan with links to a skill
 * that is gone (validate-plan.ts). Proof entries link skills too, but they are
 * stored apart from the plan and are not touched here.
 *
 * Parts that do not mention the skill keep their identity, so an unchanged
 * step is not reported as edited; removing an id that is nowhere returns
 * `steps` itself.
 */
export function removeCriticalSkill(steps: PlanSteps, skillId: ItemId): PlanSteps {
  const skills = steps.skills.skills.filter((skill) => skill.id !== skillId);
  const answers = steps.audit.answers.filter((row) => row.skillId !== skillId);
  const strengthIds = steps.audit.strengthIds.filter((id) => id !== skillId);
  const mustBuildCleared = steps.audit.mustBuildId === skillId;

  const skillsChanged = skills.length !== steps.skills.skills.length;
  const auditChanged =
    answers.length !== steps.audit.answers.length ||
    strengthIds.length !== steps.audit.strengthIds.length ||
    mustBuildCleared;

  let portfolioChanged = false;
  const entries = steps.portfolio.entries.map((entry) => {
    if (!entry.skillIds.includes(skillId)) return entry;
    portfolioChanged = true;
    return { ...entry, skillIds: entry.skillIds.filter((id) => id !== skillId) };
  });

  const backpack = steps.restructure.aiBackpack;
  const backpackChanged = backpack?.some((entry) => entry.forSkillId === skillId) ?? false;
  const aiBackpack = backpack?.map((entry) =>
    entry.forSkillId === skillId ? { ...entry, forSkillId: null } : entry,
  );

  if (!skillsChanged && !auditChanged && !portfolioChanged && !backpackChanged) return steps;
  return {
    ...steps,
    skills: skillsChanged ? { ...steps.skills, skills } : steps.skills,
    audit: auditChanged
      ? {
          ...steps.audit,
          answers,
          strengthIds,
          mustBuildId: mustBuildCleared ? null : steps.audit.mustBuildId,
        }
      : steps.audit,
    portfolio: portfolioChanged ? { ...steps.portfolio, entries } : steps.portfolio,
    restructure: backpackChanged ? { ...steps.restructure, aiBackpack } : steps.restructure,
  };
}
