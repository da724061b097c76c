import { describe, expect, it } from 'vitest';
import {
  createSamplePlanContent,
  dropDanglingLinks,
  findPlanProblems,
  LIMITS,
} from '@trailmap/domain';
import type { PlanContent, RoleRestructure } from '@trailmap/domain';
import type { Draft } from '../../workspace/autosave-machine.ts';
import { recordChange, undoLast } from '../../workspace/undo-history.ts';
import type { UndoEntry } from '../../workspace/undo-history.ts';
import {
  addBackpackEntry,
  detachedEntries,
  entriesForSkill,
  entriesForTask,
  linkToSkill,
  linkToTask,
  markAutomate,
  removeBackpackEntry,
  updateBackpackEntry,
} from './backpack-edits.ts';

const sample = createSamplePlanContent();
const withRestructure = (content: PlanContent, restructure: RoleRestructure): PlanContent => ({
  ...content,
  steps: { ...content.steps, restructure },
});
const base: RoleRestructure = { ...sample.steps.restructure, aiBackpack: [] };
// A task not marked Automate yet (the sample marks some).
const task = base.tasks.find((t) => t.decision !== 'automate')!;
const taskId = task.id;
const skillId = sample.steps.skills.skills[0]!.id;

describe('backpack edits', () => {
  it('marks a task Automate, and changes nothing when it already is', () => {
    expect(task.decision).not.toBe('automate');
    const marked = markAutomate(base, taskId);
    expect(marked.tasks.find((t) => t.id === taskId)?.decision).toBe('automate');
    expect(marked.tasks.filter((t) => t.id !== taskId)).toEqual(
      base.tasks.filter((t) => t.id !== taskId),
    );
    expect(markAutomate(marked, taskId)).toBe(marked);
    expect(markAutomate(base, 'no-such-task')).toBe(base);
  });

  it('adds, edits and removes records for a task and for a skill, the plan staying valid', () => {
    let r = addBackpackEntry(base, linkToTask(taskId), 'drafting', 'b1');
    r = addBackpackEntry(r, linkToSkill(skillId), 'tutoring', 'b2');
    const entry = entriesForTask(r.aiBackpack!, taskId)[0]!;
    expect(entry).toEqual({
      id: 'b1',
      forTaskId: taskId,
      forSkillId: null,
      assistanceKind: 'drafting',
      tool: '',
      notes: '',
      outcome: 'not_tried',
    });
    r = updateBackpackEntry(r, {
      ...entry,
      tool: 'Copilot in Word',
      notes: 'First drafts in ten minutes',
      outcome: 'helped',
    });
    expect(entriesForTask(r.aiBackpack!, taskId)[0]?.tool).toBe('Copilot in Word');
    expect(entriesForSkill(r.aiBackpack!, skillId).map((e) => e.id)).toEqual(['b2']);
    expect(findPlanProblems(withRestructure(sample, r))).toEqual([]);
    const removed = removeBackpackEntry(r, 'b2');
    expect(removed.aiBackpack!.map((e) => e.id)).toEqual(['b1']);
    expect(removeBackpackEntry(removed, 'b2')).toBe(removed);
  });

  it('adds nothing once the backpack holds its limit', () => {
    let r = base;
    for (let i = 0; i < LIMITS.maxAiBackpackEntries; i += 1)
      r = addBackpackEntry(r, linkToTask(taskId), 'drafting', `b${i}`);
    expect(addBackpackEntry(r, linkToTask(taskId), 'drafting', 'one-more')).toBe(r);
  });

  it('keeps a record with its words, detached, when its task is removed', () => {
    let r = addBackpackEntry(base, linkToTask(taskId), 'data_analysis', 'b1');
    r = updateBackpackEntry(r, {
      ...r.aiBackpack![0]!,
      tool: 'Copilot in Excel',
      notes: 'Pivot tables in seconds; checks still mine',
    });
    const withoutTask = { ...r, tasks: r.tasks.filter((t) => t.id !== taskId) };
    const repaired = dropDanglingLinks(withRestructure(sample, withoutTask));
    const kept = detachedEntries(repaired.steps.restructure.aiBackpack!);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      tool: 'Copilot in Excel',
      notes: 'Pivot tables in seconds; checks still mine',
      forTaskId: null,
    });
    expect(findPlanProblems(repaired)).toEqual([]);
    // Linked again to a skill, it is an ordinary record.
    const relinked = updateBackpackEntry(repaired.steps.restructure, {
      ...kept[0]!,
      ...linkToSkill(skillId),
    });
    expect(detachedEntries(relinked.aiBackpack!)).toEqual([]);
    expect(entriesForSkill(relinked.aiBackpack!, skillId)[0]?.notes).toBe(
      'Pivot tables in seconds; checks still mine',
    );
  });
});

describe('backpack edits and undo', () => {
  const draftOf = (restructure: RoleRestructure): Draft => ({
    title: 'Plan',
    content: withRestructure(sample, restructure),
  });

  it('undoes an added record as its own step, after the typing into it', () => {
    let history: UndoEntry[] = [];
    let at = 0;
    let current = draftOf(base);
    const apply = (next: RoleRestructure, whole: boolean) => {
      history = recordChange(history, 'restructure', current, (at += 100), ['restructure'], whole);
      current = draftOf(next);
    };
    const restructure = () => current.content.steps.restructure;

    // Accepting the suggestion and adding a record: each a whole change, even 100 ms apart.
    apply(markAutomate(restructure(), taskId), true);
    apply(addBackpackEntry(restructure(), linkToTask(taskId), 'drafting', 'b1'), true);
    // Typing the tool, then the notes: one burst of typing.
    const entry = () => restructure().aiBackpack![0]!;
    apply(updateBackpackEntry(restructure(), { ...entry(), tool: 'Copilot' }), false);
    apply(updateBackpackEntry(restructure(), { ...entry(), notes: 'Saved an hour' }), false);
    expect(history).toHaveLength(3);

    const first = undoLast(history, 'restructure', current)!;
    expect(first.draft.content.steps.restructure.aiBackpack).toEqual([
      { ...entry(), tool: '', notes: '' },
    ]);
    const second = undoLast(first.history, 'restructure', first.draft)!;
    expect(second.draft.content.steps.restructure.aiBackpack).toEqual([]);
    const decisionOf = (draft: Draft) =>
      draft.content.steps.restructure.tasks.find((t) => t.id === taskId)?.decision;
    expect(decisionOf(second.draft)).toBe('automate');
    const third = undoLast(second.history, 'restructure', second.draft)!;
    expect(decisionOf(third.draft)).toBe(task.decision);
  });
});
