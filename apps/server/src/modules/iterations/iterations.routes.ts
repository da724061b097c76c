import type { FastifyInstance } from 'fastify';
import {
  compareIterationsQuerySchema,
  createIterationRequestSchema,
  errorResponseSchema,
  iterationComparisonResponseSchema,
  iterationListResponseSchema,
  iterationParamsSchema,
  planIdParamsSchema,
  strategyIterationSchema,
} from '@trailmap/contracts';
import { ownerOf } from '../../http/owner.ts';
import { defineRoute, type RouteRegistry } from '../../http/route.ts';
import type { UseCaseDeps } from '../deps.ts';
import * as iterations from './iterations.usecases.ts';

const err = (description: string) => ({ description, schema: errorResponseSchema });

export function registerIterationRoutes(
  app: FastifyInstance,
  registry: RouteRegistry,
  deps: UseCaseDeps,
): void {
  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/plans/:planId/iterations',
      operationId: 'createIteration',
      summary: "Keep the plan's current strategy as a named iteration",
      tag: 'iterations',
      params: planIdParamsSchema,
      body: createIterationRequestSchema,
      responses: {
        201: {
          description: 'The iteration',
          schema: strategyIterationSchema,
          headers: ['Location'],
        },
        400: err('The name is missing or too long'),
        404: err('No such plan'),
        409: err('The name is already used in this plan'),
      },
    },
    async ({ request, params, body }) => {
      const iteration = await iterations.createIteration(
        deps,
        ownerOf(request),
        params.planId,
        body.name,
      );
      return {
        status: 201,
        body: iteration,
        headers: { Location: `/api/plans/${params.planId}/iterations/${iteration.id}` },
      };
    },
  );

  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/plans/:planId/iterations',
      operationId: 'listIterations',
      summary: 'List strategy iterations, oldest first',
      tag: 'iterations',
      params: planIdParamsSchema,
      responses: {
        200: { description: 'The iterations', schema: iterationListResponseSchema },
        404: err('No such plan'),
      },
    },
    async ({ request, params }) => ({
      status: 200,
      body: { iterations: await iterations.listIterations(deps, ownerOf(request), params.planId) },
    }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/plans/:planId/iterations/compare',
      operationId: 'compareIterations',
      summary: 'Compare two iterations side by side (what changed from a to b)',
      tag: 'iterations',
      params: planIdParamsSchema,
      query: compareIterationsQuerySchema,
      responses: {
        200: {
          description: 'Both iterations and their differences',
          schema: iterationComparisonResponseSchema,
        },
        400: err('a or b is missing'),
        404: err('No such plan or iteration'),
      },
    },
    async ({ request, params, query }) => ({
      status: 200,
      body: await iterations.compareIterations(
        deps,
        ownerOf(request),
        params.planId,
        query.a,
        query.b,
      ),
    }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/plans/:planId/iterations/:iterationId',
      operationId: 'getIteration',
      summary: 'Read one strategy iteration',
      tag: 'iterations',
      params: iterationParamsSchema,
      responses: {
        200: { description: 'The iteration', schema: strategyIterationSchema },
        404: err('No such plan or iteration'),
      },
    },
    async ({ request, params }) => ({
      status: 200,
      body: await iterations.getIteration(
        deps,
        ownerOf(request),
        params.planId,
        params.iterationId,
      ),
    }),
  );
}
