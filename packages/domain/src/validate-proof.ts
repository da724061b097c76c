import type { PlanContent, ProofEntryInput } from './model.ts';
import type { PlanProblem } from './plan-problem.ts';

/** Problems of a proof entry that links to skills or actions the plan does not have. */
export function findProofProblems(entry: ProofEntryInput, content: PlanContent): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const skillIds = new Set(content.steps.skills.skills.map((skill) => skill.id));
  const actionIds = new Set(content.steps.roadmap.actions.map((action) => action.id));
  entry.skillIds.forEach((id, index) => {
    if (!skillIds.has(id)) {
      problems.push({
        path: ['skillIds', index],
        code: 'proof.unknown_reference',
        message: `This proof links to a skill that is not in the plan (id '${id}'): pick one of your critical skills, or remove the link.`,
      });
    }
  });
  entry.actionIds.forEach((id, index) => {
    if (!actionIds.has(id)) {
      problems.push({
        path: ['actionIds', index],
        code: 'proof.unknown_reference',
        message: `This proof links to a roadmap action that is not in the plan (id '${id}'): pick one of your actions, or remove the link.`,
      });
    }
  });
  return problems;
}
