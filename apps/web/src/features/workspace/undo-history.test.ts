import { describe, expect, it } from 'vitest';
import { createEmptyPlanContent } from '@trailmap/domain';
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

  it('has nothing to undo on a part never changed', () => {
    expect(undoLast([], 'product', empty)).toBeNull();
  });
});
