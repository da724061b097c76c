import { describe, expect, it } from 'vitest';
import {
  createEmptyPlanContent,
  createSamplePlanContent,
  removeCriticalSkill,
} from '@trailmap/domain';
import { changedParts } from './plan-parts.ts';
import { canUndo, recordChange, undoLast, UNDO_GROUP_MS } from './undo-history.ts';
import type { Draft } from './autosave-machine.ts';

const empty: Draft = { title: 'Main', content: createEmptyPlanContent() };
const withKnownFor = (draft: Draft, knownFor: string): Draft => ({
  ...draft,
  content: { ...draft.content, knownFor },
});
const withStatement = (draft: Draft, statement: string): Draft => ({
  ...draft,
  content: {
    ...draft.content,
    steps: { ...draft.content.steps, vision: { ...draft.content.steps.vision, statement } },
  },
});

describe('undo history', () => {
  it('takes back a burst of typing as one change', () => {
    let history = recordChange([], 'knownFor', empty, 0);
    history = recordChange(history, 'knownFor', withKnownFor(empty, 'a'), 200);
    history = recordChange(history, 'knownFor', withKnownFor(empty, 'ab'), 400);
    expect(history).toHaveLength(1);
    const undone = undoLast(history, 'knownFor', withKnownFor(empty, 'abc'));
    expect(undone?.draft.content.knownFor).toBe('');
    expect(undone?.history).toEqual([]);
  });

  it('keeps an accepted suggestion apart from the typing around it', () => {
    let history = recordChange([], 'knownFor', empty, 0);
    const typed = withKnownFor(empty, 'Loyalty');
    history = recordChange(history, 'knownFor', typed, 300, ['knownFor'], true);
    const accepted = withKnownFor(empty, 'stays loyal');
    history = recordChange(history, 'knownFor', accepted, 500);
    expect(history).toHaveLength(3);
    const first = undoLast(history, 'knownFor', withKnownFor(empty, 'stays loyal!'));
    expect(first?.draft.content.knownFor).toBe('stays loyal');
    const second = undoLast(first?.history ?? [], 'knownFor', accepted);
    expect(second?.draft.content.knownFor).toBe('Loyalty');
  });

  it('keeps changes apart when the typing paused', () => {
    let history = recordChange([], 'knownFor', empty, 0);
    history = recordChange(history, 'knownFor', withKnownFor(empty, 'first'), UNDO_GROUP_MS + 1);
    const undone = undoLast(history, 'knownFor', withKnownFor(empty, 'first second'));
    expect(undone?.draft.content.knownFor).toBe('first');
  });

  it('undoes one step without touching what changed on another step since', () => {
    let current = empty;
    let history = recordChange([], 'vision', current, 0);
    current = withStatement(current, 'Lead calm change');
    history = recordChange(history, 'knownFor', current, 100);
    current = withKnownFor(current, 'Calm in a crisis');
    const undone = undoLast(history, 'vision', current);
    expect(undone?.draft.content.steps.vision.statement).toBe('');
    expect(undone?.draft.content.knownFor).toBe('Calm in a crisis');
    expect(canUndo(undone?.history ?? [], 'vision')).toBe(false);
    expect(canUndo(undone?.history ?? [], 'knownFor')).toBe(true);
  });

  it('puts back every part one change touched, unless a part was edited since', () => {
    const sample: Draft = { title: 'Main', content: createSamplePlanContent() };
    const skill = sample.content.steps.skills.skills[0];
    if (!skill) throw new Error('the sample has skills');
    const removed: Draft = {
      ...sample,
      content: {
        ...sample.content,
        steps: removeCriticalSkill(sample.content.steps, skill.id),
      },
    };
    const history = recordChange([], 'skills', sample, 0, changedParts(sample, removed));
    const undone = undoLast(history, 'skills', removed);
    expect(undone?.draft).toEqual(sample);
    // The audit step can undo the same change: it touched the audit too.
    expect(canUndo(history, 'audit')).toBe(true);

    const portfolioEdited: Draft = {
      ...removed,
      content: {
        ...removed.content,
        steps: { ...removed.content.steps, portfolio: { entries: [] } },
      },
    };
    const later = recordChange(history, 'portfolio', removed, 5_000, ['portfolio']);
    const partly = undoLast(later, 'skills', portfolioEdited);
    expect(partly?.draft.content.steps.skills).toEqual(sample.content.steps.skills);
    expect(partly?.draft.content.steps.audit).toEqual(sample.content.steps.audit);
    expect(partly?.draft.content.steps.portfolio.entries).toEqual([]);
  });

  it('drops links to items removed since, so the plan stays savable', () => {
    const sample: Draft = { title: 'Main', content: createSamplePlanContent() };
    const [skill, ...rest] = sample.content.steps.skills.skills;
    if (!skill) throw new Error('the sample has skills');
    // An audit edit, then the skill goes (without its audit rows: an older client).
    const auditEdited: Draft = {
      ...sample,
      content: {
        ...sample.content,
        steps: {
          ...sample.content.steps,
          audit: { ...sample.content.steps.audit, strengthIds: [] },
        },
      },
    };
    let history = recordChange([], 'audit', sample, 0, ['audit']);
    const skillGone: Draft = {
      ...auditEdited,
      content: {
        ...auditEdited.content,
        steps: { ...auditEdited.content.steps, skills: { skills: rest } },
      },
    };
    history = recordChange(history, 'skills', auditEdited, 5_000, ['skills']);
    const undone = undoLast(history, 'audit', skillGone);
    expect(undone?.draft.content.steps.skills.skills).toEqual(rest);
    expect(undone?.draft.content.steps.audit.answers.some((row) => row.skillId === skill.id)).toBe(
      false,
    );
    expect(undone?.draft.content.steps.audit.strengthIds).not.toContain(skill.id);
  });

  it('has nothing to undo on a part never changed', () => {
    expect(undoLast([], 'product', empty)).toBeNull();
  });
});
