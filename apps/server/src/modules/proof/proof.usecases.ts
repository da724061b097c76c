import { findProofProblems } from '@trailmap/domain';
import type { ProofEntry, ProofEntryInput } from '@trailmap/domain';
import { AppError, notFound } from '../../http/app-error.ts';
import { etagOf, evaluatePrecondition, type IfMatch, type Precondition } from '../../http/etag.ts';
import type { UseCaseDeps } from '../deps.ts';
import { planNotFound } from '../plans/plans.errors.ts';
import { getPlan } from '../plans/plans.usecases.ts';

const proofNotFound = (): AppError => notFound('This proof entry', 'proof.not_found');

/** Refuses links to skills or actions the plan does not have. */
async function assertLinksExist(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
  entry: ProofEntryInput,
) {
  const plan = await getPlan(deps, ownerId, planId);
  const problems = findProofProblems(entry, plan.content);
  if (problems.length > 0) {
    throw new AppError(
      422,
      'proof.invalid',
      `The proof entry could not be saved: ${problems[0]?.message ?? ''}`.trim(),
      { problems },
    );
  }
}

export async function listProof(deps: UseCaseDeps, ownerId: string, planId: string) {
  const entries = await deps.store.listProof(ownerId, planId);
  if (!entries) throw planNotFound();
  return entries;
}

export async function getProof(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
  proofId: string,
) {
  const entry = await deps.store.getProof(ownerId, planId, proofId);
  if (entry) return entry;
  if ((await deps.store.getPlanVersion(ownerId, planId)) === null) throw planNotFound();
  throw proofNotFound();
}

export async function createProof(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
  entry: ProofEntryInput,
): Promise<ProofEntry> {
  await assertLinksExist(deps, ownerId, planId, entry);
  const created = await deps.store.createProof({
    id: deps.newId(),
    ownerId,
    planId,
    entry,
    now: deps.now().toISOString(),
  });
  if (!created) throw planNotFound();
  return created;
}

export interface ProofUpdate extends ProofEntryInput {
  readonly id?: string | undefined;
  readonly planId?: string | undefined;
  readonly ownerId?: string | undefined;
  readonly version?: number | undefined;
  readonly createdAt?: string | undefined;
  readonly updatedAt?: string | undefined;
}

function proofVersionConflict(current: ProofEntry, status: 409 | 412): AppError {
  return new AppError(
    status,
    'proof.version_conflict',
    `This proof entry was changed elsewhere (now version ${current.version}). Nothing was saved; reload it and apply your change again.`,
    { currentVersion: current.version, current },
    { ETag: etagOf(current.version) },
  );
}

const proofPreconditionRequired = (): AppError =>
  new AppError(
    428,
    'proof.precondition_required',
    'Say which version your edit is based on: send If-Match: "<version>" (the ETag you received) or include "version" in the body.',
  );

/**
 * Saves a proof entry guarded by its version, like a plan: the version is
 * checked first, so a stale copy sent back whole gets 412/409, not a field error.
 */
export async function updateProof(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
  proofId: string,
  precondition: Precondition,
  update: ProofUpdate,
): Promise<ProofEntry> {
  if (precondition.via === 'none') throw proofPreconditionRequired();
  const current = await getProof(deps, ownerId, planId, proofId);
  const outcome = evaluatePrecondition(precondition, current.version);
  if (!outcome.holds) throw proofVersionConflict(current, outcome.status);
  const unconditional = outcome.expectedVersion === null;
  for (const field of ['id', 'planId', 'ownerId', 'createdAt', 'updatedAt'] as const) {
    if (field === 'updatedAt' && unconditional) continue;
    if (update[field] !== undefined && update[field] !== current[field]) {
      throw new AppError(
        400,
        'proof.readonly_field',
        `"${field}" is managed by Trailmap and cannot be changed; send it unchanged or leave it out.`,
        {
          problems: [
            { path: [field], code: 'readonly_field', message: 'This field cannot be changed.' },
          ],
        },
      );
    }
  }
  await assertLinksExist(deps, ownerId, planId, update);
  const entry: ProofEntryInput = {
    occurredOn: update.occurredOn,
    title: update.title,
    evidence: update.evidence,
    skillIds: update.skillIds,
    actionIds: update.actionIds,
  };
  const result = await deps.store.updateProof({
    ownerId,
    planId,
    proofId,
    expectedVersion: outcome.expectedVersion,
    entry,
    now: deps.now().toISOString(),
  });
  if (result.kind === 'not_found') throw proofNotFound();
  if (result.kind === 'conflict') {
    throw proofVersionConflict(result.current, precondition.via === 'body' ? 409 : 412);
  }
  return result.value;
}

/** Deletes a proof entry; with If-Match, only while it is still at a version named there. */
export async function deleteProof(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
  proofId: string,
  ifMatch: IfMatch | null,
) {
  let expectedVersion: number | null = null;
  if (ifMatch && !ifMatch.any) {
    const current = await getProof(deps, ownerId, planId, proofId);
    const outcome = evaluatePrecondition({ via: 'if-match', ifMatch }, current.version);
    if (!outcome.holds) throw proofVersionConflict(current, 412);
    expectedVersion = outcome.expectedVersion;
  }
  const deleted = await deps.store.deleteProof({ ownerId, planId, proofId, expectedVersion });
  if (deleted) return;
  if ((await deps.store.getPlanVersion(ownerId, planId)) === null) throw planNotFound();
  const current = await deps.store.getProof(ownerId, planId, proofId);
  if (current) throw proofVersionConflict(current, 412);
  throw proofNotFound();
}
