import { keyOfIdSet } from './ids.ts';
import { LIMITS } from './limits.ts';
import type { ItemId, PlanContent } from './model.ts';
import {
  checkMaxCount,
  checkTextItems,
  checkUniqueIds,
  duplicateIdMessage,
} from './plan-problem.ts';
import type { PlanProblem, ProblemPath, ReportProblem as Report } from './plan-problem.ts';
import { HOURS_EPSILON, hoursReinvestedPerWeek } from './restructure.ts';
import { formatHours, quoteForMessage } from './text.ts';

/**
 * Cross-field rules that make a save invalid. Shapes, types and text lengths
 * are checked by the contracts schemas before this runs; here we only judge
 * what a schema cannot see: ids that collide, links that point nowhere, counts
 * the method caps, and hours that do not fit in a week.
 *
 * Softer targets (three skills, a due date on every action …) are not
 * problems: a plan is written over months and must be savable half-done.
 * Those are measured by completeness instead.
 */

/** Every hard problem of the content, in document order; empty when the content may be saved. */
export function findPlanProblems(content: PlanContent): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const report: Report = (path, code, message) => problems.push({ path, code, message });
  checkStrategy(content, report);
  checkProduct(content, report);
  checkVision(content, report);
  checkSkillsAndAudit(content, report);
  checkRoadmap(content, report);
  checkPortfolio(content, report);
  checkRestructure(content, report);
  checkAiBackpack(content, report);
  return problems;
}

// ---------------------------------------------------------------------------

function checkStrategy(content: PlanContent, report: Report): void {
  const { values, overlaps } = content.strategy;
  const valuePath = ['strategy', 'values'];
  checkMaxCount(
    values.length,
    LIMITS.maxValues,
    valuePath,
    'plan.too_many_values',
    'value',
    report,
    'a strategy names the few values you want to be known for',
  );
  checkUniqueIds(values, valuePath, 'value', (value) => value.phrase, report);

  const phraseById = new Map(values.map((value) => [value.id, value.phrase]));
  const overlapSets = new Set<string>();
  overlaps.forEach((overlap, index) => {
    const path = ['strategy', 'overlaps', index, 'valueIds'];
    const distinct = new Set(overlap.valueIds);
    if (distinct.size < 2 || distinct.size > LIMITS.maxOverlapValues) {
      report(
        path,
        'plan.overlap_values_invalid',
        `An overlap joins 2 to ${LIMITS.maxOverlapValues} values, but this one joins ${distinct.size}: add or remove values in it.`,
      );
    }
    const seen = new Set<ItemId>();
    overlap.valueIds.forEach((id, position) => {
      if (seen.has(id)) {
        report(
          [...path, position],
          'plan.overlap_values_invalid',
          `This overlap lists ${quoteForMessage(phraseById.get(id) ?? '', 'the same value')} twice: keep it once.`,
        );
      } else if (!phraseById.has(id)) {
        report(
          [...path, position],
          'plan.unknown_reference',
          `This overlap joins a value that is no longer in your strategy (id '${id}'): remove it from the overlap or add the value back.`,
        );
      }
      seen.add(id);
    });
    const key = keyOfIdSet(overlap.valueIds);
    if (!overlapSets.has(key)) {
      overlapSets.add(key);
    } else {
      const names = [...distinct]
        .map((id) => quoteForMessage(phraseById.get(id) ?? '', `'${id}'`))
        .join(', ');
      report(
        path,
        'plan.duplicate_overlap',
        `Two overlaps join the same values (${names}): merge their lines into one overlap.`,
      );
    }
  });
}

function checkProduct(content: PlanContent, report: Report): void {
  const { product } = content.steps;
  checkTextItems(product.problemsSolved, ['steps', 'product', 'problemsSolved'], 'problem', report);
  checkTextItems(product.reliedOnFor, ['steps', 'product', 'reliedOnFor'], 'item', report);
  checkTextItems(
    product.outcomesImproved,
    ['steps', 'product', 'outcomesImproved'],
    'outcome',
    report,
  );
}

function checkVision(content: PlanContent, report: Report): void {
  const { vision } = content.steps;
  checkTextItems(vision.problems, ['steps', 'vision', 'problems'], 'vision problem', report);
  checkTextItems(vision.teams, ['steps', 'vision', 'teams'], 'team', report);
}

