import { describe, expect, it } from 'vitest';
import { describePath, describeValue } from './describe-change.ts';

describe('describing a change for people', () => {
  it('names a path by the words on screen', () => {
    expect(describePath('steps.product.problemsSolved[p1].text')).toBe(
      'Career product › Problems you solve › an item',
    );
    expect(describePath('knownFor')).toBe('Known for in five years');
    expect(describePath('')).toBe('The whole plan');
  });

  it('reads values as words, removals and blanks included', () => {
    expect(describeValue(undefined)).toBe('(removed)');
    expect(describeValue('')).toBe('(empty)');
    expect(describeValue({ id: 'x', text: 'Calm launches' })).toBe('Calm launches');
    expect(
      describeValue([
        { id: 'a', phrase: 'teaches' },
        { id: 'b', phrase: 'builds' },
      ]),
    ).toBe('teaches · builds');
    expect(describeValue({ who: 'Ops leads', problems: '', result: 'ship' })).toBe(
      'Who: Ops leads; Problems: (empty); Result: ship',
    );
  });
});
