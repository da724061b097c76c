import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arbitraryPlanContent,
  arbitraryValidPlanContent,
  editPlan,
  valueAtPath,
} from './arbitraries.test-support.ts';
import { createEmptyPlanContent } from './empty.ts';
import { createSamplePlanContent } from './fixtures.ts';
import type { PlanContent } from './model.ts';
import type { PlanProblem } from './plan-problem.ts';
import { findPlanProblems } from './validate-plan.ts';

const sample = createSamplePlanContent();
const problemsOf = (edit: Parameters<typeof editPlan>[1]): PlanProblem[] =>
  findPlanProblems(editPlan(sample, edit));
const codesAndPaths = (problems: PlanProblem[]) =>
  problems.map(({ code, path }) => ({ code, path }));

describe('findPlanProblems', () => {
  it('finds nothing wrong with an empty plan or the complete sample plan', () => {
    expect(findPlanProblems(createEmptyPlanContent())).toEqual([]);
    expect(findPlanProblems(sample)).toEqual([]);
  });

  it('refuses two values with the same id, pointing at the second one', () => {
    const problems = problemsOf((draft) => {
      draft.strategy.values[2]!.id = 'val-simplify';
    });
    expect(codesAndPaths(problems)).toContainEqual({
      code: 'plan.duplicate_id',
      path: ['strategy', 'values', 2, 'id'],
    });
    expect(problems[0]?.message).toContain("'teaches'");
  });

  it('refuses duplicate ids in every collection of the plan', () => {
    const problems = problemsOf((draft) => {
      const { steps } = draft;
      steps.product.problemsSolved[1]!.id = steps.product.problemsSolved[0]!.id;
      steps.product.reliedOnFor[1]!.id = steps.product.reliedOnFor[0]!.id;
      steps.product.outcomesImproved[1]!.id = steps.product.outcomesImproved[0]!.id;
      steps.vision.teams[1]!.id = steps.vision.teams[0]!.id;
      steps.skills.skills.push({ ...steps.skills.skills[0]!, name: 'A copy' });
      steps.portfolio.entries[3]!.id = 'pf-lead';
      steps.restructure.tasks[5]!.id = 'task-report';
      steps.roadmap.actions[4]!.id = 'act-returns';
    });
    const paths = problems
      .filter((problem) => problem.code === 'plan.duplicate_id')
      .map((problem) => problem.path);
    expect(paths).toEqual([
      ['steps', 'product', 'problemsSolved', 1, 'id'],
      ['steps', 'product', 'reliedOnFor', 1, 'id'],
      ['steps', 'product', 'outcomesImproved', 1, 'id'],
      ['steps', 'vision', 'teams', 1, 'id'],
      ['steps', 'skills', 'skills', 4, 'id'],
      ['steps', 'roadmap', 'actions', 4, 'id'],
      ['steps', 'portfolio', 'entries', 3, 'id'],
      ['steps', 'restructure', 'tasks', 5, 'id'],
    ]);
  });

  it('refuses a capability target id used again in another target role', () => {
    const problems = problemsOf((draft) => {
      draft.steps.roadmap.targetRoles[1]!.capabilityTargets[0]!.id = 'ct-crossdept';
    });
    expect(codesAndPaths(problems)).toEqual([
      {
        code: 'plan.duplicate_id',
        path: ['steps', 'roadmap', 'targetRoles', 1, 'capabilityTargets', 0, 'id'],
      },
      // The action that built the renamed target now points nowhere.
      {
        code: 'plan.unknown_reference',
        path: ['steps', 'roadmap', 'actions', 3, 'capabilityTargetId'],
      },
    ]);
  });

  it('refuses links to values, skills, vision problems and capability targets that do not exist', () => {
    const problems = problemsOf((draft) => {
      draft.strategy.overlaps[0]!.valueIds = ['val-simplify', 'val-gone'];
      draft.steps.audit.answers[0]!.skillId = 'sk-gone';
      draft.steps.audit.strengthIds = ['sk-mapping', 'sk-gone'];
      draft.steps.audit.mustBuildId = 'sk-gone';
      draft.steps.roadmap.targetRoles[0]!.visionProblemIds = ['vp-gone'];
      draft.steps.roadmap.actions[2]!.capabilityTargetId = 'ct-gone';
      draft.steps.portfolio.entries[1]!.skillIds = ['sk-mapping', 'sk-gone'];
    });
    expect(problems.every((problem) => problem.code === 'plan.unknown_reference')).toBe(true);
    expect(problems.map((problem) => problem.path)).toEqual([
      ['strategy', 'overlaps', 0, 'valueIds', 1],
      ['steps', 'audit', 'answers', 0, 'skillId'],
      ['steps', 'audit', 'strengthIds', 1],
      ['steps', 'audit', 'mustBuildId'],
      ['steps', 'roadmap', 'targetRoles', 0, 'visionProblemIds', 0],
      ['steps', 'roadmap', 'actions', 2, 'capabilityTargetId'],
      ['steps', 'portfolio', 'entries', 1, 'skillIds', 1],
    ]);
    expect(problems[5]?.message).toContain(
      "'Present the returns results at the quarterly business review'",
    );
  });

  it('refuses an overlap of fewer than two or more than four values, or one that repeats a value', () => {
    const problems = problemsOf((draft) => {
      draft.strategy.values.push({ id: 'val-five', phrase: 'listens' });
      draft.strategy.overlaps = [
        { valueIds: ['val-simplify'], line: 'alone' },
        {
          valueIds: ['val-simplify', 'val-trust', 'val-teach', 'val-measure', 'val-five'],
          line: 'all',
        },
        { valueIds: ['val-trust', 'val-trust'], line: 'twice' },
      ];
    });
    expect(codesAndPaths(problems)).toEqual([
      { code: 'plan.overlap_values_invalid', path: ['strategy', 'overlaps', 0, 'valueIds'] },
      { code: 'plan.overlap_values_invalid', path: ['strategy', 'overlaps', 1, 'valueIds'] },
      { code: 'plan.overlap_values_invalid', path: ['strategy', 'overlaps', 2, 'valueIds'] },
      { code: 'plan.overlap_values_invalid', path: ['strategy', 'overlaps', 2, 'valueIds', 1] },
    ]);
  });

  it('refuses a second overlap over the same set of values, whatever their order', () => {
    const problems = problemsOf((draft) => {
      draft.strategy.overlaps.push({ valueIds: ['val-teach', 'val-simplify'], line: 'again' });
    });
    expect(codesAndPaths(problems)).toEqual([
      { code: 'plan.duplicate_overlap', path: ['strategy', 'overlaps', 3, 'valueIds'] },
    ]);
    expect(problems[0]?.message).toContain("'simplifies'");
  });

  it('refuses two audit rows for one skill', () => {
    const problems = problemsOf((draft) => {
      draft.steps.audit.answers.push({ ...draft.steps.audit.answers[0]! });
    });
    expect(codesAndPaths(problems)).toEqual([
      { code: 'plan.duplicate_audit_answers', path: ['steps', 'audit', 'answers', 4, 'skillId'] },
    ]);
  });

  it('refuses more than two strengths and a strength chosen twice', () => {
    const problems = problemsOf((draft) => {
      draft.steps.audit.strengthIds = ['sk-mapping', 'sk-analysis', 'sk-change', 'sk-mapping'];
    });
    expect(codesAndPaths(problems)).toEqual([
      { code: 'plan.too_many_strengths', path: ['steps', 'audit', 'strengthIds'] },
      { code: 'plan.duplicate_strength', path: ['steps', 'audit', 'strengthIds', 3] },
    ]);
  });

  it('refuses more items than the limits allow, saying how many to remove', () => {
    const problems = problemsOf((draft) => {
      draft.strategy.values.push({ id: 'v5', phrase: 'listens' }, { id: 'v6', phrase: 'persists' });
      for (let i = 0; i < 2; i += 1) {
        draft.steps.skills.skills.push({
          id: `sk-extra-${i}`,
          name: `Extra ${i}`,
          source: { kind: 'free' },
        });
      }
      draft.steps.roadmap.targetRoles.push({
        ...draft.steps.roadmap.targetRoles[0]!,
        id: 'tr-3',
        capabilityTargets: [],
      });
      draft.steps.vision.teams = Array.from({ length: 31 }, (_, i) => ({
        id: `t${i}`,
        text: `Team ${i}`,
      }));
    });
    expect(codesAndPaths(problems)).toEqual([
      { code: 'plan.too_many_values', path: ['strategy', 'values'] },
      { code: 'plan.too_many_text_items', path: ['steps', 'vision', 'teams'] },
      { code: 'plan.too_many_critical_skills', path: ['steps', 'skills', 'skills'] },
      { code: 'plan.too_many_target_roles', path: ['steps', 'roadmap', 'targetRoles'] },
    ]);
    expect(problems[0]?.message).toMatch(/You have 6 values; the limit is 5 .*Remove 1 value\./);
  });

  it('refuses a task outside 0–168 hours, pointing at its hours', () => {
    const problems = problemsOf((draft) => {
      draft.steps.restructure.tasks[3]!.hoursPerWeek = -1;
      draft.steps.restructure.tasks[4]!.hoursPerWeek = Number.NaN;
    });
    expect(codesAndPaths(problems)).toEqual([
      {
        code: 'plan.task_hours_out_of_range',
        path: ['steps', 'restructure', 'tasks', 3, 'hoursPerWeek'],
      },
      {
        code: 'plan.task_hours_out_of_range',
        path: ['steps', 'restructure', 'tasks', 4, 'hoursPerWeek'],
      },
    ]);
  });

  it('refuses recurring tasks that add up to more than a week, in words that say what to change', () => {
    const problems = problemsOf((draft) => {
      draft.steps.restructure.tasks = [
        { id: 'a', name: 'Meetings', hoursPerWeek: 100, value: 'low', decision: null },
        { id: 'b', name: 'Email', hoursPerWeek: 90, value: 'low', decision: null },
      ];
    });
    expect(problems).toEqual([
      {
        code: 'plan.week_overflow',
        path: ['steps', 'restructure', 'tasks'],
        message:
          'Your recurring tasks add up to 190 hours a week, but a week has 168. Lower the hours of some tasks.',
      },
    ]);
  });

  it('accepts tasks that fill exactly a whole week', () => {
    const problems = problemsOf((draft) => {
      draft.steps.restructure.tasks = [
        { id: 'a', name: 'Everything', hoursPerWeek: 100.25, value: 'low', decision: null },
        { id: 'b', name: 'Else', hoursPerWeek: 67.75, value: 'low', decision: null },
      ];
    });
    expect(problems).toEqual([]);
  });

  it('refuses negative reinvested hours and a reinvestment larger than a week', () => {
    expect(
      codesAndPaths(
        problemsOf((draft) => {
          draft.steps.restructure.reinvestmentHoursPerWeek.visibility = -2;
        }),
      ),
    ).toEqual([
      {
        code: 'plan.reinvestment_negative',
        path: ['steps', 'restructure', 'reinvestmentHoursPerWeek', 'visibility'],
      },
    ]);
    const tooMuch = problemsOf((draft) => {
      draft.steps.restructure.reinvestmentHoursPerWeek.skillPractice = 170;
    });
    expect(codesAndPaths(tooMuch)).toEqual([
      {
        code: 'plan.reinvestment_exceeds_week',
        path: ['steps', 'restructure', 'reinvestmentHoursPerWeek'],
      },
    ]);
    expect(tooMuch[0]?.message).toContain('177.5 hours a week');
  });

  it('does not treat reinvesting more than was freed as a hard error', () => {
    expect(
      problemsOf((draft) => {
        draft.steps.restructure.reinvestmentHoursPerWeek.skillPractice = 40;
      }),
    ).toEqual([]);
  });

  it('finds nothing wrong with content that breaks no rule by construction', () => {
    fc.assert(
      fc.property(arbitraryValidPlanContent(), (content) => {
        expect(findPlanProblems(content)).toEqual([]);
      }),
    );
  });

  it('points every problem at a place that exists in the content, with a code and a message', () => {
    fc.assert(
      fc.property(arbitraryPlanContent(), (content) => {
        for (const problem of findPlanProblems(content)) {
          expect(valueAtPath(content, problem.path)).not.toBeUndefined();
          expect(problem.code).toMatch(/^plan\.[a-z_]+$/);
          expect(problem.message.length).toBeGreaterThan(20);
        }
      }),
    );
  });

  it('reports a duplicate id whenever one value’s id is copied onto another', () => {
    fc.assert(
      fc.property(arbitraryValidPlanContent(), fc.nat(), fc.nat(), (content, i, j) => {
        const { values } = content.strategy;
        fc.pre(values.length >= 2);
        const from = i % values.length;
        const to = (from + 1 + (j % (values.length - 1))) % values.length;
        const edited: PlanContent = editPlan(content, (draft) => {
          draft.strategy.values[to]!.id = values[from]!.id;
        });
        const codes = findPlanProblems(edited).map((problem) => problem.code);
        expect(codes).toContain('plan.duplicate_id');
      }),
    );
  });

  it('leaves the content it checks untouched and answers the same every time', () => {
    fc.assert(
      fc.property(arbitraryPlanContent(), (content) => {
        const before = structuredClone(content);
        const first = findPlanProblems(content);
        expect(findPlanProblems(content)).toEqual(first);
        expect(content).toEqual(before);
      }),
    );
  });
});
