import type { z } from 'zod';

/** One bad field: where it is (JSON path), and what to fix. */
export interface FieldProblem {
  readonly path: (string | number)[];
  readonly code: string;
  readonly message: string;
}

/** Renders zod issues as field problems with messages a person can act on. */
export function describeZodIssues(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key],
        code: 'unknown_field',
        message: `"${key}" is not a field Trailmap knows here; remove it (check the spelling).`,
      }));
    }
    // Needs parsing with { reportInput: true }; without it every input reads as undefined.
    if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) {
      return [{ path, code: 'required', message: 'This field is required.' }];
    }
    if (issue.code === 'invalid_union') {
      return [
        {
          path,
          code: issue.code,
          message: issue.message.startsWith('Invalid input')
            ? 'This value has the wrong shape.'
            : issue.message,
        },
      ];
    }
    return [{ path, code: issue.code, message: issue.message }];
  });
}

/** `steps.roadmap.actions[2].dueDate` — how paths read in messages. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
    '',
  );
}
