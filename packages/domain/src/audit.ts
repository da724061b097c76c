import { LIMITS } from './limits.ts';
import type { CriticalSkills, ItemId, SkillAudit, SkillAuditAnswers } from './model.ts';
import { quoteForMessage } from './text.ts';

/**
 * Step 4, the skill audit. Four yes/no questions per skill form a ladder:
 * use it now → confident when the stakes are high → trusted by others → could
 * teach or lead with it tomorrow.
 *
 * Scoring rule: the level is the number of "yes" answers (0–4). We do not stop
 * at the first "no", because real answers are rarely contiguous: someone who
 * taught a skill in a former role may not use it in today's job, and it would
 * be wrong to score them 0. A count is simple to explain on screen, and
 * monotone: turning any "no" (or unanswered) into "yes" never lowers a level.
 */

export type SkillLevel = 0 | 1 | 2 | 3 | 4;
export type SkillLevelLabel = 'not_yet' | 'emerging' | 'capable' | 'trusted' | 'leading';

/** Label of each level, indexed by the level. */
export const SKILL_LEVEL_LABELS: readonly SkillLevelLabel[] = [
  'not_yet',
  'emerging',
  'capable',
  'trusted',
  'leading',
];

/** From this level a skill is a candidate to double down on as a strength. */
export const STRENGTH_MIN_LEVEL: SkillLevel = 3;

export interface SkillLevelResult {
  readonly level: SkillLevel;
  readonly label: SkillLevelLabel;
  /** How many of the four questions have an answer (yes or no). */
  readonly questionsAnswered: number;
  /** True when all four questions are answered. */
  readonly complete: boolean;
}

const QUESTION_KEYS = [
  'usesNow',
  'confidentUnderPressure',
  'trustedByOthers',
  'couldTeach',
] as const;

export function levelOfSkill(answers: SkillAuditAnswers): SkillLevelResult {
  let yes = 0;
  let answered = 0;
  for (const key of QUESTION_KEYS) {
    const answer = answers[key];
    if (answer !== null) answered += 1;
    if (answer === true) yes += 1;
  }
  const level = yes as SkillLevel;
  return {
    level,
    label: labelOfLevel(level),
    questionsAnswered: answered,
    complete: answered === QUESTION_KEYS.length,
  };
}

export function labelOfLevel(level: SkillLevel): SkillLevelLabel {
  return SKILL_LEVEL_LABELS[level] ?? 'not_yet';
}

export interface AuditedSkill extends SkillLevelResult {
  readonly skillId: ItemId;
  readonly name: string;
}

export type AuditChoiceIssueCode =
  | 'audit.strength_unknown'
  | 'audit.strength_repeated'
  | 'audit.too_many_strengths'
  | 'audit.must_build_unknown'
  | 'audit.must_build_is_strength'
  | 'audit.strength_below_other'
  | 'audit.must_build_above_other';

export interface AuditChoiceIssue {
  readonly code: AuditChoiceIssueCode;
  /** The chosen skill the issue is about. */
  readonly skillId: ItemId;
  readonly message: string;
}

export interface AuditSummary {
  /** Every critical skill, in the order of step 3. */
  readonly skills: readonly AuditedSkill[];
  /** Up to two skills at level 3 or more, highest first; ties keep skill order. */
  readonly suggestedStrengthIds: readonly ItemId[];
  /** The lowest-level audited skill that is not a suggested strength; null when none. */
  readonly suggestedMustBuildId: ItemId | null;
  /** True when the person's own choice raises no issue (an empty choice is consistent). */
  readonly choiceConsistent: boolean;
  readonly choiceIssues: readonly AuditChoiceIssue[];
}

const UNANSWERED: Omit<SkillAuditAnswers, 'skillId'> = {
  usesNow: null,
  confidentUnderPressure: null,
  trustedByOthers: null,
  couldTeach: null,
};

export function summarizeAudit(skills: CriticalSkills, audit: SkillAudit): AuditSummary {
  // The first row per skill wins; validation refuses a plan with two rows for one skill.
  const answersBySkill = new Map<ItemId, SkillAuditAnswers>();
  for (const row of audit.answers) {
    if (!answersBySkill.has(row.skillId)) answersBySkill.set(row.skillId, row);
  }

  const audited: AuditedSkill[] = skills.skills.map((skill) => ({
    skillId: skill.id,
    name: skill.name,
    ...levelOfSkill(answersBySkill.get(skill.id) ?? { skillId: skill.id, ...UNANSWERED }),
  }));

  const suggestedStrengthIds = suggestStrengths(audited);
  const suggestedMustBuildId = suggestMustBuild(audited, suggestedStrengthIds);
  const choiceIssues = findChoiceIssues(audited, audit);

  return {
    skills: audited,
    suggestedStrengthIds,
    suggestedMustBuildId,
    choiceConsistent: choiceIssues.length === 0,
    choiceIssues,
  };
}

