import type { FastifyInstance } from 'fastify';
import {
  coachJobTitlesRequestSchema,
  coachJobTitlesResponseSchema,
  coachPlanResponseSchema,
  coachValuesRequestSchema,
  coachValuesResponseSchema,
  errorResponseSchema,
  planContentSchema,
} from '@trailmap/contracts';
import { defineRoute, type RouteRegistry } from '../../http/route.ts';
import type { OccupationData } from '../occupations/occupations.repository.ts';
import * as coach from './coach.usecases.ts';

const err = (description: string) => ({ description, schema: errorResponseSchema });

export function registerCoachRoutes(
  app: FastifyInstance,
  registry: RouteRegistry,
  data: OccupationData,
): void {
  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/coach/job-titles',
      operationId: 'findJobTitles',
      summary:
        'Find job titles (O*NET titles and alternate titles) named in a text, with their offsets',
      tag: 'coach',
      body: coachJobTitlesRequestSchema,
      responses: {
        200: {
          description:
            'Titles found, in text order; start/end are UTF-16 offsets into the text as sent; code is null when the words name several occupations',
          schema: coachJobTitlesResponseSchema,
        },
        400: err('text is missing, not a string, empty or longer than 5,000 characters'),
        503: err(
          'The O*NET titles are not installed (occupations.data_missing), still loading (occupations.loading, with Retry-After) or unreadable',
        ),
      },
    },
    async ({ body }) => ({ status: 200, body: coach.findJobTitles(data, body.text) }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/coach/values',
      operationId: 'analyzeValues',
      summary: 'Tell which values are present-tense verb phrases and propose verbs for the others',
      tag: 'coach',
      body: coachValuesRequestSchema,
      responses: {
        200: {
          description: 'One result per value, in the order sent',
          schema: coachValuesResponseSchema,
        },
        400: err(
          'values is missing, not a list of texts, empty, holds an empty or too long value, or has more than 20',
        ),
      },
    },
    async ({ body }) => ({ status: 200, body: coach.analyzeValues(body.values) }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/coach/plan',
      operationId: 'coachPlan',
      summary: 'Run every rule of the offline coach over a plan; findings grouped by step',
      tag: 'coach',
      body: planContentSchema,
      responses: {
        200: {
          description:
            'Findings per step with counts by severity; jobTitlesChecked is false while the O*NET titles are not loaded',
          schema: coachPlanResponseSchema,
        },
        400: err('The body is not plan content (the message names the first field at fault)'),
      },
    },
    async ({ body }) => ({ status: 200, body: coach.coachWholePlan(data, body) }),
  );
}
