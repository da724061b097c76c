import { describe, expect, it } from 'vitest';
import { createEmptyPlanContent, findPlanProblems, traceActions } from '@trailmap/domain';
import type { PlanContent } from '@trailmap/domain';
import {
  withAuditAnswer,
  withFirstAction,
  withFirstCapability,
  withFirstRole,
  withItemText,
  withRoleTitle,
  withSkillName,
  withTask,
  withVisionProblem,
} from './quick-start-edits.ts';
import { parseStage, QUICK_START_STAGES } from './quick-start-stages.ts';

/** Ids in creation order, so a test can tell which item got which. */
function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

describe('withItemText', () => {
  it('creates the item only once something is typed into an empty slot', () => {
    const newId = counter();
    expect(withItemText([], 0, '  ', newId)).toEqual([]);
    expect(withItemText([], 0, 'Late orders', newId)).toEqual([
      { id: 'id-1', text: 'Late orders' },
    ]);
  });

  it('edits an existing item in place and keeps its id, even when cleared', () => {
    const items = [
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
    ];
    expect(withItemText(items, 1, '', counter())).toEqual([
      { id: 'a', text: 'one' },
      { id: 'b', text: '' },
    ]);
  });
});

describe('withSkillName and withAuditAnswer', () => {
  it('adds a free-text skill and starts its audit row at the first answer', () => {
    const newId = counter();
    const skills = withSkillName({ skills: [] }, 0, 'Negotiation', newId);
    expect(skills.skills).toEqual([{ id: 'id-1', name: 'Negotiation', source: { kind: 'free' } }]);
    const audit = withAuditAnswer(
      { answers: [], strengthIds: [], mustBuildId: null },
      'id-1',
      'trustedByOthers',
      true,
    );
    expect(audit.answers).toEqual([
      {
        skillId: 'id-1',
        usesNow: null,
        confidentUnderPressure: null,
        trustedByOthers: true,
        couldTeach: null,
      },
    ]);
    const again = withAuditAnswer(audit, 'id-1', 'usesNow', false);
    expect(again.answers).toHaveLength(1);
    expect(again.answers[0]).toMatchObject({ usesNow: false, trustedByOthers: true });
  });

  it('writes a plan the server accepts', () => {
    const newId = counter();
    const empty = createEmptyPlanContent();
    const skills = withSkillName(empty.steps.skills, 0, 'Facilitation', newId);
    const skillId = skills.skills[0]?.id ?? '';
    const content: PlanContent = {
      ...empty,
      steps: {
        ...empty.steps,
        skills,
        audit: withAuditAnswer(empty.steps.audit, skillId, 'couldTeach', true),
      },
    };
    expect(findPlanProblems(content)).toEqual([]);
  });
});

describe('the quick-start roadmap', () => {
  it('does not create a role or an action for blank input', () => {
    const roadmap = createEmptyPlanContent().steps.roadmap;
    expect(withRoleTitle(roadmap, ' ', counter())).toBe(roadmap);
    expect(withFirstCapability(roadmap, '', counter())).toBe(roadmap);
    expect(withFirstAction(roadmap, { title: '' }, counter())).toBe(roadmap);
  });

  it('links the action to the capability whichever is written first, and traces to the vision', () => {
    const newId = counter();
    const empty = createEmptyPlanContent();
    const vision = {
      ...empty.steps.vision,
      problems: withItemText([], 0, 'Make change stick', newId),
    };
    const problemId = vision.problems[0]?.id ?? '';
    let roadmap = withFirstAction(empty.steps.roadmap, { title: 'Run the pilot' }, newId);
    expect(roadmap.actions[0]?.capabilityTargetId).toBeNull();
    roadmap = withRoleTitle(roadmap, 'Head of operations', newId);
    roadmap = withFirstCapability(roadmap, 'Lead a cross-team redesign', newId);
    roadmap = withFirstRole(roadmap, (role) => withVisionProblem(role, problemId, true), newId);
    roadmap = withFirstAction(roadmap, { dueDate: '2027-03-31' }, newId);

    const target = roadmap.targetRoles[0]?.capabilityTargets[0];
    expect(roadmap.targetRoles).toHaveLength(1);
    expect(roadmap.actions).toHaveLength(1);
    expect(roadmap.actions[0]?.capabilityTargetId).toBe(target?.id);
    const content: PlanContent = { ...empty, steps: { ...empty.steps, vision, roadmap } };
    expect(findPlanProblems(content)).toEqual([]);
    expect(traceActions(content).actions[0]?.status).toBe('traced');
  });

  it('never re-links an action the person linked elsewhere', () => {
    const newId = counter();
    let roadmap = withFirstCapability(createEmptyPlanContent().steps.roadmap, 'Target A', newId);
    roadmap = {
      ...roadmap,
      actions: [
        {
          id: 'x',
          title: 'Linked by hand',
          kind: 'habit',
          capabilityTargetId: 'elsewhere',
          dueDate: null,
          status: 'planned',
          notes: '',
        },
      ],
    };
    expect(
      withFirstAction(roadmap, { title: 'Renamed' }, newId).actions[0]?.capabilityTargetId,
    ).toBe('elsewhere');
  });

  it('unticks a vision problem without touching the others', () => {
    const role = withVisionProblem(
      withVisionProblem(
        {
          id: 'r',
          title: '',
          occupationCode: null,
          problems: '',
          success: '',
          visionProblemIds: [],
          capabilityTargets: [],
        },
        'p1',
        true,
      ),
      'p2',
      true,
    );
    expect(withVisionProblem(role, 'p1', false).visionProblemIds).toEqual(['p2']);
    expect(withVisionProblem(role, 'p2', true).visionProblemIds).toEqual(['p1', 'p2']);
  });
});

describe('withTask', () => {
  it('creates a task from its name and then changes only what is asked', () => {
    const newId = counter();
    expect(withTask([], 0, { hoursPerWeek: 3 }, newId)).toEqual([]);
    const tasks = withTask([], 0, { name: 'Weekly report' }, newId);
    expect(tasks).toEqual([
      { id: 'id-1', name: 'Weekly report', hoursPerWeek: 0, value: 'medium', decision: null },
    ]);
    const decided = withTask(
      withTask(tasks, 0, { hoursPerWeek: 4 }, newId),
      0,
      {
        decision: 'automate',
      },
      newId,
    );
    expect(decided[0]).toMatchObject({ id: 'id-1', hoursPerWeek: 4, decision: 'automate' });
  });
});

describe('parseStage', () => {
  it('reads a stage in range and falls back to the first for anything else', () => {
    const stage = (query: string) => parseStage(new URLSearchParams(query));
    expect(stage('stage=3')).toBe(3);
    expect(stage(`stage=${QUICK_START_STAGES.length}`)).toBe(QUICK_START_STAGES.length);
    for (const bad of [
      '',
      'stage=0',
      'stage=-1',
      'stage=2.5',
      'stage=abc',
      `stage=${QUICK_START_STAGES.length + 1}`,
    ])
      expect(stage(bad)).toBe(1);
  });

  it('suggests a sitting of thirty minutes in all', () => {
    expect(QUICK_START_STAGES.reduce((sum, stage) => sum + stage.minutes, 0)).toBe(30);
  });
});
