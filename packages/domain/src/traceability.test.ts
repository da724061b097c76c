import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPlanContent, editPlan, valueAtPath } from './arbitraries.test-support.ts';
import { createEmptyPlanContent } from './empty.ts';
import { createSamplePlanContent } from './fixtures.ts';
import { traceActions } from './traceability.ts';

const sample = createSamplePlanContent();

describe('traceActions', () => {
  it('traces every action of the sample plan back to the vision, with no orphans', () => {
    const result = traceActions(sample);
    expect(result.fullyTraced).toBe(true);
    expect(result.actions.map((trace) => trace.status)).toEqual(Array(5).fill('traced'));
    expect(Object.values(result.orphans).flat()).toEqual([]);
  });

  it('follows an action through its capability target and role to the role’s vision problems', () => {
    const trace = traceActions(sample).actions[0];
    expect(trace).toMatchObject({
      actionId: 'act-returns',
      capabilityTarget: { id: 'ct-crossdept' },
      targetRole: { id: 'tr-ops-excellence', title: 'Head of operational excellence' },
      status: 'traced',
      message: null,
    });
    expect(trace?.visionProblems.map((problem) => problem.id)).toEqual([
      'vp-endtoend',
      'vp-adoption',
    ]);
  });

  it('calls out an action that serves no capability target, in words that suggest what to do', () => {
    const result = traceActions(
      editPlan(sample, (draft) => {
        draft.steps.roadmap.actions[2]!.title = 'Present at the quarterly review';
        draft.steps.roadmap.actions[2]!.capabilityTargetId = null;
      }),
    );
    expect(result.actions[2]).toMatchObject({
      status: 'no_capability_target',
      capabilityTarget: null,
      targetRole: null,
    });
    expect(result.orphans.actionsWithoutTarget).toEqual([
      {
        id: 'act-quarterly',
        label: 'Present at the quarterly review',
        path: ['steps', 'roadmap', 'actions', 2],
        message:
          "'Present at the quarterly review' serves no capability target: link it to one, or ask whether it belongs in the plan.",
      },
    ]);
    // Its target is now built by nothing.
    expect(result.orphans.capabilityTargetsWithoutAction.map((orphan) => orphan.id)).toEqual([
      'ct-exec-present',
    ]);
    expect(result.fullyTraced).toBe(false);
  });

  it('treats a link to a capability target that no longer exists as no link', () => {
    const result = traceActions(
      editPlan(sample, (draft) => {
        draft.steps.roadmap.actions[0]!.capabilityTargetId = 'ct-gone';
      }),
    );
    expect(result.actions[0]?.status).toBe('no_capability_target');
    expect(result.actions[0]?.message).toContain('no longer in your roadmap');
  });

  it('marks actions whose role serves no vision problem, and lists the role', () => {
    const result = traceActions(
      editPlan(sample, (draft) => {
        draft.steps.roadmap.targetRoles[1]!.visionProblemIds = ['vp-gone'];
      }),
    );
    expect(result.actions.map((trace) => trace.status)).toEqual([
      'traced',
      'traced',
      'traced',
      'role_serves_no_vision_problem',
      'role_serves_no_vision_problem',
    ]);
    expect(result.actions[3]?.message).toContain("'Transformation programme manager'");
    expect(result.orphans.targetRolesWithoutVisionProblem).toMatchObject([
      { id: 'tr-transformation', path: ['steps', 'roadmap', 'targetRoles', 1] },
    ]);
  });

  it('lists a capability target that no action builds, naming its role', () => {
    const result = traceActions(
      editPlan(sample, (draft) => {
        draft.steps.roadmap.targetRoles[0]!.capabilityTargets.push({
          id: 'ct-new',
          text: 'Negotiate a budget',
        });
      }),
    );
    expect(result.orphans.capabilityTargetsWithoutAction).toEqual([
      {
        id: 'ct-new',
        label: 'Negotiate a budget',
        path: ['steps', 'roadmap', 'targetRoles', 0, 'capabilityTargets', 3],
        message:
          "Nothing on your roadmap builds 'Negotiate a budget' (for 'Head of operational excellence'): add a project, relationship or habit that does.",
      },
    ]);
  });

  it('neither lists a dropped action as an orphan nor counts it as building its target', () => {
    const result = traceActions(
      editPlan(sample, (draft) => {
        draft.steps.roadmap.actions[1]!.status = 'dropped';
        draft.steps.roadmap.actions.push({
          id: 'act-old',
          title: 'An idea I let go',
          kind: 'habit',
          capabilityTargetId: null,
          dueDate: null,
          status: 'dropped',
          notes: '',
        });
      }),
    );
    expect(result.orphans.actionsWithoutTarget).toEqual([]);
    expect(result.orphans.capabilityTargetsWithoutAction.map((orphan) => orphan.id)).toEqual([
      'ct-sponsor',
    ]);
    expect(result.actions).toHaveLength(6);
  });

  it('lists portfolio roles that build no critical skill and skills no portfolio role builds', () => {
    const result = traceActions(
      editPlan(sample, (draft) => {
        draft.steps.portfolio.entries[2]!.skillIds = ['sk-gone'];
      }),
    );
    expect(result.orphans.portfolioEntriesWithoutSkill.map((orphan) => orphan.id)).toEqual([
      'pf-analyst',
    ]);
    expect(result.orphans.skillsNotServed).toMatchObject([
      {
        id: 'sk-analysis',
        path: ['steps', 'skills', 'skills', 2],
        message:
          "'Data analysis for operations' is not built by any role in your portfolio: add it to a pathway that grows it, or ask whether your vision needs it.",
      },
    ]);
  });

  it('finds nothing to trace in an empty plan and calls it fully traced', () => {
    const result = traceActions(createEmptyPlanContent());
    expect(result.actions).toEqual([]);
    expect(result.fullyTraced).toBe(true);
  });

  it('gives one trace per action, in order, and calls it traced exactly when the chain reaches the vision', () => {
    fc.assert(
      fc.property(arbitraryPlanContent(), (content) => {
        const { actions } = traceActions(content);
        expect(actions.map((trace) => trace.actionId)).toEqual(
          content.steps.roadmap.actions.map((action) => action.id),
        );
        const visionIds = new Set(content.steps.vision.problems.map((problem) => problem.id));
        for (const trace of actions) {
          const reachesVision = trace.targetRole !== null && trace.visionProblems.length > 0;
          expect(trace.status === 'traced').toBe(reachesVision);
          expect(trace.message === null).toBe(reachesVision);
          expect(trace.capabilityTarget === null).toBe(trace.status === 'no_capability_target');
          for (const problem of trace.visionProblems) expect(visionIds.has(problem.id)).toBe(true);
        }
      }),
    );
  });

  it('points every orphan at the item it names', () => {
    fc.assert(
      fc.property(arbitraryPlanContent(), (content) => {
        const { orphans } = traceActions(content);
        for (const orphan of Object.values(orphans).flat()) {
          const item = valueAtPath(content, orphan.path) as { id?: unknown } | undefined;
          expect(item?.id).toBe(orphan.id);
          expect(orphan.message.length).toBeGreaterThan(20);
        }
      }),
    );
  });

  it('calls a plan fully traced only when there is nothing to fix', () => {
    fc.assert(
      fc.property(arbitraryPlanContent(), (content) => {
        const result = traceActions(content);
        const orphanCount = Object.values(result.orphans).flat().length;
        if (result.fullyTraced) expect(orphanCount).toBe(0);
        else
          expect(orphanCount > 0 || result.actions.some((trace) => trace.status !== 'traced')).toBe(
            true,
          );
      }),
    );
  });
});
