import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSamplePlanContent } from './fixtures.ts';
import type { Roadmap, ShortTermAction } from './model.ts';
import {
  capabilityTargetIdsOf,
  actionsLinkedTo,
  removeTargetRole,
  setCapabilityTargets,
  unlinkDanglingActions,
} from './roadmap.ts';
import { findPlanProblems } from './validate-plan.ts';

const action = (id: string, capabilityTargetId: string | null): ShortTermAction => ({
  id,
  title: `Action ${id}`,
  kind: 'project',
  capabilityTargetId,
  dueDate: null,
  status: 'planned',
  notes: '',
});

const roadmap = (actions: ShortTermAction[]): Roadmap => ({
  targetRoles: [
    {
      id: 'r1',
      title: 'Role one',
      occupationCode: null,
      problems: '',
      success: '',
      visionProblemIds: [],
      capabilityTargets: [
        { id: 't1', text: 'Target one' },
        { id: 't2', text: 'Target two' },
      ],
    },
    {
      id: 'r2',
      title: 'Role two',
      occupationCode: null,
      problems: '',
      success: '',
      visionProblemIds: [],
      capabilityTargets: [{ id: 't3', text: 'Target three' }],
    },
  ],
  actions,
});

describe('roadmap cascades', () => {
  it('removing a capability target unlinks the actions that built it and keeps the others', () => {
    const before = roadmap([action('a', 't1'), action('b', 't2'), action('c', null)]);
    const after = setCapabilityTargets(before, 'r1', [{ id: 't2', text: 'Target two' }]);
    expect(after.actions.map((item) => item.capabilityTargetId)).toEqual([null, 't2', null]);
    // The action itself stays: only its link goes.
    expect(after.actions.map((item) => item.title)).toEqual(
      before.actions.map((item) => item.title),
    );
  });

  it('removing a role unlinks the actions of all its capability targets', () => {
    const before = roadmap([action('a', 't1'), action('b', 't3'), action('c', 't2')]);
    const after = removeTargetRole(before, 'r1');
    expect(after.targetRoles.map((role) => role.id)).toEqual(['r2']);
    expect(after.actions.map((item) => item.capabilityTargetId)).toEqual([null, 't3', null]);
  });

  it('renaming or reordering targets keeps every link', () => {
    const before = roadmap([action('a', 't1'), action('b', 't2')]);
    const after = setCapabilityTargets(before, 'r1', [
      { id: 't2', text: 'Target two, renamed' },
      { id: 't1', text: 'Target one' },
    ]);
    expect(after.actions).toBe(before.actions);
  });

  it('returns the same roadmap when there is nothing to unlink or no such role', () => {
    const before = roadmap([action('a', 't1')]);
    expect(unlinkDanglingActions(before)).toBe(before);
    expect(removeTargetRole(before, 'missing')).toBe(before);
  });

  it('finds the actions a removal would unlink', () => {
    const before = roadmap([action('a', 't1'), action('b', 't1'), action('c', 't3')]);
    expect(actionsLinkedTo(before, new Set(['t1'])).map((item) => item.id)).toEqual(['a', 'b']);
    expect(actionsLinkedTo(before, new Set(['t2']))).toEqual([]);
  });

  it('removing any role or any target of the sample plan leaves a plan the server accepts', () => {
    const content = createSamplePlanContent();
    const { roadmap: sample } = content.steps;
    const withRoadmap = (next: Roadmap) => ({
      ...content,
      steps: { ...content.steps, roadmap: next },
    });
    const targets = [...capabilityTargetIdsOf(sample)];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...sample.targetRoles.map((role) => ({ role: role.id }))),
          fc.constantFrom(...targets.map((target) => ({ target }))),
        ),
        (removal) => {
          let next: Roadmap;
          if ('role' in removal) {
            next = removeTargetRole(sample, removal.role);
          } else {
            next = sample;
            for (const role of sample.targetRoles)
              next = setCapabilityTargets(
                next,
                role.id,
                role.capabilityTargets.filter((target) => target.id !== removal.target),
              );
          }
          const dangling = findPlanProblems(withRoadmap(next)).filter(
            (problem) => problem.code === 'plan.unknown_reference',
          );
          expect(dangling).toEqual([]);
          const known = capabilityTargetIdsOf(next);
          for (const item of next.actions)
            expect(item.capabilityTargetId === null || known.has(item.capabilityTargetId)).toBe(
              true,
            );
        },
      ),
    );
  });
});
