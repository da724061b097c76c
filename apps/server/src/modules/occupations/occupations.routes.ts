import type { FastifyInstance } from 'fastify';
import {
  aboutResponseSchema,
  elementSearchQuerySchema,
  elementSearchResponseSchema,
  errorResponseSchema,
  occupationCodeParamsSchema,
  occupationProfileSchema,
  occupationSearchQuerySchema,
  occupationSearchResponseSchema,
  gapRequestSchema,
  gapResponseSchema,
  pathwaysQuerySchema,
  pathwaysResponseSchema,
  portfolioRequestSchema,
  portfolioResponseSchema,
  recommendationsRequestSchema,
  recommendationsResponseSchema,
  similarOccupationsResponseSchema,
  similarQuerySchema,
} from '@trailmap/contracts';
import { defineRoute, type RouteRegistry } from '../../http/route.ts';
import type { OccupationData } from './occupations.repository.ts';
import type { AiExposureSource } from '../ai-exposure/ai-exposure.repository.ts';
import { describeAiExposureSources } from '../ai-exposure/ai-exposure.usecases.ts';
import * as occupations from './occupations.usecases.ts';

const err = (description: string) => ({ description, schema: errorResponseSchema });
const unavailable = err(
  'The O*NET data is not installed (occupations.data_missing), still loading (occupations.loading, with Retry-After) or unreadable (occupations.data_invalid); the message says what to do',
);

export function registerOccupationRoutes(
  app: FastifyInstance,
  registry: RouteRegistry,
  data: OccupationData,
  version: string,
  aiExposure: AiExposureSource,
): void {
  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/about',
      operationId: 'about',
      summary:
        'What this server is, and the data it stands on (O*NET, the AI-exposure studies) with the attribution to show',
      tag: 'system',
      responses: {
        200: { description: 'Name, version and data sources', schema: aboutResponseSchema },
      },
    },
    async () => ({
      status: 200,
      body: {
        ...occupations.describeSources(data, 'Trailmap', version),
        aiExposureData: describeAiExposureSources(aiExposure),
      },
    }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/occupations/search',
      operationId: 'searchOccupations',
      summary: 'Find occupations by title, alternate title or reported title (typos forgiven)',
      tag: 'occupations',
      query: occupationSearchQuerySchema,
      responses: {
        200: {
          description: 'Occupations, best match first',
          schema: occupationSearchResponseSchema,
        },
        400: err('q is empty or too long, or limit is not 1–50'),
        503: unavailable,
      },
    },
    async ({ query }) => ({ status: 200, body: occupations.searchOccupations(data, query) }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/taxonomy/elements',
      operationId: 'searchElements',
      summary:
        'Find O*NET skills, knowledge, work activities and technologies by name (typos and partial words forgiven)',
      tag: 'occupations',
      query: elementSearchQuerySchema,
      responses: {
        200: { description: 'Elements, best match first', schema: elementSearchResponseSchema },
        400: err('q is empty or too long, taxonomy is unknown, or limit is not 1–50'),
        503: unavailable,
      },
    },
    async ({ query }) => ({ status: 200, body: occupations.searchTaxonomy(data, query) }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/occupations/:code',
      operationId: 'getOccupation',
      summary:
        'An occupation profile: tasks, skills, knowledge, styles, interests, job zone, technology',
      tag: 'occupations',
      params: occupationCodeParamsSchema,
      responses: {
        200: { description: 'The profile', schema: occupationProfileSchema },
        400: err('The code is not an O*NET-SOC code (NN-NNNN.NN)'),
        404: err('No such occupation'),
        503: unavailable,
      },
    },
    async ({ params }) => ({ status: 200, body: occupations.getOccupation(data, params.code) }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/occupations/:code/similar',
      operationId: 'similarOccupations',
      summary: 'Occupations most similar by their descriptors, each with shared strengths and gaps',
      tag: 'occupations',
      params: occupationCodeParamsSchema,
      query: similarQuerySchema,
      responses: {
        200: {
          description: 'Similar occupations, most similar first',
          schema: similarOccupationsResponseSchema,
        },
        400: err('The code or limit is not valid'),
        404: err('No such occupation'),
        422: err('The occupation has nothing to compare by'),
        503: unavailable,
      },
    },
    async ({ params, query }) => ({
      status: 200,
      body: occupations.findSimilarOccupations(data, params.code, query.limit),
    }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/occupations/:code/pathways',
      operationId: 'occupationPathways',
      summary:
        'Several different paths of close steps from this occupation to another, each step explained',
      tag: 'occupations',
      params: occupationCodeParamsSchema,
      query: pathwaysQuerySchema,
      responses: {
        200: { description: 'Paths, the cheapest first', schema: pathwaysResponseSchema },
        400: err('A code is not valid, k is not 1–5, or the path starts where it ends'),
        404: err('No such occupation'),
        422: err(
          'One of the occupations cannot be compared, or no path of close steps connects them',
        ),
        503: unavailable,
      },
    },
    async ({ params, query }) => ({
      status: 200,
      body: occupations.findOccupationPathways(data, params.code, query),
    }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/occupations/recommendations',
      operationId: 'recommendOccupations',
      summary:
        "Roles ranked for a person: current occupation adjusted by the plan's critical skills and audit",
      tag: 'occupations',
      body: recommendationsRequestSchema,
      responses: {
        200: { description: 'Roles, best first', schema: recommendationsResponseSchema },
        404: err('The current occupation does not exist'),
        422: err('The current occupation cannot be compared'),
        503: unavailable,
      },
    },
    async ({ body }) => ({ status: 200, body: occupations.recommendOccupations(data, body) }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/occupations/:code/gap',
      operationId: 'occupationGap',
      summary:
        "The skill gap to this occupation, by importance × shortfall, in the plan's own skills",
      tag: 'occupations',
      params: occupationCodeParamsSchema,
      body: gapRequestSchema,
      responses: {
        200: { description: 'The gap, largest first', schema: gapResponseSchema },
        404: err('No such occupation'),
        422: err('An occupation cannot be compared'),
        503: unavailable,
      },
    },
    async ({ params, body }) => ({
      status: 200,
      body: occupations.measureGapTo(data, params.code, body),
    }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/occupations/portfolio',
      operationId: 'suggestPortfolio',
      summary: 'Role portfolio suggestions: next steps, ideal, adjacent and cross-functional roles',
      tag: 'occupations',
      body: portfolioRequestSchema,
      responses: {
        200: { description: 'Suggestions per lane', schema: portfolioResponseSchema },
        404: err('The current or a target occupation does not exist'),
        422: err('No current occupation was given, or it cannot be compared'),
        503: unavailable,
      },
    },
    async ({ body }) => ({ status: 200, body: occupations.suggestRolePortfolio(data, body) }),
  );
}
