import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryStrategy, arbitraryValidStrategy } from './arbitraries.test-support.ts';
import {
  compareStrategies,
  DIFF_WORDS_CELL_BUDGET,
  diffWords,
  tokenizeWords,
} from './compare-strategies.ts';
import type { DiffPart } from './compare-strategies.ts';
import type { Strategy } from './model.ts';

const join = (parts: readonly DiffPart[], keep: 'added' | 'removed'): string =>
  parts
    .filter((part) => part.op === 'same' || part.op === keep)
    .map((part) => part.text)
    .join('');

const draft: Strategy = {
  gratifyingWork: 'I untangle messy processes with the people who run them.',
  values: [
    { id: 'v1', phrase: 'simplifies' },
    { id: 'v2', phrase: 'integrity' },
    { id: 'v3', phrase: 'teaches' },
  ],
  overlaps: [
    { valueIds: ['v1', 'v3'], line: 'Teams keep the change.' },
    { valueIds: ['v1', 'v2'], line: 'Honest numbers.' },
  ],
};

const later: Strategy = {
  gratifyingWork: 'I untangle messy cross-team processes with the people who run them.',
  values: [
    { id: 'v1', phrase: 'simplifies' },
    { id: 'v2', phrase: 'builds trust' },
    { id: 'v4', phrase: 'measures what matters' },
  ],
  overlaps: [
    { valueIds: ['v3', 'v1'], line: 'Teams keep the change.' },
    { valueIds: ['v1', 'v2'], line: 'Numbers people trust.' },
    { valueIds: ['v2', 'v4'], line: 'Data without fear.' },
  ],
};

