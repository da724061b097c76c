import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPlanContent } from './arbitraries.test-support.ts';
import { createSamplePlanContent } from './fixtures.ts';
import { mergeThreeWay, sameJson, shareUnchanged } from './merge-plan.ts';
import type { PlanContent } from './model.ts';

const base = createSamplePlanContent();

const withProblems = (
  content: PlanContent,
  problems: PlanContent['steps']['product']['problemsSolved'],
) => ({
  ...content,
  steps: { ...content.steps, product: { ...content.steps.product, problemsSolved: problems } },
});

describe('mergeThreeWay', () => {
  it('takes each side’s change when they touched different fields', () => {
    const mine = { ...base, knownFor: 'Making hard numbers simple.' };
    const theirs = {
      ...base,
      strategy: { ...base.strategy, gratifyingWork: 'I turn tangled processes into calm ones.' },
    };
    const { merged, conflicts } = mergeThreeWay(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.knownFor).toBe('Making hard numbers simple.');
    expect(merged.strategy.gratifyingWork).toBe('I turn tangled processes into calm ones.');
  });

  it('keeps the items each side added to the same list', () => {
    const problems = base.steps.product.problemsSolved;
    const mine = withProblems(base, [
      ...problems,
      { id: 'mine-1', text: 'Budget forecasts that hold.' },
    ]);
    const theirs = withProblems(base, [
      { id: 'theirs-1', text: 'Vendor escalations.' },
      ...problems,
    ]);
    const { merged, conflicts } = mergeThreeWay(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.steps.product.problemsSolved.map((item) => item.id)).toEqual([
      'theirs-1',
      ...problems.map((item) => item.id),
      'mine-1',
    ]);
  });

  it('applies a removal on one side when the other side left the item alone', () => {
    const [first, ...rest] = base.steps.product.problemsSolved;
    expect(first).toBeDefined();
    const mine = withProblems(base, rest);
    const theirs = { ...base, knownFor: 'Something else' };
    const { merged } = mergeThreeWay(base, mine, theirs);
    expect(merged.steps.product.problemsSolved).toEqual(rest);
    expect(merged.knownFor).toBe('Something else');
  });

  it('reports the same field changed differently on both sides, and lets the person choose', () => {
    const mine = { ...base, knownFor: 'Mine' };
    const theirs = { ...base, knownFor: 'Theirs' };
    const kept = mergeThreeWay(base, mine, theirs);
    expect(kept.conflicts).toEqual([
      { path: 'knownFor', base: base.knownFor, mine: 'Mine', theirs: 'Theirs' },
    ]);
    expect(kept.merged.knownFor).toBe('Mine');
    const taken = mergeThreeWay(base, mine, theirs, () => 'theirs');
    expect(taken.merged.knownFor).toBe('Theirs');
  });

  it('reports an item edited on one side and removed on the other', () => {
    const [first, ...rest] = base.steps.product.problemsSolved;
    if (!first) throw new Error('the sample has problems');
    const mine = withProblems(base, [{ ...first, text: 'Edited' }, ...rest]);
    const theirs = withProblems(base, rest);
    const { merged, conflicts } = mergeThreeWay(base, mine, theirs);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.path).toBe(`steps.product.problemsSolved[${first.id}]`);
    expect(conflicts[0]?.theirs).toBeUndefined();
    expect(merged.steps.product.problemsSolved[0]?.text).toBe('Edited');
    const dropped = mergeThreeWay(base, mine, theirs, () => 'theirs');
    expect(dropped.merged.steps.product.problemsSolved).toEqual(rest);
  });

  it('gives back one side unchanged when the other did not change (property)', () => {
    fc.assert(
      fc.property(arbitraryPlanContent(), arbitraryPlanContent(), (start, edit) => {
        const onlyMine = mergeThreeWay(start, edit, start);
        const onlyTheirs = mergeThreeWay(start, start, edit);
        const same = mergeThreeWay(start, edit, edit);
        return (
          sameJson(onlyMine.merged, edit) &&
          onlyMine.conflicts.length === 0 &&
          sameJson(onlyTheirs.merged, edit) &&
          onlyTheirs.conflicts.length === 0 &&
          sameJson(same.merged, edit) &&
          same.conflicts.length === 0
        );
      }),
      { numRuns: 200 },
    );
  });

  it('lists the same conflicts whatever is chosen, each between two different sides (property)', () => {
    fc.assert(
      fc.property(
        arbitraryPlanContent(),
        arbitraryPlanContent(),
        arbitraryPlanContent(),
        (b, m, t) => {
          const allMine = mergeThreeWay(b, m, t, () => 'mine');
          const allTheirs = mergeThreeWay(b, m, t, () => 'theirs');
          return (
            allMine.conflicts.length === allTheirs.conflicts.length &&
            allMine.conflicts.every((c) => !sameJson(c.mine, c.theirs))
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('sameJson', () => {
  it('compares objects by keys and values, not key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});

describe('shareUnchanged', () => {
  it('keeps the previous objects wherever the JSON is the same', () => {
    const previous = createSamplePlanContent();
    const next = JSON.parse(JSON.stringify(previous)) as PlanContent;
    expect(shareUnchanged(next, previous)).toBe(previous);
    const edited: PlanContent = {
      ...next,
      steps: { ...next.steps, vision: { ...next.steps.vision, statement: 'changed' } },
    };
    const shared = shareUnchanged(edited, previous);
    expect(shared).toEqual(edited);
    expect(shared).not.toBe(previous);
    expect(shared.strategy).toBe(previous.strategy);
    expect(shared.steps.product).toBe(previous.steps.product);
    expect(shared.steps.vision).not.toBe(previous.steps.vision);
    expect(shared.steps.vision.problems).toBe(previous.steps.vision.problems);
  });

  it('always equals the next value as JSON, and shares all of it when equal', () => {
    fc.assert(
      fc.property(arbitraryPlanContent(), arbitraryPlanContent(), (next, previous) => {
        const shared = shareUnchanged(next, previous);
        return (
          sameJson(shared, next) &&
          shareUnchanged(JSON.parse(JSON.stringify(next)), next) === next &&
          (sameJson(next, previous) ? shared === previous : shared !== previous)
        );
      }),
      { numRuns: 200 },
    );
  });
});
