import { LIMITS } from './limits.ts';
import type { PlanContent, TextItem } from './model.ts';
import { hoursFreedPerWeek, hoursReinvestedPerWeek, balanceOfHours } from './restructure.ts';
import { formatHours, hasText, joinWords, pluralize, quoteForMessage } from './text.ts';

/**
 * How far a person has come with the strategy and each of the seven steps.
 * Each part is a short list of checks drawn from the method; a part's ratio is
 * the share of its checks that pass, and the overall ratio is the plain mean
 * of the eight parts, so no step outweighs another however many checks it has.
 *
 * Every check needs something written: an empty plan scores 0 everywhere, and
 * "every X is done" never passes vacuously while there is no X. Text made only
 * of whitespace counts as empty.
 */

export type CompletenessPart =
  'strategy' | 'product' | 'vision' | 'skills' | 'audit' | 'roadmap' | 'portfolio' | 'restructure';

/** The eight parts in the order a person meets them. */
export const COMPLETENESS_PARTS: readonly CompletenessPart[] = [
  'strategy',
  'product',
  'vision',
  'skills',
  'audit',
  'roadmap',
  'portfolio',
  'restructure',
];

export interface StepCompleteness {
  readonly step: CompletenessPart;
  /** Checks that pass. */
  readonly done: number;
  readonly total: number;
  /** done / total, 0–1. */
  readonly ratio: number;
  /** What is still to do, one plain sentence per failing check, in check order. */
  readonly missing: readonly string[];
}

export interface PlanCompleteness {
  /** One entry per part, in {@link COMPLETENESS_PARTS} order. */
  readonly steps: readonly StepCompleteness[];
  /** Mean of the eight ratios, 0–1. */
  readonly overall: number;
}

/** A check: null when it passes, otherwise what the person still needs to do. */
type Check = string | null;

export function measureCompleteness(content: PlanContent): PlanCompleteness {
  const checksByPart: Record<CompletenessPart, readonly Check[]> = {
    strategy: checkStrategy(content),
    product: checkProduct(content),
    vision: checkVision(content),
    skills: checkSkills(content),
    audit: checkAudit(content),
    roadmap: checkRoadmap(content),
    portfolio: checkPortfolio(content),
    restructure: checkRestructure(content),
  };
  const steps = COMPLETENESS_PARTS.map((step) => scoreChecks(step, checksByPart[step]));
  const overall = steps.reduce((sum, part) => sum + part.ratio, 0) / steps.length;
  return { steps, overall };
}

function scoreChecks(step: CompletenessPart, checks: readonly Check[]): StepCompleteness {
  const missing = checks.filter((check): check is string => check !== null);
  const done = checks.length - missing.length;
  return {
    step,
    done,
    total: checks.length,
    ratio: checks.length === 0 ? 1 : done / checks.length,
    missing,
  };
}

const countWritten = (items: readonly TextItem[]): number =>
  items.filter((item) => hasText(item.text)).length;

function checkStrategy(content: PlanContent): Check[] {
  const { gratifyingWork, values, overlaps } = content.strategy;
  const writtenValues = values.filter((value) => hasText(value.phrase));
  const valueIds = new Set(writtenValues.map((value) => value.id));
  const hasOverlapLine = overlaps.some(
    (overlap) =>
      hasText(overlap.line) &&
      new Set(overlap.valueIds).size >= 2 &&
      overlap.valueIds.every((id) => valueIds.has(id)),
  );
  return [
    hasText(gratifyingWork)
      ? null
      : 'Describe the work you find most gratifying, without naming a job title.',
    writtenValues.length >= LIMITS.minValuesForComplete
      ? null
      : `Name at least ${LIMITS.minValuesForComplete} values as verbs (you have ${writtenValues.length}).`,
    hasOverlapLine
      ? null
      : 'Write a line for at least one place where two or more of your values meet.',
  ];
}

function checkProduct(content: PlanContent): Check[] {
  const { problemsSolved, reliedOnFor, outcomesImproved, proposition, drivers } =
    content.steps.product;
  const missingParts = [
    hasText(proposition.who) ? null : 'who you help',
    hasText(proposition.problems) ? null : 'the problems you solve for them',
    hasText(proposition.result) ? null : 'what they can then do',
  ].filter((part): part is string => part !== null);
  const unrated = Object.values(drivers).filter((rating) => rating === null).length;
  return [
    countWritten(problemsSolved) >= 1
      ? null
      : 'List at least one real problem you solve (a problem, not a task).',
    countWritten(reliedOnFor) >= 1
      ? null
      : 'Note at least one thing colleagues rely on you for when things break.',
    countWritten(outcomesImproved) >= 1
      ? null
      : 'Name at least one outcome that is better because of you.',
    missingParts.length === 0
      ? null
      : `Complete your value proposition: add ${joinWords(missingParts)}.`,
    unrated === 0
      ? null
      : `Rate all four value drivers (${pluralize(unrated, 'driver')} still unrated).`,
  ];
}

