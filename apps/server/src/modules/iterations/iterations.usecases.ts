import { compareStrategies } from '@trailmap/domain';
import type { StrategyIteration } from '@trailmap/domain';
import { AppError, notFound } from '../../http/app-error.ts';
import type { UseCaseDeps } from '../deps.ts';
import { planNotFound } from '../plans/plans.errors.ts';

const iterationNotFound = (): AppError =>
  notFound('This strategy iteration', 'iteration.not_found');

/** Keeps the plan's current strategy as a named iteration. */
export async function createIteration(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
  name: string,
): Promise<StrategyIteration> {
  const result = await deps.store.createIteration({
    id: deps.newId(),
    ownerId,
    planId,
    name,
    now: deps.now().toISOString(),
  });
  if (result.kind === 'not_found') throw planNotFound();
  if (result.kind === 'name_taken') {
    throw new AppError(
      409,
      'iteration.name_taken',
      `This plan already has an iteration named "${name}". Choose another name, e.g. "${name} (2)".`,
      {
        problems: [
          {
            path: ['name'],
            code: 'name_taken',
            message: 'This name is already used in this plan.',
          },
        ],
      },
    );
  }
  return result.value;
}

export async function listIterations(deps: UseCaseDeps, ownerId: string, planId: string) {
  const iterations = await deps.store.listIterations(ownerId, planId);
  if (!iterations) throw planNotFound();
  return iterations;
}

export async function getIteration(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
  iterationId: string,
): Promise<StrategyIteration> {
  const iteration = await deps.store.getIteration(ownerId, planId, iterationId);
  if (iteration) return iteration;
  if ((await deps.store.getPlanVersion(ownerId, planId)) === null) throw planNotFound();
  throw iterationNotFound();
}

/** Two iterations side by side, with what changed from `a` to `b`. */
export async function compareIterations(
  deps: UseCaseDeps,
  ownerId: string,
  planId: string,
  aId: string,
  bId: string,
) {
  const [a, b] = await Promise.all([
    getIteration(deps, ownerId, planId, aId),
    getIteration(deps, ownerId, planId, bId),
  ]);
  return { a, b, changes: compareStrategies(a.strategy, b.strategy) };
}