function checkSkillsAndAudit(content: PlanContent, report: Report): void {
  const { skills, audit } = content.steps;
  const skillsPath = ['steps', 'skills', 'skills'];
  checkMaxCount(
    skills.skills.length,
    LIMITS.maxCriticalSkills,
    skillsPath,
    'plan.too_many_critical_skills',
    'critical skill',
    report,
    'focus on the few skills the vision needs most',
  );
  checkUniqueIds(skills.skills, skillsPath, 'critical skill', (skill) => skill.name, report);

  const skillNames = new Map(skills.skills.map((skill) => [skill.id, skill.name]));
  const answered = new Set<ItemId>();
  audit.answers.forEach((row, index) => {
    const path = ['steps', 'audit', 'answers', index, 'skillId'];
    if (!skillNames.has(row.skillId)) {
      report(
        path,
        'plan.unknown_reference',
        `These audit answers are for a skill that is no longer in your critical skills (id '${row.skillId}'): remove them, or add the skill back.`,
      );
    } else if (answered.has(row.skillId)) {
      report(
        path,
        'plan.duplicate_audit_answers',
        `${quoteForMessage(skillNames.get(row.skillId) ?? '', 'A skill')} has two sets of audit answers: keep one.`,
      );
    }
    answered.add(row.skillId);
  });

  const strengthsPath = ['steps', 'audit', 'strengthIds'];
  const distinctStrengths = new Set(audit.strengthIds);
  if (distinctStrengths.size > LIMITS.maxStrengths) {
    report(
      strengthsPath,
      'plan.too_many_strengths',
      `You chose ${distinctStrengths.size} strengths; choose at most ${LIMITS.maxStrengths} to make world-class, so the effort goes deep.`,
    );
  }
  const seenStrengths = new Set<ItemId>();
  audit.strengthIds.forEach((id, position) => {
    if (seenStrengths.has(id)) {
      report(
        [...strengthsPath, position],
        'plan.duplicate_strength',
        `${quoteForMessage(skillNames.get(id) ?? '', 'A skill')} is chosen as a strength twice: keep it once.`,
      );
    } else if (!skillNames.has(id)) {
      report(
        [...strengthsPath, position],
        'plan.unknown_reference',
        `A chosen strength is not one of your critical skills (id '${id}'): choose a strength from your skills.`,
      );
    }
    seenStrengths.add(id);
  });
  if (audit.mustBuildId !== null && !skillNames.has(audit.mustBuildId)) {
    report(
      ['steps', 'audit', 'mustBuildId'],
      'plan.unknown_reference',
      `Your must-build skill is not one of your critical skills (id '${audit.mustBuildId}'): choose it from your skills.`,
    );
  }
}

function checkRoadmap(content: PlanContent, report: Report): void {
  const { targetRoles, actions } = content.steps.roadmap;
  const rolesPath = ['steps', 'roadmap', 'targetRoles'];
  checkMaxCount(
    targetRoles.length,
    LIMITS.maxTargetRoles,
    rolesPath,
    'plan.too_many_target_roles',
    'target role',
    report,
    'one or two roles keep the roadmap focused',
  );
  checkUniqueIds(targetRoles, rolesPath, 'target role', (role) => role.title, report);

  const visionProblemIds = new Set(content.steps.vision.problems.map((problem) => problem.id));
  const targetIdPaths = new Map<ItemId, ProblemPath>();
  targetRoles.forEach((role, roleIndex) => {
    const rolePath = [...rolesPath, roleIndex];
    role.visionProblemIds.forEach((id, position) => {
      if (!visionProblemIds.has(id)) {
        report(
          [...rolePath, 'visionProblemIds', position],
          'plan.unknown_reference',
          `${quoteForMessage(role.title, 'A target role')} is linked to a vision problem that is no longer in your vision (id '${id}'): link it to one of your vision problems.`,
        );
      }
    });
    const targetsPath = [...rolePath, 'capabilityTargets'];
    checkMaxCount(
      role.capabilityTargets.length,
      LIMITS.maxCapabilityTargetsPerRole,
      targetsPath,
      'plan.too_many_capability_targets',
      'capability target',
      report,
      'keep the few that matter most for this role',
    );
    role.capabilityTargets.forEach((target, index) => {
      const path = [...targetsPath, index, 'id'];
      if (targetIdPaths.has(target.id)) {
        report(
          path,
          'plan.duplicate_id',
          duplicateIdMessage('capability target', target.text, target.id),
        );
      } else {
        targetIdPaths.set(target.id, path);
      }
    });
  });

  const actionsPath = ['steps', 'roadmap', 'actions'];
  checkMaxCount(
    actions.length,
    LIMITS.maxActions,
    actionsPath,
    'plan.too_many_actions',
    'action',
    report,
    'finish or drop some before adding more',
  );
  checkUniqueIds(actions, actionsPath, 'action', (action) => action.title, report);
  actions.forEach((action, index) => {
    if (action.capabilityTargetId !== null && !targetIdPaths.has(action.capabilityTargetId)) {
      report(
        [...actionsPath, index, 'capabilityTargetId'],
        'plan.unknown_reference',
        `${quoteForMessage(action.title, 'An action')} builds a capability target that is no longer in your roadmap: link it to another target, or unlink it.`,
      );
    }
  });
}

