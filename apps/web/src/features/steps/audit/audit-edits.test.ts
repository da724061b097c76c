import { describe, expect, it } from 'vitest';
import { LIMITS, createSamplePlanContent, summarizeAudit } from '@trailmap/domain';
import type { SkillAudit } from '@trailmap/domain';
import {
  answersFor,
  applySuggestion,
  hasNewSuggestion,
  setAnswer,
  setMustBuild,
  toggleStrength,
} from './audit-edits.ts';

const empty: SkillAudit = { answers: [], strengthIds: [], mustBuildId: null };

describe('audit edits', () => {
  it('creates a skill’s row on its first answer and changes it in place afterwards', () => {
    const first = setAnswer(empty, 'a', 'usesNow', true);
    expect(first.answers).toEqual([
      {
        skillId: 'a',
        usesNow: true,
        confidentUnderPressure: null,
        trustedByOthers: null,
        couldTeach: null,
      },
    ]);
    const second = setAnswer(setAnswer(first, 'b', 'couldTeach', false), 'a', 'couldTeach', true);
    expect(second.answers.map((row) => row.skillId)).toEqual(['a', 'b']);
    expect(answersFor(second, 'a')).toMatchObject({ usesNow: true, couldTeach: true });
    expect(answersFor(second, 'b').couldTeach).toBe(false);
  });

  it('returns the same audit when an answer does not change', () => {
    const audit = setAnswer(empty, 'a', 'usesNow', true);
    expect(setAnswer(audit, 'a', 'usesNow', true)).toBe(audit);
    expect(setMustBuild(setMustBuild(audit, 'a'), 'a').mustBuildId).toBe('a');
  });

  it('refuses a strength beyond the limit instead of dropping an earlier one', () => {
    let audit = empty;
    const ids = ['a', 'b', 'c', 'd'].slice(0, LIMITS.maxStrengths + 1);
    for (const id of ids) audit = toggleStrength(audit, id);
    expect(audit.strengthIds).toEqual(ids.slice(0, LIMITS.maxStrengths));
    expect(toggleStrength(audit, ids[0] ?? '').strengthIds).toEqual(
      ids.slice(1, LIMITS.maxStrengths),
    );
  });

  it('takes the domain’s suggestion as the choice, and then has nothing new to suggest', () => {
    const { steps } = createSamplePlanContent();
    const audit = { ...steps.audit, strengthIds: [], mustBuildId: null };
    const summary = summarizeAudit(steps.skills, audit);
    expect(hasNewSuggestion(audit, summary)).toBe(summary.suggestedStrengthIds.length > 0);
    const chosen = applySuggestion(audit, summary);
    expect(chosen.strengthIds).toEqual(summary.suggestedStrengthIds);
    expect(chosen.mustBuildId).toBe(summary.suggestedMustBuildId);
    expect(hasNewSuggestion(chosen, summarizeAudit(steps.skills, chosen))).toBe(false);
  });
});
