import { keyOfIdSet } from './ids.ts';
import type { ItemId, PlanContent, PlanSteps, Strategy } from './model.ts';

/**
 * Removes links that point at items no longer in the plan: overlap values,
 * audit rows and picks, vision problems of a target role, the capability
 * target of an action, the skills of a portfolio role, the task or skill of
 * an AI backpack entry (the entry stays, detached, with the person's tool,
 * notes and outcome; decision 0023). The server refuses a
 * plan with such links (validate-plan.ts); this makes any combination of
 * edits — an undo, a merge — savable again while keeping every word that can
 * be kept. An overlap left with fewer than two known values, or with the
 * same values as another overlap, cannot stand and goes.
 *
 * Returns `content` itself when nothing dangles.
 */
export function dropDanglingLinks(content: PlanContent): PlanContent {
  const strategy = repairStrategy(content.strategy);
  const steps = repairSteps(content.steps);
  if (strategy === content.strategy && steps === content.steps) return content;
  return { ...content, strategy, steps };
}

function repairStrategy(strategy: Strategy): Strategy {
  const known = new Set(strategy.values.map((value) => value.id));
  const seen = new Set<string>();
  let changed = false;
  const overlaps = [];
  for (const overlap of strategy.overlaps) {
    const valueIds = overlap.valueIds.filter((id) => known.has(id));
    const key = keyOfIdSet(valueIds);
    if (valueIds.length < 2 || seen.has(key)) {
      changed = true;
      continue;
    }
    seen.add(key);
    if (valueIds.length === overlap.valueIds.length) overlaps.push(overlap);
    else {
      changed = true;
      overlaps.push({ ...overlap, valueIds });
    }
  }
  return changed ? { ...strategy, overlaps } : strategy;
}

const keepKnown = (ids: readonly ItemId[], known: ReadonlySet<ItemId>) => {
  const kept = ids.filter((id) => known.has(id));
  return kept.length === ids.length ? ids : kept;
};

function repairSteps(steps: PlanSteps): PlanSteps {
  const skillIds = new Set(steps.skills.skills.map((skill) => skill.id));
  const visionProblemIds = new Set(steps.vision.problems.map((problem) => problem.id));
  const targetIds = new Set(
    steps.roadmap.targetRoles.flatMap((role) => role.capabilityTargets.map((target) => target.id)),
  );

  const answers = steps.audit.answers.filter((row) => skillIds.has(row.skillId));
  const strengthIds = keepKnown(steps.audit.strengthIds, skillIds);
  const mustBuildId =
    steps.audit.mustBuildId !== null && skillIds.has(steps.audit.mustBuildId)
      ? steps.audit.mustBuildId
      : null;
  const auditChanged =
    answers.length !== steps.audit.answers.length ||
    strengthIds !== steps.audit.strengthIds ||
    mustBuildId !== steps.audit.mustBuildId;

  let rolesChanged = false;
  const targetRoles = steps.roadmap.targetRoles.map((role) => {
    const ids = keepKnown(role.visionProblemIds, visionProblemIds);
    if (ids === role.visionProblemIds) return role;
    rolesChanged = true;
    return { ...role, visionProblemIds: ids };
  });
  let actionsChanged = false;
  const actions = steps.roadmap.actions.map((action) => {
    if (action.capabilityTargetId === null || targetIds.has(action.capabilityTargetId)) {
      return action;
    }
    actionsChanged = true;
    return { ...action, capabilityTargetId: null };
  });
  let portfolioChanged = false;
  const entries = steps.portfolio.entries.map((entry) => {
    const ids = keepKnown(entry.skillIds, skillIds);
    if (ids === entry.skillIds) return entry;
    portfolioChanged = true;
    return { ...entry, skillIds: ids };
  });

  const backpack = steps.restructure.aiBackpack;
  const taskIds = new Set(steps.restructure.tasks.map((task) => task.id));
  let backpackChanged = false;
  const aiBackpack = backpack?.map((entry) => {
    const taskGone = entry.forTaskId !== null && !taskIds.has(entry.forTaskId);
    const skillGone = entry.forSkillId !== null && !skillIds.has(entry.forSkillId);
    if (!taskGone && !skillGone) return entry;
    backpackChanged = true;
    return {
      ...entry,
      forTaskId: taskGone ? null : entry.forTaskId,
      forSkillId: skillGone ? null : entry.forSkillId,
    };
  });

  if (!auditChanged && !rolesChanged && !actionsChanged && !portfolioChanged && !backpackChanged)
    return steps;
  return {
    ...steps,
    audit: auditChanged ? { ...steps.audit, answers, strengthIds, mustBuildId } : steps.audit,
    roadmap:
      rolesChanged || actionsChanged
        ? {
            ...steps.roadmap,
            targetRoles: rolesChanged ? targetRoles : steps.roadmap.targetRoles,
            actions: actionsChanged ? actions : steps.roadmap.actions,
          }
        : steps.roadmap,
    portfolio: portfolioChanged ? { ...steps.portfolio, entries } : steps.portfolio,
    restructure: backpackChanged ? { ...steps.restructure, aiBackpack } : steps.restructure,
  };
}