function checkPortfolio(content: PlanContent, report: Report): void {
  const { entries } = content.steps.portfolio;
  const entriesPath = ['steps', 'portfolio', 'entries'];
  checkMaxCount(
    entries.length,
    LIMITS.maxPortfolioEntries,
    entriesPath,
    'plan.too_many_portfolio_entries',
    'portfolio role',
    report,
    'keep the pathways you would really consider',
  );
  checkUniqueIds(entries, entriesPath, 'portfolio role', (entry) => entry.title, report);
  const skillIds = new Set(content.steps.skills.skills.map((skill) => skill.id));
  entries.forEach((entry, index) => {
    entry.skillIds.forEach((id, position) => {
      if (!skillIds.has(id)) {
        report(
          [...entriesPath, index, 'skillIds', position],
          'plan.unknown_reference',
          `${quoteForMessage(entry.title, 'A portfolio role')} builds a skill that is no longer in your critical skills (id '${id}'): pick one of your skills, or remove it.`,
        );
      }
    });
  });
}

function checkRestructure(content: PlanContent, report: Report): void {
  const { tasks, reinvestmentHoursPerWeek } = content.steps.restructure;
  const tasksPath = ['steps', 'restructure', 'tasks'];
  const week = LIMITS.hoursInWeek;
  checkMaxCount(
    tasks.length,
    LIMITS.maxRecurringTasks,
    tasksPath,
    'plan.too_many_tasks',
    'recurring task',
    report,
    'group small tasks together',
  );
  checkUniqueIds(tasks, tasksPath, 'task', (task) => task.name, report);

  let total = 0;
  tasks.forEach((task, index) => {
    const hours = task.hoursPerWeek;
    if (!Number.isFinite(hours) || hours < 0 || hours > week) {
      report(
        [...tasksPath, index, 'hoursPerWeek'],
        'plan.task_hours_out_of_range',
        `${quoteForMessage(task.name, 'A task')} takes ${Number.isFinite(hours) ? formatHours(hours) : 'an unreadable number of'} hours a week; a task takes between 0 and ${week}. Correct its hours.`,
      );
    } else {
      total += hours;
    }
  });
  if (total > week + HOURS_EPSILON) {
    report(
      tasksPath,
      'plan.week_overflow',
      `Your recurring tasks add up to ${formatHours(total)} hours a week, but a week has ${week}. Lower the hours of some tasks.`,
    );
  }

  const reinvestPath = ['steps', 'restructure', 'reinvestmentHoursPerWeek'];
  let allValid = true;
  for (const [key, hours] of Object.entries(reinvestmentHoursPerWeek) as [string, number][]) {
    if (!Number.isFinite(hours) || hours < 0) {
      allValid = false;
      report(
        [...reinvestPath, key],
        'plan.reinvestment_negative',
        `Reinvested hours cannot be below zero or unreadable: set ${REINVESTMENT_LABELS[key] ?? key} to 0 or more.`,
      );
    }
  }
  const reinvested = hoursReinvestedPerWeek(reinvestmentHoursPerWeek);
  if (allValid && reinvested > week + HOURS_EPSILON) {
    report(
      reinvestPath,
      'plan.reinvestment_exceeds_week',
      `You plan to reinvest ${formatHours(reinvested)} hours a week, but a week has ${week}. Lower some of the reinvested hours.`,
    );
  }
}

function checkAiBackpack(content: PlanContent, report: Report): void {
  const entries = content.steps.restructure.aiBackpack ?? [];
  const path = ['steps', 'restructure', 'aiBackpack'];
  checkMaxCount(
    entries.length,
    LIMITS.maxAiBackpackEntries,
    path,
    'plan.too_many_backpack_entries',
    'AI backpack entry',
    report,
    'keep the tools you actually use',
  );
  checkUniqueIds(entries, path, 'AI backpack entry', (entry) => entry.tool, report);
  const taskIds = new Set(content.steps.restructure.tasks.map((task) => task.id));
  const skillIds = new Set(content.steps.skills.skills.map((skill) => skill.id));
  entries.forEach((entry, index) => {
    const what = quoteForMessage(entry.tool, 'An AI backpack entry');
    // Neither link: detached, its task or skill was removed; the words stay (decision 0023).
    if (entry.forTaskId !== null && entry.forSkillId !== null) {
      report(
        [...path, index],
        'plan.backpack_link_invalid',
        `${what} must be for one recurring task or one critical skill, not both: clear forTaskId or forSkillId.`,
      );
      return;
    }
    if (entry.forTaskId !== null && !taskIds.has(entry.forTaskId)) {
      report(
        [...path, index, 'forTaskId'],
        'plan.unknown_reference',
        `${what} is for a recurring task that is no longer in your list (id '${entry.forTaskId}'): pick one of your tasks, or remove the entry.`,
      );
    }
    if (entry.forSkillId !== null && !skillIds.has(entry.forSkillId)) {
      report(
        [...path, index, 'forSkillId'],
        'plan.unknown_reference',
        `${what} is for a skill that is no longer in your critical skills (id '${entry.forSkillId}'): pick one of your skills, or remove the entry.`,
      );
    }
  });
}

const REINVESTMENT_LABELS: Readonly<Record<string, string>> = {
  highImpactProjects: 'the hours for high-impact projects',
  crossTeamCollaboration: 'the hours for cross-team collaboration',
  skillPractice: 'the hours for skill practice',
  visibility: 'the hours for visibility',
};
