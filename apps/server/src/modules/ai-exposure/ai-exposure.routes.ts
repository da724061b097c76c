import type { FastifyInstance } from 'fastify';
import {
  aiExposureBatchRequestSchema,
  aiExposureBatchResponseSchema,
  backpackRequestSchema,
  backpackResponseSchema,
  errorResponseSchema,
  occupationAiExposureSchema,
  occupationCodeParamsSchema,
  taskMatchRequestSchema,
  taskMatchResponseSchema,
} from '@trailmap/contracts';
import { defineRoute, type RouteRegistry } from '../../http/route.ts';
import * as exposure from './ai-exposure.usecases.ts';

const err = (description: string) => ({ description, schema: errorResponseSchema });
const unavailable = err(
  'The AI-exposure studies are not installed (ai_exposure.data_missing, the message says how to add them), still loading (ai_exposure.loading, with Retry-After) or unreadable (ai_exposure.data_invalid)',
);

export function registerAiExposureRoutes(
  app: FastifyInstance,
  registry: RouteRegistry,
  deps: exposure.AiExposureDeps,
): void {
  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/ai-exposure/occupations/:code',
      operationId: 'getOccupationAiExposure',
      summary:
        'Published AI-exposure figures of an occupation ("GPTs are GPTs" exposure, "Working with AI" applicability) and its task-level labels, each with its caveats and attribution',
      tag: 'ai-exposure',
      params: occupationCodeParamsSchema,
      responses: {
        200: { description: 'The figures', schema: occupationAiExposureSchema },
        400: err('The code is not an O*NET-SOC code (NN-NNNN.NN)'),
        404: err('Neither O*NET nor the studies know the occupation'),
        503: unavailable,
      },
    },
    async ({ params }) => ({
      status: 200,
      body: exposure.getOccupationExposure(deps, params.code),
    }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/ai-exposure/occupations',
      operationId: 'getOccupationsAiExposure',
      summary:
        'AI-exposure figures of several occupations at once (current role, target roles, portfolio cards)',
      tag: 'ai-exposure',
      body: aiExposureBatchRequestSchema,
      responses: {
        200: {
          description: 'The figures, in the order asked, each code once',
          schema: aiExposureBatchResponseSchema,
        },
        400: err('codes is empty, too long, or holds something that is not an O*NET-SOC code'),
        404: err('Some codes are unknown (details.unknownCodes lists them)'),
        503: unavailable,
      },
    },
    async ({ body }) => ({ status: 200, body: exposure.getOccupationsExposure(deps, body) }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/ai-exposure/tasks/match',
      operationId: 'matchEdaTasks',
      summary:
        "EDA meets AI: each recurring task matched to the occupation's closest O*NET tasks and work activities, their exposure, and Automate where exposure is high and value low",
      tag: 'ai-exposure',
      body: taskMatchRequestSchema,
      responses: {
        200: {
          description: 'Matches per task, with the rule explained',
          schema: taskMatchResponseSchema,
        },
        400: err(
          'The code is malformed, tasks is empty or has more than 100 items, or a task lacks a name or value',
        ),
        404: err('No such occupation in O*NET (occupations.not_found)'),
        503: err(
          'The AI-exposure studies (ai_exposure.*) or the O*NET data (occupations.*) are missing or still loading; the message says which and what to do',
        ),
      },
    },
    async ({ body }) => ({ status: 200, body: exposure.matchEdaTasks(deps, body) }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/ai-exposure/backpack',
      operationId: 'suggestAiBackpack',
      summary:
        'The AI backpack: kinds of AI assistance (drafting, summarising, data analysis, coding assistance, meeting notes, research, tutoring …) for tasks marked Automate and for critical skills, derived from the matched work activities',
      tag: 'ai-exposure',
      body: backpackRequestSchema,
      responses: {
        200: {
          description: 'Suggestions per task and skill, with the rule explained',
          schema: backpackResponseSchema,
        },
        400: err(
          'The code is malformed, there is no task and no skill, or too many, or one lacks a name',
        ),
        404: err('No such occupation in O*NET (occupations.not_found)'),
        503: err(
          'The AI-exposure studies (ai_exposure.*) or the O*NET data (occupations.*) are missing or still loading; the message says which and what to do',
        ),
      },
    },
    async ({ body }) => ({ status: 200, body: exposure.suggestBackpack(deps, body) }),
  );
}
