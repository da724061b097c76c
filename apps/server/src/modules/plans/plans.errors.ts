import type { Plan } from '@trailmap/domain';
import { AppError, notFound } from '../../http/app-error.ts';
import { etagOf } from '../../http/etag.ts';

export const planNotFound = (): AppError => notFound('This plan', 'plan.not_found');

/**
 * A stale write. 412 when the client used If-Match (RFC 9110), 409 when the
 * version came in the body; both carry the current plan so the client can merge.
 */
export function planVersionConflict(
  current: Plan,
  basedOn: number | null,
  status: 409 | 412,
): AppError {
  const basis = basedOn === null ? 'on a version that is not current' : `on version ${basedOn}`;
  return new AppError(
    status,
    'plan.version_conflict',
    `This plan was changed elsewhere: it is now at version ${current.version}, and your edit was based ${basis}. Nothing was saved. Load the current version, bring your changes into it, and save again.`,
    { currentVersion: current.version, current },
    { ETag: etagOf(current.version) },
  );
}

export const planPreconditionRequired = (): AppError =>
  new AppError(
    428,
    'plan.precondition_required',
    'Say which version your edit is based on: send If-Match: "<version>" (the ETag you received) or include "version" in the body.',
  );

export const planFieldMismatch = (field: string, expected: unknown): AppError =>
  new AppError(
    400,
    'plan.readonly_field',
    `"${field}" is managed by Trailmap and cannot be changed; send it unchanged (${JSON.stringify(expected)}) or leave it out.`,
    {
      problems: [
        { path: [field], code: 'readonly_field', message: 'This field cannot be changed.' },
      ],
    },
  );

export const planInvalid = (
  problems: readonly { path: (string | number)[]; code: string; message: string }[],
): AppError => {
  const first = problems[0];
  return new AppError(
    422,
    'plan.invalid',
    problems.length === 1 && first
      ? `The plan could not be saved: ${first.message}`
      : `The plan could not be saved: ${problems.length} problems need fixing. ${first?.message ?? ''}`.trim(),
    { problems },
  );
};
