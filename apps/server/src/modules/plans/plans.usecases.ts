import { createEmptyPlanContent, findPlanProblems, measureCompleteness } from '@trailmap/domain';
import type { Plan, PlanContent, PlanRevision } from '@trailmap/domain';
import type { RevisionSummary } from '@trailmap/db';
import { AppError } from '../../http/app-error.ts';
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
  // Most recently changed first: the plan a person is working on leads the list.
  const byRecency = [...plans].sort(
    (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title),
  );
  return byRecency.map((plan) => ({
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

/** How the client named the version its edit is based on. */
export type VersionBasis =
  | { readonly via: 'if-match'; readonly version: number | 'any' }
  | { readonly via: 'body'; readonly version: number }
  | { readonly via: 'none' };

export interface SavePlanInput {
  readonly title: string;
  readonly content: PlanContent;
  readonly id?: string | undefined;
  readonly ownerId?: string | undefined;
  readonly version?: number | undefined;
  readonly createdAt?: string | undefined;
  readonly updatedAt?: string | undefined;
}

/** Resolves If-Match and the body's version into the one version the edit is based on. */
export function resolveVersionBasis(
  ifMatch: number | 'any' | null,
  bodyVersion: number | undefined,
): VersionBasis {
  if (ifMatch !== null) {
    if (ifMatch !== 'any' && bodyVersion !== undefined && bodyVersion !== ifMatch) {
      throw new AppError(
        400,
        'plan.version_mismatch',
        `If-Match names version ${ifMatch} but the body says version ${bodyVersion}; send the same version in both, or leave "version" out of the body.`,
      );
    }
    return { via: 'if-match', version: ifMatch };
  }
  if (bodyVersion !== undefined) return { via: 'body', version: bodyVersion };
  return { via: 'none' };
}

/**
 * Saves a plan guarded by its version. Nothing is written unless the stored
 * version is the one the edit was based on, so two editors never silently
 * overwrite each other.
 */
export async function savePlan(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
  basis: VersionBasis,
  input: SavePlanInput,
): Promise<Plan> {
  if (basis.via === 'none') throw planPreconditionRequired();
  // The header is enough to check the request; the whole plan is read only to report a conflict.
  const current = await deps.store.getPlanHeader(ownerId, planId);
  if (!current) throw planNotFound();
  // If-Match: * asks for the write whatever the version is; the store then writes unguarded.
  const expectedVersion = basis.version === 'any' ? null : basis.version;
  if (expectedVersion !== null && expectedVersion !== current.version) {
    throw planVersionConflict(await getPlan(deps, ownerId, planId), expectedVersion, basis.via);
  }
  if (input.id !== undefined && input.id !== current.id) throw planFieldMismatch('id', current.id);
  if (input.ownerId !== undefined && input.ownerId !== current.ownerId) {
    throw planFieldMismatch('ownerId', current.ownerId);
  }
  if (input.createdAt !== undefined && input.createdAt !== current.createdAt) {
    throw planFieldMismatch('createdAt', current.createdAt);
  }
  if (input.updatedAt !== undefined && input.updatedAt !== current.updatedAt) {
    throw planFieldMismatch('updatedAt', current.updatedAt);
  }
  assertValidContent(input.content);
  const result = await deps.store.updatePlan({
    ownerId,
    planId,
    expectedVersion,
    title: input.title,
    content: input.content,
    now: deps.now().toISOString(),
  });
  if (result.kind === 'not_found') throw planNotFound();
  if (result.kind === 'conflict') {
    throw planVersionConflict(
      result.current,
      expectedVersion ?? current.version,
      basis.via === 'body' ? 'body' : 'if-match',
    );
  }
  return result.value;
}

export async function deletePlan(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
  ifMatch: number | 'any' | null,
): Promise<void> {
  const expectedVersion = ifMatch === null || ifMatch === 'any' ? null : ifMatch;
  const result = await deps.store.deletePlan({ ownerId, planId, expectedVersion });
  if (result.kind === 'not_found') throw planNotFound();
  if (result.kind === 'conflict') {
    const current = await getPlan(deps, ownerId, planId);
    throw planVersionConflict(current, expectedVersion ?? current.version, 'if-match');
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
