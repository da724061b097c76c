import { describe, expect, it } from 'vitest';
import { createEmptyPlanContent } from './empty.ts';
import { createSamplePlanContent } from './fixtures.ts';
import type { AiBackpackEntry, PlanContent } from './model.ts';
import { removeCriticalSkill } from './remove-critical-skill.ts';
import { dropDanglingLinks } from './repair-links.ts';
import { findPlanProblems } from './validate-plan.ts';

const entry = (id: string, link: Partial<AiBackpackEntry>): AiBackpackEntry => ({
  id,
  forTaskId: null,
  forSkillId: null,
  assistanceKind: 'data_analysis',
  tool: `Tool ${id}`,
  notes: '',
  outcome: 'not_tried',
  ...link,
});

const withBackpack = (
  entries: AiBackpackEntry[],
  base = createSamplePlanContent(),
): PlanContent => ({
  ...base,
  steps: { ...base.steps, restructure: { ...base.steps.restructure, aiBackpack: entries } },
});

describe('the AI backpack in a plan', () => {
  it('starts empty, and plans written before it existed stay valid without it', () => {
    expect(createEmptyPlanContent().steps.restructure.aiBackpack).toEqual([]);
    const old = createSamplePlanContent();
    const { aiBackpack: _dropped, ...restructure } = old.steps.restructure;
    expect(findPlanProblems({ ...old, steps: { ...old.steps, restructure } })).toEqual([]);
  });

  it('accepts entries for a task or a skill of the plan', () => {
    const plan = withBackpack([
      entry('b1', { forTaskId: 'task-report', tool: 'Copilot in Excel', outcome: 'helped' }),
      entry('b2', { forSkillId: 'sk-mapping', assistanceKind: 'tutoring' }),
    ]);
    expect(findPlanProblems(plan)).toEqual([]);
  });

  it('refuses dangling links, and entries for both a task and a skill, saying what to do', () => {
    const problems = findPlanProblems(
      withBackpack([
        entry('b1', { forTaskId: 'task-gone', tool: 'Copilot' }),
        entry('b2', { forSkillId: 'sk-gone' }),
        entry('b3', {}),
        entry('b4', { forTaskId: 'task-report', forSkillId: 'sk-mapping' }),
        entry('b4', { forTaskId: 'task-report' }),
      ]),
    );
    expect(problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['steps.restructure.aiBackpack.4.id', 'plan.duplicate_id'],
      ['steps.restructure.aiBackpack.0.forTaskId', 'plan.unknown_reference'],
      ['steps.restructure.aiBackpack.1.forSkillId', 'plan.unknown_reference'],
      ['steps.restructure.aiBackpack.3', 'plan.backpack_link_invalid'],
    ]);
    expect(problems[1]?.message).toMatch(
      /'Copilot' is for a recurring task that is no longer in your list/,
    );
    expect(problems[3]?.message).toMatch(/not both: clear forTaskId or forSkillId/);
  });

  it('accepts a detached entry (for neither): its task or skill was removed, its words stay', () => {
    const plan = withBackpack([entry('b1', { notes: 'Saved me an hour a week' })]);
    expect(findPlanProblems(plan)).toEqual([]);
  });

  it('detaches entries whose task or skill is gone when links are repaired, keeping their words', () => {
    const keep = entry('b1', { forTaskId: 'task-report' });
    const lostTask = entry('b2', {
      forTaskId: 'task-gone',
      tool: 'Copilot in Excel',
      notes: 'Drafts the summary in two minutes',
      outcome: 'helped',
    });
    const lostSkill = entry('b3', { forSkillId: 'sk-gone', notes: 'Role-play before reviews' });
    const plan = withBackpack([keep, lostTask, lostSkill]);
    const repaired = dropDanglingLinks(plan);
    expect(repaired.steps.restructure.aiBackpack).toEqual([
      keep,
      { ...lostTask, forTaskId: null },
      { ...lostSkill, forSkillId: null },
    ]);
    expect(repaired.steps.restructure.aiBackpack?.[0]).toBe(keep);
    expect(findPlanProblems(repaired)).toEqual([]);
    const clean = withBackpack([keep]);
    expect(dropDanglingLinks(clean)).toBe(clean);
  });

  it('detaches the entries of a critical skill when the skill is removed, keeping their words', () => {
    const forSkill = entry('b1', {
      forSkillId: 'sk-mapping',
      notes: 'Practice partner before workshops',
    });
    const forTask = entry('b2', { forTaskId: 'task-report' });
    const plan = withBackpack([forSkill, forTask]);
    const steps = removeCriticalSkill(plan.steps, 'sk-mapping');
    expect(steps.restructure.aiBackpack).toEqual([{ ...forSkill, forSkillId: null }, forTask]);
    expect(steps.restructure.aiBackpack?.[1]).toBe(forTask);
    expect(findPlanProblems({ ...plan, steps })).toEqual([]);
  });
});
