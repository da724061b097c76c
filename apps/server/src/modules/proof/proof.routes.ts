import type { FastifyInstance } from 'fastify';
import {
  errorResponseSchema,
  planIdParamsSchema,
  proofEntryInputSchema,
  proofEntrySchema,
  proofListResponseSchema,
  proofParamsSchema,
  updateProofRequestSchema,
} from '@trailmap/contracts';
import type { ProofEntry } from '@trailmap/domain';
import { etagOf, parseIfMatch, preconditionOf } from '../../http/etag.ts';
import { ownerOf } from '../../http/owner.ts';
import { defineRoute, type RouteRegistry, type RouteResult } from '../../http/route.ts';
import type { UseCaseDeps } from '../deps.ts';
import * as proof from './proof.usecases.ts';

const err = (description: string) => ({ description, schema: errorResponseSchema });
const present = (
  entry: ProofEntry,
  status = 200,
  headers: Record<string, string> = {},
): RouteResult => ({
  status,
  body: entry,
  headers: { ETag: etagOf(entry.version), ...headers },
});

export function registerProofRoutes(
  app: FastifyInstance,
  registry: RouteRegistry,
  deps: UseCaseDeps,
): void {
  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/plans/:planId/proof',
      operationId: 'listProof',
      summary: 'The proof log: dated wins and evidence, newest first',
      tag: 'proof',
      params: planIdParamsSchema,
      responses: {
        200: { description: 'The entries', schema: proofListResponseSchema },
        404: err('No such plan'),
      },
    },
    async ({ request, params }) => ({
      status: 200,
      body: { entries: await proof.listProof(deps, ownerOf(request), params.planId) },
    }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/plans/:planId/proof',
      operationId: 'createProof',
      summary: 'Log a win, linked to skills and actions of the plan',
      tag: 'proof',
      params: planIdParamsSchema,
      body: proofEntryInputSchema,
      responses: {
        201: { description: 'The entry', schema: proofEntrySchema, headers: ['ETag', 'Location'] },
        400: err('The body is not valid'),
        404: err('No such plan'),
        422: err('A linked skill or action is not in the plan'),
      },
    },
    async ({ request, params, body }) => {
      const entry = await proof.createProof(deps, ownerOf(request), params.planId, body);
      return present(entry, 201, { Location: `/api/plans/${params.planId}/proof/${entry.id}` });
    },
  );

  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/plans/:planId/proof/:proofId',
      operationId: 'getProof',
      summary: 'Read one proof entry',
      tag: 'proof',
      params: proofParamsSchema,
      responses: {
        200: { description: 'The entry', schema: proofEntrySchema, headers: ['ETag'] },
        404: err('No such plan or entry'),
      },
    },
    async ({ request, params }) =>
      present(await proof.getProof(deps, ownerOf(request), params.planId, params.proofId)),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'PUT',
      url: '/api/plans/:planId/proof/:proofId',
      operationId: 'updateProof',
      summary: 'Change a proof entry, guarded by its version (If-Match or body "version")',
      tag: 'proof',
      params: proofParamsSchema,
      body: updateProofRequestSchema,
      requestHeaders: [{ name: 'If-Match', description: 'The ETag the edit is based on.' }],
      responses: {
        200: { description: 'The entry', schema: proofEntrySchema, headers: ['ETag'] },
        400: err('The body is not valid'),
        404: err('No such plan or entry'),
        409: err('The body version is stale'),
        412: err('If-Match is stale'),
        422: err('A linked skill or action is not in the plan'),
        428: err('Neither If-Match nor a body version was sent'),
      },
    },
    async ({ request, params, body }) =>
      present(
        await proof.updateProof(
          deps,
          ownerOf(request),
          params.planId,
          params.proofId,
          preconditionOf(
            parseIfMatch(request.headers['if-match']),
            body.version,
            'proof.version_mismatch',
          ),
          body,
        ),
      ),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'DELETE',
      url: '/api/plans/:planId/proof/:proofId',
      operationId: 'deleteProof',
      summary: 'Delete a proof entry',
      tag: 'proof',
      params: proofParamsSchema,
      requestHeaders: [
        { name: 'If-Match', description: 'Optional: delete only if still at this version.' },
      ],
      responses: {
        204: { description: 'Deleted' },
        404: err('No such plan or entry'),
        412: err('If-Match is stale'),
      },
    },
    async ({ request, params }) => {
      await proof.deleteProof(
        deps,
        ownerOf(request),
        params.planId,
        params.proofId,
        parseIfMatch(request.headers['if-match']),
      );
      return { status: 204 };
    },
  );
}
