import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryLooseId, arbitraryPlanContent } from './arbitraries.test-support.ts';
import { createSamplePlanContent } from './fixtures.ts';
import type { ProofEntryInput } from './model.ts';
import { findProofProblems } from './validate-proof.ts';

const proof = (skillIds: string[], actionIds: string[]): ProofEntryInput => ({
  occurredOn: '2026-05-12',
  title: 'Returns process live in both warehouses',
  evidence: 'Return handling time down from 6 days to 2.',
  skillIds,
  actionIds,
});

describe('findProofProblems', () => {
  const sample = createSamplePlanContent();

  it('accepts a proof linked to skills and actions of the plan', () => {
    expect(findProofProblems(proof(['sk-mapping', 'sk-change'], ['act-returns']), sample)).toEqual(
      [],
    );
  });

  it('accepts a proof linked to nothing', () => {
    expect(findProofProblems(proof([], []), sample)).toEqual([]);
  });

  it('points at each skill and action the plan does not have', () => {
    const problems = findProofProblems(
      proof(['sk-mapping', 'sk-gone'], ['act-gone', 'act-returns']),
      sample,
    );
    expect(problems.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'proof.unknown_reference', path: ['skillIds', 1] },
      { code: 'proof.unknown_reference', path: ['actionIds', 0] },
    ]);
    expect(problems[0]?.message).toMatch(/skill that is not in the plan/);
    expect(problems[1]?.message).toMatch(/action that is not in the plan/);
  });

  it('reports exactly the links that point outside the plan', () => {
    fc.assert(
      fc.property(
        arbitraryPlanContent(),
        fc.array(arbitraryLooseId(), { maxLength: 4 }),
        fc.array(arbitraryLooseId(), { maxLength: 4 }),
        (content, skillIds, actionIds) => {
          const skills = new Set(content.steps.skills.skills.map((skill) => skill.id));
          const actions = new Set(content.steps.roadmap.actions.map((action) => action.id));
          const expected = [
            ...skillIds.flatMap((id, i) => (skills.has(id) ? [] : [['skillIds', i]])),
            ...actionIds.flatMap((id, i) => (actions.has(id) ? [] : [['actionIds', i]])),
          ];
          expect(
            findProofProblems(proof(skillIds, actionIds), content).map((problem) => problem.path),
          ).toEqual(expected);
        },
      ),
    );
  });
});