function checkVision(content: PlanContent): Check[] {
  const { problems, teams, impact, statement } = content.steps.vision;
  return [
    countWritten(problems) >= 1
      ? null
      : 'List at least one problem you want to be solving in five years.',
    countWritten(teams) >= 1 ? null : 'Name at least one team or leader you want to support.',
    hasText(impact) ? null : 'Describe the impact that would fulfil you.',
    hasText(statement)
      ? null
      : 'Write a vision statement about the value you will bring, not a title.',
  ];
}

function checkSkills(content: PlanContent): Check[] {
  const named = content.steps.skills.skills.filter((skill) => hasText(skill.name)).length;
  const min = LIMITS.minCriticalSkillsForComplete;
  return [
    named >= min
      ? null
      : `Choose at least ${min} critical skills your vision needs (you have ${named}).`,
  ];
}

function checkAudit(content: PlanContent): Check[] {
  const { skills } = content.steps.skills;
  const { answers, strengthIds, mustBuildId } = content.steps.audit;
  const skillIds = new Set(skills.map((skill) => skill.id));
  const unaudited = skills.filter((skill) => {
    const row = answers.find((candidate) => candidate.skillId === skill.id);
    return (
      row === undefined ||
      row.usesNow === null ||
      row.confidentUnderPressure === null ||
      row.trustedByOthers === null ||
      row.couldTeach === null
    );
  });
  const strengths = new Set(strengthIds.filter((id) => skillIds.has(id)));
  const strengthsChosen = strengths.size >= 1 && strengths.size <= LIMITS.maxStrengths;
  const mustBuildChosen =
    mustBuildId !== null && skillIds.has(mustBuildId) && !strengths.has(mustBuildId);

  let auditCheck: Check = null;
  if (skills.length === 0)
    auditCheck = 'Add your critical skills, then answer the four audit questions for each.';
  else if (unaudited.length > 0) {
    const names = unaudited.map((skill) => quoteForMessage(skill.name, 'an unnamed skill'));
    auditCheck = `Answer all four audit questions for ${joinWords(names)}.`;
  }
  return [
    auditCheck,
    strengthsChosen ? null : `Choose 1 or ${LIMITS.maxStrengths} strengths to make world-class.`,
    mustBuildChosen ? null : 'Choose the one skill you must build (not one of your strengths).',
  ];
}

function checkRoadmap(content: PlanContent): Check[] {
  const { targetRoles, actions } = content.steps.roadmap;
  const incompleteRoles = targetRoles.filter(
    (role) =>
      !hasText(role.problems) ||
      !hasText(role.success) ||
      !role.capabilityTargets.some((target) => hasText(target.text)),
  );
  let rolesCheck: Check = null;
  if (targetRoles.length === 0) rolesCheck = 'Add a target role for three to five years from now.';
  else if (incompleteRoles.length > 0) {
    const names = incompleteRoles.map((role) => quoteForMessage(role.title, 'an untitled role'));
    rolesCheck = `For ${joinWords(names)}, write the problems the role solves, what success looks like, and at least one capability to build.`;
  }
  const undated = actions.filter(
    (action) => action.dueDate === null || !hasText(action.dueDate),
  ).length;
  return [
    rolesCheck,
    actions.length >= 1
      ? null
      : 'Add at least one short-term action: a project, relationship or habit.',
    actions.length >= 1 && undated === 0
      ? null
      : actions.length === 0
        ? 'Give each short-term action a date.'
        : `Give a date to ${pluralize(undated, 'action')} still without one.`,
  ];
}

function checkPortfolio(content: PlanContent): Check[] {
  const lanes = new Set(
    content.steps.portfolio.entries
      .filter((entry) => hasText(entry.title))
      .map((entry) => entry.lane),
  );
  return [
    lanes.has('next') ? null : 'Add a logical next step to your role portfolio.',
    lanes.has('ideal') ? null : 'Add your ideal role for the medium term.',
    lanes.has('adjacent') || lanes.has('cross_functional')
      ? null
      : 'Add an alternative path: a role in an adjacent team or industry, or a cross-functional move.',
  ];
}

function checkRestructure(content: PlanContent): Check[] {
  const { tasks, reinvestmentHoursPerWeek } = content.steps.restructure;
  const undecided = tasks.filter((task) => task.decision === null).length;
  const freed = hoursFreedPerWeek(tasks);
  const reinvested = hoursReinvestedPerWeek(reinvestmentHoursPerWeek);
  const balance = balanceOfHours(freed - reinvested);
  let reinvestCheck: Check = null;
  if (tasks.length === 0)
    reinvestCheck = 'Reinvest the hours you free in work that moves your plan forward.';
  else if (balance === 'under_reinvested') {
    reinvestCheck = `Reinvest the freed hours that have no purpose yet (${formatHours(freed - reinvested)} a week).`;
  } else if (balance === 'over_reinvested') {
    reinvestCheck = `You reinvest ${formatHours(reinvested)} hours a week but free only ${formatHours(freed)} hours: free more hours or reinvest fewer.`;
  }
  return [
    tasks.length >= 1
      ? null
      : 'List the recurring tasks of your current role with their hours per week.',
    tasks.length >= 1 && undecided === 0
      ? null
      : tasks.length === 0
        ? 'Decide for each task: eliminate, delegate, automate or keep.'
        : `Decide eliminate, delegate, automate or keep for ${pluralize(undecided, 'task')} still open.`,
    reinvestCheck,
  ];
}
