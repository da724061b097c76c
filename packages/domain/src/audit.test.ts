import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryAuditAnswers, arbitraryLooseId } from './arbitraries.test-support.ts';
import { SKILL_LEVEL_LABELS, levelOfSkill, summarizeAudit } from './audit.ts';
import { createSamplePlanContent } from './fixtures.ts';
import type { Answer, CriticalSkills, SkillAudit, SkillAuditAnswers } from './model.ts';

const answers = (
  usesNow: Answer,
  confidentUnderPressure: Answer,
  trustedByOthers: Answer,
  couldTeach: Answer,
  skillId = 's1',
): SkillAuditAnswers => ({ skillId, usesNow, confidentUnderPressure, trustedByOthers, couldTeach });

const skillsNamed = (...ids: string[]): CriticalSkills => ({
  skills: ids.map((id) => ({ id, name: `Skill ${id}`, source: { kind: 'free' } })),
});

/** Answers that give `skillId` exactly `level` yes answers, all four answered. */
const atLevel = (skillId: string, level: number): SkillAuditAnswers =>
  answers(level >= 1, level >= 2, level >= 3, level >= 4, skillId);

const audit = (
  rows: SkillAuditAnswers[],
  strengthIds: string[] = [],
  mustBuildId: string | null = null,
): SkillAudit => ({
  answers: rows,
  strengthIds,
  mustBuildId,
});

const QUESTION_KEYS = [
  'usesNow',
  'confidentUnderPressure',
  'trustedByOthers',
  'couldTeach',
] as const;

describe('levelOfSkill', () => {
  it('scores four yes answers as level 4, leading, fully answered', () => {
    expect(levelOfSkill(answers(true, true, true, true))).toEqual({
      level: 4,
      label: 'leading',
      questionsAnswered: 4,
      complete: true,
    });
  });

  it('scores an unanswered skill as level 0, not yet, with nothing answered', () => {
    expect(levelOfSkill(answers(null, null, null, null))).toEqual({
      level: 0,
      label: 'not_yet',
      questionsAnswered: 0,
      complete: false,
    });
  });

  it('counts yes answers even when they skip a rung of the ladder', () => {
    // Taught it in a former job, does not use it today.
    expect(levelOfSkill(answers(false, false, false, true)).level).toBe(1);
    expect(levelOfSkill(answers(true, false, true, null))).toMatchObject({
      level: 2,
      label: 'capable',
      questionsAnswered: 3,
      complete: false,
    });
  });

  it('treats a "no" as an answer that adds no level', () => {
    expect(levelOfSkill(answers(false, false, false, false))).toMatchObject({
      level: 0,
      complete: true,
    });
  });

  it('labels level 3 as trusted', () => {
    expect(levelOfSkill(answers(true, true, true, false)).label).toBe('trusted');
  });

  it('never lowers the level when a no or an unanswered question becomes yes', () => {
    fc.assert(
      fc.property(arbitraryAuditAnswers(), fc.constantFrom(...QUESTION_KEYS), (row, key) => {
        const raised = { ...row, [key]: true };
        expect(levelOfSkill(raised).level).toBeGreaterThanOrEqual(levelOfSkill(row).level);
      }),
    );
  });

  it('always gives the number of yes answers and its matching label', () => {
    fc.assert(
      fc.property(arbitraryAuditAnswers(), (row) => {
        const result = levelOfSkill(row);
        const yes = QUESTION_KEYS.filter((key) => row[key] === true).length;
        expect(result.level).toBe(yes);
        expect(result.label).toBe(SKILL_LEVEL_LABELS[yes]);
        expect(result.complete).toBe(QUESTION_KEYS.every((key) => row[key] !== null));
      }),
    );
  });
});