function suggestStrengths(audited: readonly AuditedSkill[]): ItemId[] {
  return audited
    .map((skill, order) => ({ skill, order }))
    .filter(({ skill }) => skill.level >= STRENGTH_MIN_LEVEL)
    .sort((x, y) => y.skill.level - x.skill.level || x.order - y.order)
    .slice(0, LIMITS.maxStrengths)
    .map(({ skill }) => skill.skillId);
}

/**
 * Only skills with at least one answer are candidates: suggesting an
 * unaudited skill as the gap would be a guess, not a reading of the audit.
 */
function suggestMustBuild(
  audited: readonly AuditedSkill[],
  strengthIds: readonly ItemId[],
): ItemId | null {
  let best: AuditedSkill | null = null;
  for (const skill of audited) {
    if (skill.questionsAnswered === 0 || strengthIds.includes(skill.skillId)) continue;
    if (best === null || skill.level < best.level) best = skill;
  }
  return best?.skillId ?? null;
}

function findChoiceIssues(audited: readonly AuditedSkill[], audit: SkillAudit): AuditChoiceIssue[] {
  const issues: AuditChoiceIssue[] = [];
  const byId = new Map(audited.map((skill) => [skill.skillId, skill]));
  const nameOf = (skill: AuditedSkill): string => quoteForMessage(skill.name, 'An unnamed skill');

  const seen = new Set<ItemId>();
  const chosenStrengths: AuditedSkill[] = [];
  for (const id of audit.strengthIds) {
    const skill = byId.get(id);
    if (skill === undefined) {
      issues.push({
        code: 'audit.strength_unknown',
        skillId: id,
        message:
          'A chosen strength is no longer one of your critical skills: choose it again from the list.',
      });
    } else if (seen.has(id)) {
      issues.push({
        code: 'audit.strength_repeated',
        skillId: id,
        message: `${nameOf(skill)} is chosen as a strength twice: keep it once.`,
      });
    } else {
      chosenStrengths.push(skill);
    }
    seen.add(id);
  }
  if (seen.size > LIMITS.maxStrengths) {
    issues.push({
      code: 'audit.too_many_strengths',
      skillId: audit.strengthIds[audit.strengthIds.length - 1] ?? '',
      message: `Choose at most ${LIMITS.maxStrengths} strengths: the point is to double down on one or two.`,
    });
  }

  const mustBuild = audit.mustBuildId === null ? null : (byId.get(audit.mustBuildId) ?? null);
  if (audit.mustBuildId !== null && mustBuild === null) {
    issues.push({
      code: 'audit.must_build_unknown',
      skillId: audit.mustBuildId,
      message:
        'Your must-build skill is no longer one of your critical skills: choose it again from the list.',
    });
  }
  if (mustBuild !== null && seen.has(mustBuild.skillId)) {
    issues.push({
      code: 'audit.must_build_is_strength',
      skillId: mustBuild.skillId,
      message: `${nameOf(mustBuild)} is both a strength and the skill you must build: pick a different skill for one of the two.`,
    });
  }

  const unchosen = audited.filter(
    (skill) => !seen.has(skill.skillId) && skill.skillId !== mustBuild?.skillId,
  );
  for (const strength of chosenStrengths) {
    const higher = audited.find(
      (other) => !seen.has(other.skillId) && other.level > strength.level,
    );
    if (higher !== undefined) {
      issues.push({
        code: 'audit.strength_below_other',
        skillId: strength.skillId,
        message: `${nameOf(strength)} is a chosen strength but your audit rates ${nameOf(higher)} higher: check your answers, or consider that skill as a strength instead.`,
      });
    }
  }
  if (mustBuild !== null && !seen.has(mustBuild.skillId)) {
    // A skill nobody has audited yet has no level to compare with.
    const lower = unchosen.find(
      (other) => other.questionsAnswered > 0 && other.level < mustBuild.level,
    );
    if (lower !== undefined) {
      issues.push({
        code: 'audit.must_build_above_other',
        skillId: mustBuild.skillId,
        message: `${nameOf(mustBuild)} is your must-build skill but your audit rates ${nameOf(lower)} lower: check your answers, or be sure this is the gap that matters most.`,
      });
    }
  }
  return issues;
}
