import { summarizeAudit } from '../audit.ts';
import { LIMITS } from '../limits.ts';
import type { PlanContent } from '../model.ts';
import { summarizeRestructure } from '../restructure.ts';
import { formatHours, joinWords, pluralize } from '../text.ts';
import { traceActions, type TraceOrphan } from '../traceability.ts';
import type { CoachFinding, CoachFindingCode } from './coach-finding.ts';

/**
 * Rules over the structure of steps 3–7, reusing the domain's own
 * computations: the audit summary, the traceability of actions, the EDA sums.
 */

export function coachSkills(content: PlanContent): CoachFinding[] {
  const count = content.steps.skills.skills.length;
  const base = {
    step: 'skills',
    path: ['steps', 'skills', 'skills'],
    spans: [],
    suggestions: [],
  } satisfies Partial<CoachFinding>;
  if (count > 0 && count < LIMITS.minCriticalSkillsForComplete)
    return [
      {
        ...base,
        code: 'skills.too_few',
        severity: 'suggestion',
        message: `You have ${pluralize(count, 'critical skill')}; your vision needs three to five. Add the ones it cannot do without.`,
      },
    ];
  if (count > LIMITS.maxCriticalSkills)
    return [
      {
        ...base,
        code: 'skills.too_many',
        severity: 'warning',
        message: `You have ${count} critical skills; keep at most ${LIMITS.maxCriticalSkills} so each gets real practice.`,
      },
    ];
  return [];
}

export function coachAudit(content: PlanContent): CoachFinding[] {
  const { skills, audit } = content.steps;
  const summary = summarizeAudit(skills, audit);
  const findings: CoachFinding[] = summary.choiceIssues.map((issue) => ({
    code: issue.code,
    severity: 'suggestion',
    step: 'audit',
    path: issue.code.startsWith('audit.must_build')
      ? ['steps', 'audit', 'mustBuildId']
      : ['steps', 'audit', 'strengthIds'],
    message: issue.message,
    spans: [],
    suggestions: [],
  }));
  const allAudited = summary.skills.length > 0 && summary.skills.every((s) => s.complete);
  const nameOf = (id: string) => summary.skills.find((s) => s.skillId === id)?.name ?? id;
  if (allAudited && audit.strengthIds.length === 0 && summary.suggestedStrengthIds.length > 0) {
    const names = summary.suggestedStrengthIds.map(nameOf);
    findings.push({
      code: 'audit.strength_not_chosen',
      severity: 'suggestion',
      step: 'audit',
      path: ['steps', 'audit', 'strengthIds'],
      message: `Your audit is done but no strength is chosen. Your answers point to ${joinWords(names.map((n) => `'${n}'`))}: the next leap often comes from doubling down on one.`,
      spans: [],
      suggestions: names,
    });
  }
  if (allAudited && audit.mustBuildId === null && summary.suggestedMustBuildId !== null) {
    const name = nameOf(summary.suggestedMustBuildId);
    findings.push({
      code: 'audit.must_build_not_chosen',
      severity: 'suggestion',
      step: 'audit',
      path: ['steps', 'audit', 'mustBuildId'],
      message: `Your audit is done but no must-build skill is chosen. Your answers point to '${name}'.`,
      spans: [],
      suggestions: [name],
    });
  }
  return findings;
}

const orphanFinding =
  (code: CoachFindingCode) =>
  (orphan: TraceOrphan): CoachFinding => ({
    code,
    severity: 'suggestion',
    step: 'roadmap',
    path: orphan.path,
    message: orphan.message,
    spans: [],
    suggestions: [],
  });

export function coachRoadmap(content: PlanContent): CoachFinding[] {
  const { orphans } = traceActions(content);
  return [
    ...orphans.actionsWithoutTarget.map(orphanFinding('roadmap.action_without_target')),
    ...orphans.capabilityTargetsWithoutAction.map(orphanFinding('roadmap.target_without_action')),
    ...orphans.targetRolesWithoutVisionProblem.map(
      orphanFinding('roadmap.role_without_vision_problem'),
    ),
  ];
}

export function coachRestructure(content: PlanContent): CoachFinding[] {
  const summary = summarizeRestructure(content.steps.restructure);
  const findings: CoachFinding[] = [];
  const base = { step: 'restructure', spans: [], suggestions: [] } as const;
  if (summary.totalHoursPerWeek > LIMITS.hoursInWeek) {
    findings.push({
      ...base,
      code: 'restructure.week_overflow',
      severity: 'warning',
      path: ['steps', 'restructure', 'tasks'],
      message: `Your recurring tasks add up to ${formatHours(summary.totalHoursPerWeek)} hours a week, more than the ${LIMITS.hoursInWeek} a week has. Check the hours of each task.`,
    });
  }
  if (summary.balance === 'over_reinvested') {
    findings.push({
      ...base,
      code: 'restructure.over_reinvested',
      severity: 'warning',
      path: ['steps', 'restructure', 'reinvestmentHoursPerWeek'],
      message: `You reinvest ${formatHours(summary.reinvestedHoursPerWeek)} hours a week but free only ${formatHours(summary.freedHoursPerWeek)}. Free more hours (eliminate, delegate, automate) or reinvest ${formatHours(-summary.unallocatedHoursPerWeek)} fewer.`,
    });
  } else if (summary.balance === 'under_reinvested') {
    findings.push({
      ...base,
      code: 'restructure.under_reinvested',
      severity: 'info',
      path: ['steps', 'restructure', 'reinvestmentHoursPerWeek'],
      message: `${formatHours(summary.unallocatedHoursPerWeek)} freed hours a week have no purpose yet. Put them into high-impact projects, cross-team work, skill practice or visibility, or they will fill up with tasks again.`,
    });
  }
  return findings;
}