describe('summarizeAudit', () => {
  it('reads the sample plan as two strengths, one must-build and a consistent choice', () => {
    const { skills, audit: sampleAudit } = createSamplePlanContent().steps;
    const summary = summarizeAudit(skills, sampleAudit);
    expect(summary.skills.map((skill) => [skill.skillId, skill.level])).toEqual([
      ['sk-mapping', 4],
      ['sk-change', 2],
      ['sk-analysis', 3],
      ['sk-storytelling', 0],
    ]);
    expect(summary.suggestedStrengthIds).toEqual(['sk-mapping', 'sk-analysis']);
    expect(summary.suggestedMustBuildId).toBe('sk-storytelling');
    expect(summary.choiceConsistent).toBe(true);
    expect(summary.choiceIssues).toEqual([]);
  });

  it('rates a skill without an answers row at level 0 and unanswered', () => {
    const summary = summarizeAudit(skillsNamed('a', 'b'), audit([atLevel('a', 2)]));
    expect(summary.skills[1]).toMatchObject({
      skillId: 'b',
      level: 0,
      questionsAnswered: 0,
      complete: false,
    });
  });

  it('suggests at most two strengths, highest first, breaking ties by skill order', () => {
    const summary = summarizeAudit(
      skillsNamed('a', 'b', 'c', 'd'),
      audit([atLevel('a', 3), atLevel('b', 4), atLevel('c', 4), atLevel('d', 4)]),
    );
    expect(summary.suggestedStrengthIds).toEqual(['b', 'c']);
    expect(summary.suggestedMustBuildId).toBe('a');
  });

  it('suggests no strength below level 3', () => {
    const summary = summarizeAudit(
      skillsNamed('a', 'b'),
      audit([atLevel('a', 2), atLevel('b', 1)]),
    );
    expect(summary.suggestedStrengthIds).toEqual([]);
    expect(summary.suggestedMustBuildId).toBe('b');
  });

  it('breaks a tie for the lowest level by skill order when suggesting the must-build', () => {
    const summary = summarizeAudit(
      skillsNamed('a', 'b', 'c'),
      audit([atLevel('a', 4), atLevel('b', 1), atLevel('c', 1)]),
    );
    expect(summary.suggestedMustBuildId).toBe('b');
  });

  it('suggests no must-build when the only audited skills are strengths', () => {
    const summary = summarizeAudit(skillsNamed('a', 'b'), audit([atLevel('a', 4)]));
    expect(summary.suggestedStrengthIds).toEqual(['a']);
    expect(summary.suggestedMustBuildId).toBeNull();
  });

  it('ignores answers for skills that are not critical skills', () => {
    const summary = summarizeAudit(skillsNamed('a'), audit([atLevel('ghost', 4), atLevel('a', 1)]));
    expect(summary.skills).toHaveLength(1);
    expect(summary.suggestedStrengthIds).toEqual([]);
  });

  it('flags a must-build that is also chosen as a strength', () => {
    const summary = summarizeAudit(
      skillsNamed('a', 'b'),
      audit([atLevel('a', 4), atLevel('b', 1)], ['a'], 'a'),
    );
    expect(summary.choiceConsistent).toBe(false);
    expect(summary.choiceIssues.map((issue) => issue.code)).toContain(
      'audit.must_build_is_strength',
    );
  });

  it('flags a chosen strength rated below a skill that was not chosen, naming both', () => {
    const summary = summarizeAudit(
      skillsNamed('a', 'b'),
      audit([atLevel('a', 1), atLevel('b', 4)], ['a']),
    );
    const issue = summary.choiceIssues.find(
      (candidate) => candidate.code === 'audit.strength_below_other',
    );
    expect(issue?.skillId).toBe('a');
    expect(issue?.message).toContain("'Skill a'");
    expect(issue?.message).toContain("'Skill b'");
  });

  it('flags a must-build rated above another skill that is neither strength nor must-build', () => {
    const summary = summarizeAudit(
      skillsNamed('a', 'b', 'c'),
      audit([atLevel('a', 4), atLevel('b', 3), atLevel('c', 0)], ['a'], 'b'),
    );
    expect(summary.choiceIssues.map((issue) => issue.code)).toEqual([
      'audit.must_build_above_other',
    ]);
  });

  it('does not compare a must-build with a skill nobody has audited yet', () => {
    const summary = summarizeAudit(
      skillsNamed('a', 'b', 'c'),
      audit([atLevel('a', 4), atLevel('b', 2)], ['a'], 'b'),
    );
    expect(summary.choiceIssues).toEqual([]);
  });

  it('flags chosen ids that are not critical skills, repeats, and too many strengths', () => {
    const summary = summarizeAudit(
      skillsNamed('a', 'b', 'c'),
      audit([atLevel('a', 4), atLevel('b', 4), atLevel('c', 4)], ['a', 'a', 'b', 'c', 'x'], 'y'),
    );
    const codes = summary.choiceIssues.map((issue) => issue.code);
    expect(codes).toContain('audit.strength_unknown');
    expect(codes).toContain('audit.strength_repeated');
    expect(codes).toContain('audit.too_many_strengths');
    expect(codes).toContain('audit.must_build_unknown');
  });

  it('considers an empty choice consistent', () => {
    expect(summarizeAudit(skillsNamed('a'), audit([atLevel('a', 2)])).choiceConsistent).toBe(true);
  });

  const arbitrarySkillsAndAudit = fc
    .uniqueArray(arbitraryLooseId(), { maxLength: 5 })
    .chain((ids) =>
      fc.record({
        skills: fc.constant(skillsNamed(...ids)),
        audit: fc.record({
          answers: fc.array(arbitraryAuditAnswers(arbitraryLooseId()), { maxLength: 6 }),
          strengthIds: fc.array(arbitraryLooseId(), { maxLength: 3 }),
          mustBuildId: fc.option(arbitraryLooseId()),
        }),
      }),
    );

  it('only ever suggests critical skills, never the must-build as a strength, and at most two strengths at level 3 or more', () => {
    fc.assert(
      fc.property(arbitrarySkillsAndAudit, ({ skills, audit: drawn }) => {
        const summary = summarizeAudit(skills, drawn);
        const ids = new Set(skills.skills.map((skill) => skill.id));
        const levelOf = new Map(summary.skills.map((skill) => [skill.skillId, skill.level]));
        for (const id of summary.suggestedStrengthIds) {
          expect(ids.has(id)).toBe(true);
          expect(levelOf.get(id)).toBeGreaterThanOrEqual(3);
        }
        expect(summary.suggestedStrengthIds.length).toBeLessThanOrEqual(2);
        expect(new Set(summary.suggestedStrengthIds).size).toBe(
          summary.suggestedStrengthIds.length,
        );
        if (summary.suggestedMustBuildId !== null) {
          expect(ids.has(summary.suggestedMustBuildId)).toBe(true);
          expect(summary.suggestedStrengthIds).not.toContain(summary.suggestedMustBuildId);
        }
      }),
    );
  });

  it('keeps one summary row per critical skill, in skill order', () => {
    fc.assert(
      fc.property(arbitrarySkillsAndAudit, ({ skills, audit: drawn }) => {
        const summary = summarizeAudit(skills, drawn);
        expect(summary.skills.map((skill) => skill.skillId)).toEqual(
          skills.skills.map((skill) => skill.id),
        );
      }),
    );
  });

  it('finds the choice consistent exactly when it raises no issue, and never consistent when the must-build is a strength', () => {
    fc.assert(
      fc.property(arbitrarySkillsAndAudit, ({ skills, audit: drawn }) => {
        const summary = summarizeAudit(skills, drawn);
        expect(summary.choiceConsistent).toBe(summary.choiceIssues.length === 0);
        const known = new Set(skills.skills.map((skill) => skill.id));
        if (
          drawn.mustBuildId !== null &&
          known.has(drawn.mustBuildId) &&
          drawn.strengthIds.includes(drawn.mustBuildId)
        ) {
          expect(summary.choiceConsistent).toBe(false);
        }
      }),
    );
  });

  it('suggests a choice that is itself consistent when every skill is fully answered', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }),
        (levels) => {
          const ids = levels.map((_, index) => `s${index}`);
          const rows = levels.map((level, index) => atLevel(`s${index}`, level));
          const first = summarizeAudit(skillsNamed(...ids), audit(rows));
          const chosen = summarizeAudit(
            skillsNamed(...ids),
            audit(rows, [...first.suggestedStrengthIds], first.suggestedMustBuildId),
          );
          expect(chosen.choiceIssues).toEqual([]);
        },
      ),
    );
  });
});
