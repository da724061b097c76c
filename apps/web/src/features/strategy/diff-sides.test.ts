import { describe, expect, it } from 'vitest';
import { diffWords } from '@trailmap/domain';
import { sideOfDiff } from './diff-sides.ts';

const before = 'slows a whole team down and leaves';
const after = 'slows several teams down, with them, and leaves';

describe('sideOfDiff', () => {
  it('gives back each text exactly from its side', () => {
    const parts = diffWords(before, after);
    expect(
      sideOfDiff(parts, 'before')
        .map((part) => part.text)
        .join(''),
    ).toBe(before);
    expect(
      sideOfDiff(parts, 'after')
        .map((part) => part.text)
        .join(''),
    ).toBe(after);
  });

  it('joins neighbouring changes and the spaces between them into one run', () => {
    const added = sideOfDiff(diffWords(before, after), 'after').filter((part) => part.changed);
    expect(added.map((part) => part.text)).toEqual(['several teams down, with them,']);
    const removed = sideOfDiff(diffWords(before, after), 'before').filter((part) => part.changed);
    expect(removed.map((part) => part.text)).toEqual(['a whole team down']);
  });

  it('marks nothing when the texts are the same', () => {
    expect(sideOfDiff(diffWords(before, before), 'after')).toEqual([
      { changed: false, text: before },
    ]);
  });
});