describe('diffWords', () => {
  it('marks an inserted word and keeps the spaces around it', () => {
    expect(diffWords('I fix things', 'I fix broken things')).toEqual([
      { op: 'same', text: 'I fix ' },
      { op: 'added', text: 'broken ' },
      { op: 'same', text: 'things' },
    ]);
  });

  it('shows a replaced word as removed before added', () => {
    expect(diffWords('builds trust daily', 'earns trust daily')).toEqual([
      { op: 'removed', text: 'builds' },
      { op: 'added', text: 'earns' },
      { op: 'same', text: ' trust daily' },
    ]);
  });

  it('gives nothing for two empty texts and one part for a text written from nothing', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'New text')).toEqual([{ op: 'added', text: 'New text' }]);
  });

  it('splits text into words and whitespace that join back into it', () => {
    expect(tokenizeWords(' a  b\nc ')).toEqual([' ', 'a', '  ', 'b', '\n', 'c', ' ']);
  });

  const arbitraryWords = fc
    .array(
      fc.constantFrom('I', 'help', 'teams', 'simplify', ' ', '  ', '\n', 'work', 'and', 'teach.'),
      {
        maxLength: 30,
      },
    )
    .map((tokens) => tokens.join(''));
  const arbitraryTextPair = fc.oneof(
    fc.tuple(arbitraryWords, arbitraryWords),
    fc.tuple(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 })),
  );

  it('rebuilds the later text from same and added parts, and the earlier from same and removed parts', () => {
    fc.assert(
      fc.property(arbitraryTextPair, ([a, b]) => {
        const parts = diffWords(a, b);
        expect(join(parts, 'added')).toBe(b);
        expect(join(parts, 'removed')).toBe(a);
      }),
    );
  });

  it('never gives an empty part or two neighbouring parts of the same kind', () => {
    fc.assert(
      fc.property(arbitraryTextPair, ([a, b]) => {
        const parts = diffWords(a, b);
        parts.forEach((part, index) => {
          expect(part.text).not.toBe('');
          expect(parts[index - 1]?.op).not.toBe(part.op);
        });
      }),
    );
  });

  it('keeps every shared word when a text is compared with itself', () => {
    fc.assert(
      fc.property(arbitraryWords, (text) => {
        const parts = diffWords(text, text);
        expect(parts.every((part) => part.op === 'same')).toBe(true);
      }),
    );
  });

  it('diffs a gratifying-work text of the longest accepted length quickly', () => {
    // 5,000 characters of short words: about 1,200 words and as many spaces.
    const words = Array.from({ length: 1200 }, (_, i) => `w${i % 97}`);
    const a = words.join(' ');
    const b = words.map((word, i) => (i % 50 === 0 ? 'changed' : word)).join(' ');
    expect(a.length).toBeLessThanOrEqual(5000);
    const started = performance.now();
    const parts = diffWords(a, b);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(join(parts, 'added')).toBe(b);
    expect(join(parts, 'removed')).toBe(a);
  });

  it('diffs two long texts that share no word within budget, as one removed run then one added run', () => {
    // 1,500 words and 1,499 spaces each: ~3,000 tokens, far over the cell budget.
    const a = Array.from({ length: 1500 }, (_, i) => `old${i}`).join(' ');
    const b = Array.from({ length: 1500 }, (_, i) => `new${i}`).join(' ');
    expect(tokenizeWords(a).length * tokenizeWords(b).length).toBeGreaterThan(
      DIFF_WORDS_CELL_BUDGET,
    );
    const parts = diffWords(a, b);
    expect(join(parts, 'added')).toBe(b);
    expect(join(parts, 'removed')).toBe(a);
    // The spaces are shared, but finding them would need the full table.
    expect(parts).toEqual([
      { op: 'removed', text: a },
      { op: 'added', text: b },
    ]);
  });

  it('keeps the shared start and end of two long texts as same parts when only the middle differs', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}`);
    const a = words.join(' ');
    const b = words.map((word, i) => (i === 750 ? 'rewritten' : word)).join(' ');
    const parts = diffWords(a, b);
    expect(parts).toEqual([
      { op: 'same', text: words.slice(0, 750).join(' ') + ' ' },
      { op: 'removed', text: 'w750' },
      { op: 'added', text: 'rewritten' },
      { op: 'same', text: ' ' + words.slice(751).join(' ') },
    ]);
  });

  it('keeps the shared start and end when a long middle is rewritten beyond the budget', () => {
    const head = Array.from({ length: 200 }, (_, i) => `head${i}`).join(' ');
    const tail = Array.from({ length: 200 }, (_, i) => `tail${i}`).join(' ');
    const before = Array.from({ length: 600 }, (_, i) => `before${i}`).join(' ');
    const after = Array.from({ length: 600 }, (_, i) => `after${i}`).join(' ');
    const a = `${head} ${before} ${tail}`;
    const b = `${head} ${after} ${tail}`;
    const parts = diffWords(a, b);
    expect(parts).toEqual([
      { op: 'same', text: `${head} ` },
      { op: 'removed', text: before },
      { op: 'added', text: after },
      { op: 'same', text: ` ${tail}` },
    ]);
  });
});

describe('compareStrategies', () => {
  it('reports a reworded value as changed, a new one as added and a dropped one as removed', () => {
    const result = compareStrategies(draft, later);
    expect(result.changed).toBe(true);
    expect(result.values).toEqual({
      added: [{ id: 'v4', phrase: 'measures what matters' }],
      removed: [{ id: 'v3', phrase: 'teaches' }],
      changed: [
        {
          id: 'v2',
          before: { id: 'v2', phrase: 'integrity' },
          after: { id: 'v2', phrase: 'builds trust' },
        },
      ],
      unchanged: [{ id: 'v1', phrase: 'simplifies' }],
    });
  });

  it('matches overlaps by the values that meet, whatever their order', () => {
    const { overlaps } = compareStrategies(draft, later);
    expect(overlaps.unchanged).toEqual([
      { valueIds: ['v3', 'v1'], line: 'Teams keep the change.' },
    ]);
    expect(overlaps.changed).toEqual([
      {
        valueIds: ['v1', 'v2'],
        before: { valueIds: ['v1', 'v2'], line: 'Honest numbers.' },
        after: { valueIds: ['v1', 'v2'], line: 'Numbers people trust.' },
      },
    ]);
    expect(overlaps.added).toEqual([{ valueIds: ['v2', 'v4'], line: 'Data without fear.' }]);
    expect(overlaps.removed).toEqual([]);
  });

  it('diffs the gratifying work word by word', () => {
    const { gratifyingWork } = compareStrategies(draft, later);
    expect(gratifyingWork.changed).toBe(true);
    expect(gratifyingWork.diff.filter((part) => part.op !== 'same')).toEqual([
      { op: 'added', text: 'cross-team ' },
    ]);
  });

  it('finds no change between a strategy and itself', () => {
    fc.assert(
      fc.property(arbitraryStrategy(), (strategy) => {
        const result = compareStrategies(strategy, strategy);
        expect(result.changed).toBe(false);
        expect(result.gratifyingWork.changed).toBe(false);
        for (const part of [result.values, result.overlaps]) {
          expect(part.added).toEqual([]);
          expect(part.removed).toEqual([]);
          expect(part.changed).toEqual([]);
        }
      }),
    );
  });

  it('is symmetric: what was added going forward is removed going back, and changes swap sides', () => {
    fc.assert(
      fc.property(arbitraryStrategy(), arbitraryStrategy(), (a, b) => {
        const forward = compareStrategies(a, b);
        const backward = compareStrategies(b, a);
        expect(forward.values.added).toEqual(backward.values.removed);
        expect(forward.values.removed).toEqual(backward.values.added);
        expect(forward.overlaps.added).toEqual(backward.overlaps.removed);
        expect(forward.overlaps.removed).toEqual(backward.overlaps.added);
        const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
        const swapped = forward.values.changed.map(({ id, before, after }) => ({
          id,
          before: after,
          after: before,
        }));
        expect(swapped.sort(byId)).toEqual([...backward.values.changed].sort(byId));
        expect(forward.changed).toBe(backward.changed);
      }),
    );
  });

  it('accounts for every value of both strategies exactly once', () => {
    fc.assert(
      fc.property(arbitraryValidStrategy(), arbitraryValidStrategy(), (a, b) => {
        const { values } = compareStrategies(a, b);
        const afterIds = [
          ...values.added.map((value) => value.id),
          ...values.changed.map((change) => change.id),
          ...values.unchanged.map((value) => value.id),
        ].sort();
        expect(afterIds).toEqual(b.values.map((value) => value.id).sort());
        const beforeIds = [
          ...values.removed.map((value) => value.id),
          ...values.changed.map((change) => change.id),
          ...values.unchanged.map((value) => value.id),
        ].sort();
        expect(beforeIds).toEqual(a.values.map((value) => value.id).sort());
      }),
    );
  });

  it('rebuilds both gratifying-work texts from the diff', () => {
    fc.assert(
      fc.property(arbitraryStrategy(), arbitraryStrategy(), (a, b) => {
        const { diff } = compareStrategies(a, b).gratifyingWork;
        expect(join(diff, 'added')).toBe(b.gratifyingWork);
        expect(join(diff, 'removed')).toBe(a.gratifyingWork);
      }),
    );
  });
});
