import type { FastifyInstance } from 'fastify';
import {
  createPlanRequestSchema,
  errorResponseSchema,
  planIdParamsSchema,
  planListResponseSchema,
  planRevisionSchema,
  planSchema,
  revisionListResponseSchema,
  revisionParamsSchema,
  updatePlanRequestSchema,
} from '@trailmap/contracts';
import { ifNoneMatchHolds, parseIfMatch, preconditionOf } from '../../http/etag.ts';
import { defineRoute, type RouteRegistry } from '../../http/route.ts';
import { ownerOf } from '../../http/owner.ts';
import type { UseCaseDeps } from '../deps.ts';
import type { PlanBodyCache } from './plans.presenters.ts';
import { presentCachedPlan, presentNotModified, presentPlan } from './plans.presenters.ts';
import * as plans from './plans.usecases.ts';

const err = (description: string) => ({ description, schema: errorResponseSchema });
const ifMatchHeader = {
  name: 'If-Match',
  description:
    'The ETag (version) the edit is based on, e.g. "3". A stale value is refused with 412.',
};

export function registerPlanRoutes(
  app: FastifyInstance,
  registry: RouteRegistry,
  deps: UseCaseDeps,
  cache: PlanBodyCache,
): void {
  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/plans',
      operationId: 'listPlans',
      summary: 'List your plans with their completeness per step',
      tag: 'plans',
      responses: {
        200: {
          description: 'Your plans, most recently changed first',
          schema: planListResponseSchema,
        },
      },
    },
    async ({ request }) => ({
      status: 200,
      body: { plans: await plans.listPlans(deps, ownerOf(request)) },
    }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/plans',
      operationId: 'createPlan',
      summary: 'Create a plan (empty, or from given content)',
      tag: 'plans',
      body: createPlanRequestSchema,
      responses: {
        201: { description: 'The new plan', schema: planSchema, headers: ['ETag', 'Location'] },
        400: err('The body is not valid'),
        422: err('The content breaks a rule of the method'),
      },
    },
    async ({ request, body }) => {
      const plan = await plans.createPlan(deps, ownerOf(request), body);
      return presentPlan(plan, cache, 201, { Location: `/api/plans/${plan.id}` });
    },
  );

  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/plans/:planId',
      operationId: 'getPlan',
      summary: 'Read a plan; the body can be sent back unchanged with PUT',
      tag: 'plans',
      params: planIdParamsSchema,
      requestHeaders: [
        {
          name: 'If-None-Match',
          description: 'An ETag you hold; answered with 304 while it is current.',
        },
      ],
      responses: {
        200: { description: 'The plan', schema: planSchema, headers: ['ETag'] },
        304: {
          description: 'If-None-Match names the current version: the copy you hold is current',
          headers: ['ETag'],
        },
        404: err('No such plan'),
      },
    },
    async ({ request, params }) => {
      const ownerId = ownerOf(request);
      const version = await plans.getPlanVersion(deps, ownerId, params.planId);
      if (ifNoneMatchHolds(request.headers['if-none-match'], version))
        return presentNotModified(version);
      const cached = cache.get(ownerId, params.planId, version);
      if (cached !== undefined) return presentCachedPlan(cached, version);
      return presentPlan(await plans.getPlan(deps, ownerId, params.planId), cache);
    },
  );

  defineRoute(
    app,
    registry,
    {
      method: 'PUT',
      url: '/api/plans/:planId',
      operationId: 'savePlan',
      summary: 'Save a plan, guarded by its version (If-Match or body "version")',
      tag: 'plans',
      params: planIdParamsSchema,
      body: updatePlanRequestSchema,
      requestHeaders: [ifMatchHeader],
      responses: {
        200: {
          description: 'The saved plan at its new version',
          schema: planSchema,
          headers: ['ETag'],
        },
        400: err('The body is not valid, or a read-only field was changed'),
        404: err('No such plan'),
        409: err('The body version is stale; details.current holds the current plan'),
        412: err('If-Match is stale; details.current holds the current plan'),
        422: err('The content breaks a rule of the method'),
        428: err('Neither If-Match nor a body version was sent'),
      },
    },
    async ({ request, params, body }) => {
      const basis = preconditionOf(
        parseIfMatch(request.headers['if-match']),
        body.version,
        'plan.version_mismatch',
      );
      return presentPlan(
        await plans.savePlan(deps, ownerOf(request), params.planId, basis, body),
        cache,
      );
    },
  );

  defineRoute(
    app,
    registry,
    {
      method: 'DELETE',
      url: '/api/plans/:planId',
      operationId: 'deletePlan',
      summary: 'Delete a plan with its history, iterations and proof',
      tag: 'plans',
      params: planIdParamsSchema,
      requestHeaders: [
        { ...ifMatchHeader, description: 'Optional: delete only if still at this version.' },
      ],
      responses: {
        204: { description: 'Deleted' },
        404: err('No such plan'),
        412: err('If-Match is stale'),
      },
    },
    async ({ request, params }) => {
      await plans.deletePlan(
        deps,
        ownerOf(request),
        params.planId,
        parseIfMatch(request.headers['if-match']),
      );
      cache.forget(params.planId);
      return { status: 204 };
    },
  );

  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/plans/:planId/revisions',
      operationId: 'listRevisions',
      summary: 'List the saved revisions of a plan, newest first',
      tag: 'revisions',
      params: planIdParamsSchema,
      responses: {
        200: { description: 'The revisions', schema: revisionListResponseSchema },
        404: err('No such plan'),
      },
    },
    async ({ request, params }) => ({
      status: 200,
      body: { revisions: await plans.listRevisions(deps, ownerOf(request), params.planId) },
    }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/plans/:planId/revisions/:version',
      operationId: 'getRevision',
      summary: 'Read one past revision of a plan',
      tag: 'revisions',
      params: revisionParamsSchema,
      responses: {
        200: { description: 'The revision', schema: planRevisionSchema },
        400: err('The revision number is not a positive whole number'),
        404: err('No such plan or revision'),
      },
    },
    async ({ request, params }) => ({
      status: 200,
      body: await plans.getRevision(deps, ownerOf(request), params.planId, params.version),
    }),
  );
}
