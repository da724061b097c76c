import type { CapabilityTarget, ItemId, PlanContent, TargetRole, TextItem } from './model.ts';
import { quoteForMessage } from './text.ts';

/**
 * Strategy comes before any plan, so every plan item should lead back to it:
 * a short-term action builds a capability target, which belongs to a target
 * role, which lets the person work on problems of their five-year vision.
 * This module follows those links and lists what hangs loose.
 *
 * Rules, kept simple so they can be explained on screen:
 * - A link to an id that does not exist counts as no link (validation refuses
 *   such a save; here we only need to stay honest if one slips through).
 * - Dropped actions are traced like any other but are never orphans, and they
 *   do not count as building a capability target: nobody is working on them.
 * - The model links critical skills to nothing but portfolio entries, so a
 *   skill is "served" exactly when some portfolio entry lists it. We do not
 *   guess links from words in capability targets or action titles.
 */

export type TraceStatus = 'traced' | 'no_capability_target' | 'role_serves_no_vision_problem';

export interface ActionTrace {
  readonly actionId: ItemId;
  readonly actionTitle: string;
  readonly capabilityTarget: CapabilityTarget | null;
  readonly targetRole: { readonly id: ItemId; readonly title: string } | null;
  /** The vision problems the role serves, in the order of the vision. */
  readonly visionProblems: readonly TextItem[];
  readonly status: TraceStatus;
  /** What to do about a broken chain; null when traced. */
  readonly message: string | null;
}

/** A plan item that leads nowhere, with where it sits and what to do about it. */
export interface TraceOrphan {
  readonly id: ItemId;
  readonly label: string;
  /** JSON path to the item inside the plan content. */
  readonly path: (string | number)[];
  readonly message: string;
}

export interface TraceOrphans {
  readonly actionsWithoutTarget: readonly TraceOrphan[];
  readonly capabilityTargetsWithoutAction: readonly TraceOrphan[];
  readonly targetRolesWithoutVisionProblem: readonly TraceOrphan[];
  readonly portfolioEntriesWithoutSkill: readonly TraceOrphan[];
  readonly skillsNotServed: readonly TraceOrphan[];
}

export interface PlanTraceability {
  /** One trace per short-term action, in roadmap order. */
  readonly actions: readonly ActionTrace[];
  readonly orphans: TraceOrphans;
  /** True when every action still in play is traced and no list of orphans has an entry. */
  readonly fullyTraced: boolean;
}

interface LocatedTarget {
  readonly target: CapabilityTarget;
  readonly role: TargetRole;
  readonly roleIndex: number;
  readonly targetIndex: number;
}

