import { createEmptyPlanContent, findPlanProblems, measureCompleteness } from '@trailmap/domain';
import type { Plan, PlanContent, PlanRevision } from '@trailmap/domain';
import type { RevisionSummary } from '@trailmap/db';
import { AppError } from '../../http/app-error.ts';
import { evaluatePrecondition, type IfMatch, type Precondition } from '../../http/etag.ts';
import type { UseCaseDeps } from '../deps.ts';
import {
  planFieldMismatch,
  planInvalid,
  planNotFound,
  planPreconditionRequired,
  planVersionConflict,
} from './plans.errors.ts';

/** Refuses content that breaks a rule across fields (dangling links, a week over 168 h …). */
export function assertValidContent(content: PlanContent): void {
  const problems = findPlanProblems(content);
  if (problems.length > 0) {
    throw planInvalid(problems.map((p) => ({ ...p, path: ['content', ...p.path] })));
  }
}

export async function listPlans(deps: UseCaseDeps, ownerId: string) {
  const plans = await deps.store.listPlans(ownerId);
  // The store lists them most recently changed first, the order a person wants.
  return plans.map((plan) => ({
    id: plan.id,
    title: plan.title,
    version: plan.version,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    completeness: measureCompleteness(plan.content),
  }));
}

export async function createPlan(
  deps: UseCaseDeps,
  ownerId: string,
  input: { title: string; content?: PlanContent | undefined },
): Promise<Plan> {
  const content = input.content ?? createEmptyPlanContent();
  assertValidContent(content);
  return deps.store.createPlan({
    id: deps.newId(),
    ownerId,
    title: input.title,
    content,
    now: deps.now().toISOString(),
  });
}

/** The current version of a plan, or a 404. */
export async function getPlanVersion(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
): Promise<number> {
  const version = await deps.store.getPlanVersion(ownerId, planId);
  if (version === null) throw planNotFound();
  return version;
}

export async function getPlan(deps: UseCaseDeps, ownerId: string, planId: string): Promise<Plan> {
  const plan = await deps.store.getPlan(ownerId, planId);
  if (!plan) throw planNotFound();
  return plan;
}

export interface SavePlanInput {
  readonly title: string;
  readonly content: PlanContent;
  readonly id?: string | undefined;
  readonly ownerId?: string | undefined;
  readonly version?: number | undefined;
  readonly createdAt?: string | undefined;
  readonly updatedAt?: string | undefined;
}

/**
 * Saves a plan guarded by its version. Nothing is written unless the stored
 * version is the one the edit was based on, so two editors never silently
 * overwrite each other. The version is checked before anything else, so a
 * stale copy sent back whole is told it is stale, not that a field differs.
 */
export async function savePlan(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
  precondition: Precondition,
  input: SavePlanInput,
): Promise<Plan> {
  if (precondition.via === 'none') throw planPreconditionRequired();
  // The header is enough to check the request; the whole plan is read only to report a conflict.
  const current = await deps.store.getPlanHeader(ownerId, planId);
  if (!current) throw planNotFound();
  const outcome = evaluatePrecondition(precondition, current.version);
  if (!outcome.holds) {
    throw planVersionConflict(
      await getPlan(deps, ownerId, planId),
      outcome.basedOn,
      outcome.status,
    );
  }
  // With If-Match: * the body may be any earlier copy: its version and updatedAt are not compared.
  const unconditional = outcome.expectedVersion === null;
  if (input.id !== undefined && input.id !== current.id) throw planFieldMismatch('id', current.id);
  if (input.ownerId !== undefined && input.ownerId !== current.ownerId) {
    throw planFieldMismatch('ownerId', current.ownerId);
  }
  if (input.createdAt !== undefined && input.createdAt !== current.createdAt) {
    throw planFieldMismatch('createdAt', current.createdAt);
  }
  if (!unconditional && input.updatedAt !== undefined && input.updatedAt !== current.updatedAt) {
    throw planFieldMismatch('updatedAt', current.updatedAt);
  }
  assertValidContent(input.content);
  const result = await deps.store.updatePlan({
    ownerId,
    planId,
    expectedVersion: outcome.expectedVersion,
    title: input.title,
    content: input.content,
    now: deps.now().toISOString(),
  });
  if (result.kind === 'not_found') throw planNotFound();
  if (result.kind === 'conflict') {
    // Someone saved between our check and our write.
    throw planVersionConflict(
      result.current,
      outcome.expectedVersion,
      precondition.via === 'body' ? 409 : 412,
    );
  }
  return result.value;
}

/** Deletes a plan; with If-Match, only while it is still at a version named there. */
export async function deletePlan(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
  ifMatch: IfMatch | null,
): Promise<void> {
  let expectedVersion: number | null = null;
  if (ifMatch && !ifMatch.any) {
    const current = await deps.store.getPlanHeader(ownerId, planId);
    if (!current) throw planNotFound();
    const outcome = evaluatePrecondition({ via: 'if-match', ifMatch }, current.version);
    if (!outcome.holds)
      throw planVersionConflict(await getPlan(deps, ownerId, planId), outcome.basedOn, 412);
    expectedVersion = outcome.expectedVersion;
  }
  const result = await deps.store.deletePlan({ ownerId, planId, expectedVersion });
  if (result.kind === 'not_found') throw planNotFound();
  if (result.kind === 'conflict') {
    throw planVersionConflict(await getPlan(deps, ownerId, planId), expectedVersion, 412);
  }
}

export async function listRevisions(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
): Promise<RevisionSummary[]> {
  const revisions = await deps.store.listRevisions(ownerId, planId);
  if (!revisions) throw planNotFound();
  return revisions;
}

export async function getRevision(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
  version: number,
): Promise<PlanRevision> {
  const revision = await deps.store.getRevision(ownerId, planId, version);
  if (revision) return revision;
  await getPlan(deps, ownerId, planId);
  throw new AppError(
    404,
    'revision.not_found',
    `This plan has no revision ${version}. List its revisions to see which exist.`,
  );
}
