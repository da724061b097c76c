import { LIMITS } from '@trailmap/domain';
import type { Answer, AuditSummary, ItemId, SkillAudit, SkillAuditAnswers } from '@trailmap/domain';

export type AuditQuestion = Exclude<keyof SkillAuditAnswers, 'skillId'>;

const UNANSWERED = {
  usesNow: null,
  confidentUnderPressure: null,
  trustedByOthers: null,
  couldTeach: null,
} as const satisfies Omit<SkillAuditAnswers, 'skillId'>;

/** The answers for one skill, with every question unanswered when none are stored yet. */
export function answersFor(audit: SkillAudit, skillId: ItemId): SkillAuditAnswers {
  return audit.answers.find((row) => row.skillId === skillId) ?? { skillId, ...UNANSWERED };
}

/**
 * Records one answer. A skill gets its row on its first answer, so a skill
 * nobody has audited yet stores nothing; rows keep the order they were made in.
 */
export function setAnswer(
  audit: SkillAudit,
  skillId: ItemId,
  question: AuditQuestion,
  answer: Answer,
): SkillAudit {
  const current = answersFor(audit, skillId);
  if (current[question] === answer) return audit;
  const row = { ...current, [question]: answer };
  const exists = audit.answers.some((candidate) => candidate.skillId === skillId);
  return {
    ...audit,
    answers: exists
      ? audit.answers.map((candidate) => (candidate.skillId === skillId ? row : candidate))
      : [...audit.answers, row],
  };
}

/**
 * Picks or unpicks a strength. At the limit a new pick is refused rather than
 * silently dropping an older one: the person decides which to let go.
 */
export function toggleStrength(audit: SkillAudit, skillId: ItemId): SkillAudit {
  if (audit.strengthIds.includes(skillId)) {
    return { ...audit, strengthIds: audit.strengthIds.filter((id) => id !== skillId) };
  }
  if (audit.strengthIds.length >= LIMITS.maxStrengths) return audit;
  return { ...audit, strengthIds: [...audit.strengthIds, skillId] };
}

export function setMustBuild(audit: SkillAudit, skillId: ItemId | null): SkillAudit {
  return audit.mustBuildId === skillId ? audit : { ...audit, mustBuildId: skillId };
}

/** True when the audit suggests something the person has not already chosen. */
export function hasNewSuggestion(audit: SkillAudit, summary: AuditSummary): boolean {
  if (summary.suggestedStrengthIds.length === 0 && summary.suggestedMustBuildId === null) {
    return false;
  }
  const sameStrengths =
    summary.suggestedStrengthIds.length === audit.strengthIds.length &&
    summary.suggestedStrengthIds.every((id) => audit.strengthIds.includes(id));
  return !sameStrengths || summary.suggestedMustBuildId !== audit.mustBuildId;
}

/** Takes the audit's suggestion as the choice, replacing the current one. */
export function applySuggestion(audit: SkillAudit, summary: AuditSummary): SkillAudit {
  return {
    ...audit,
    strengthIds: [...summary.suggestedStrengthIds],
    mustBuildId: summary.suggestedMustBuildId,
  };
}