export function traceActions(content: PlanContent): PlanTraceability {
  const { roadmap, vision, portfolio, skills } = content.steps;
  const visionProblemsById = new Map(vision.problems.map((problem) => [problem.id, problem]));

  const targetsById = new Map<ItemId, LocatedTarget>();
  roadmap.targetRoles.forEach((role, roleIndex) => {
    role.capabilityTargets.forEach((target, targetIndex) => {
      if (!targetsById.has(target.id))
        targetsById.set(target.id, { target, role, roleIndex, targetIndex });
    });
  });

  // Vision problems of a role, in vision order, ignoring ids that point nowhere.
  const problemsOfRole = (role: TargetRole): TextItem[] => {
    const linked = new Set(role.visionProblemIds);
    return vision.problems.filter(
      (problem) => linked.has(problem.id) && visionProblemsById.has(problem.id),
    );
  };

  const traces = roadmap.actions.map((action): ActionTrace => {
    const title = quoteForMessage(action.title, 'An untitled action');
    const located =
      action.capabilityTargetId === null ? undefined : targetsById.get(action.capabilityTargetId);
    if (located === undefined) {
      const message =
        action.capabilityTargetId === null
          ? `${title} serves no capability target: link it to one, or ask whether it belongs in the plan.`
          : `${title} is linked to a capability target that is no longer in your roadmap: link it to another one, or ask whether it belongs in the plan.`;
      return {
        actionId: action.id,
        actionTitle: action.title,
        capabilityTarget: null,
        targetRole: null,
        visionProblems: [],
        status: 'no_capability_target',
        message,
      };
    }
    const problems = problemsOfRole(located.role);
    const roleTitle = quoteForMessage(located.role.title, 'an untitled role');
    return {
      actionId: action.id,
      actionTitle: action.title,
      capabilityTarget: located.target,
      targetRole: { id: located.role.id, title: located.role.title },
      visionProblems: problems,
      status: problems.length > 0 ? 'traced' : 'role_serves_no_vision_problem',
      message:
        problems.length > 0
          ? null
          : `${title} builds toward ${roleTitle}, but that role serves no problem of your vision: link the role to a vision problem, or ask whether it fits your vision.`,
    };
  });

  const actionsWithoutTarget: TraceOrphan[] = [];
  traces.forEach((trace, index) => {
    const action = roadmap.actions[index];
    if (
      action === undefined ||
      action.status === 'dropped' ||
      trace.status !== 'no_capability_target'
    )
      return;
    actionsWithoutTarget.push({
      id: action.id,
      label: action.title,
      path: ['steps', 'roadmap', 'actions', index],
      message: trace.message ?? '',
    });
  });

  const builtTargetIds = new Set(
    roadmap.actions
      .filter((action) => action.status !== 'dropped' && action.capabilityTargetId !== null)
      .map((action) => action.capabilityTargetId),
  );
  const capabilityTargetsWithoutAction: TraceOrphan[] = [];
  for (const located of targetsById.values()) {
    if (builtTargetIds.has(located.target.id)) continue;
    const roleTitle = quoteForMessage(located.role.title, 'an untitled role');
    capabilityTargetsWithoutAction.push({
      id: located.target.id,
      label: located.target.text,
      path: [
        'steps',
        'roadmap',
        'targetRoles',
        located.roleIndex,
        'capabilityTargets',
        located.targetIndex,
      ],
      message: `Nothing on your roadmap builds ${quoteForMessage(located.target.text, 'an unnamed capability')} (for ${roleTitle}): add a project, relationship or habit that does.`,
    });
  }

  const targetRolesWithoutVisionProblem: TraceOrphan[] = [];
  roadmap.targetRoles.forEach((role, index) => {
    if (problemsOfRole(role).length > 0) return;
    targetRolesWithoutVisionProblem.push({
      id: role.id,
      label: role.title,
      path: ['steps', 'roadmap', 'targetRoles', index],
      message: `${quoteForMessage(role.title, 'An untitled target role')} is not linked to any problem of your vision: link it to the problems it lets you work on, or ask whether it fits your vision.`,
    });
  });

  const skillIds = new Set(skills.skills.map((skill) => skill.id));
  const portfolioEntriesWithoutSkill: TraceOrphan[] = [];
  const servedSkillIds = new Set<ItemId>();
  portfolio.entries.forEach((entry, index) => {
    const known = entry.skillIds.filter((id) => skillIds.has(id));
    known.forEach((id) => servedSkillIds.add(id));
    if (known.length > 0) return;
    portfolioEntriesWithoutSkill.push({
      id: entry.id,
      label: entry.title,
      path: ['steps', 'portfolio', 'entries', index],
      message: `${quoteForMessage(entry.title, 'An untitled portfolio role')} builds none of your critical skills: mark the skills it would grow, or ask whether this path fits your plan.`,
    });
  });

  const skillsNotServed: TraceOrphan[] = [];
  skills.skills.forEach((skill, index) => {
    if (servedSkillIds.has(skill.id)) return;
    skillsNotServed.push({
      id: skill.id,
      label: skill.name,
      path: ['steps', 'skills', 'skills', index],
      message: `${quoteForMessage(skill.name, 'An unnamed skill')} is not built by any role in your portfolio: add it to a pathway that grows it, or ask whether your vision needs it.`,
    });
  });

  const orphans: TraceOrphans = {
    actionsWithoutTarget,
    capabilityTargetsWithoutAction,
    targetRolesWithoutVisionProblem,
    portfolioEntriesWithoutSkill,
    skillsNotServed,
  };
  const fullyTraced =
    traces.every(
      (trace, index) => trace.status === 'traced' || roadmap.actions[index]?.status === 'dropped',
    ) && Object.values(orphans).every((list: readonly TraceOrphan[]) => list.length === 0);
  return { actions: traces, orphans, fullyTraced };
}
