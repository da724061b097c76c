import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import {
  assistantCheckResponseSchema,
  assistantDraftEventSchema,
  assistantDraftRequestSchema,
  assistantSettingsRequestSchema,
  assistantSettingsResponseSchema,
  errorResponseSchema,
  type AssistantDraftEvent,
} from '@trailmap/contracts';
import { AppError } from '../../http/app-error.ts';
import { ownerOf } from '../../http/owner.ts';
import { defineRoute, type RouteRegistry } from '../../http/route.ts';
import * as assistant from './assistant.usecases.ts';
import type { AssistantDeps } from './assistant.usecases.ts';
import type { ChatChunk } from './openai-client.ts';

const err = (description: string) => ({ description, schema: errorResponseSchema });

const UPSTREAM_ERRORS = {
  409: err('No language model is configured (assistant.not_configured); nothing was sent'),
  502: err(
    'The model server refused or failed: assistant.unauthorized (bad key), assistant.not_found (unknown model or path), assistant.rate_limited, assistant.unreachable, assistant.malformed_stream, assistant.upstream_error',
  ),
  504: err('The model server did not answer in time (assistant.timeout)'),
};

/** Aborted when the client goes away before the answer is complete, so the model server stops too. */
function abortOnClose(raw: NodeJS.EventEmitter): AbortController {
  const controller = new AbortController();
  raw.once('close', () => controller.abort());
  return controller;
}

/**
 * The draft as NDJSON: a line per piece, then `done` or, if it breaks off,
 * `error`. When the person stops the draft, the reply's close aborts the
 * model's request (abortOnClose), which ends this loop.
 */
function ndjsonOf(chunks: AsyncGenerator<ChatChunk, void, undefined>): PassThrough {
  const out = new PassThrough();
  const line = (event: AssistantDraftEvent) => out.write(`${JSON.stringify(event)}\n`);
  void (async () => {
    let text = '';
    try {
      for await (const chunk of chunks) {
        if (out.destroyed) break;
        if (chunk.type === 'delta') {
          text += chunk.text;
          line({ type: 'delta', text: chunk.text });
        } else line({ type: 'done', text, finishReason: chunk.finishReason });
      }
    } catch (error) {
      if (!out.destroyed)
        line(
          error instanceof AppError
            ? { type: 'error', code: error.code, message: error.message }
            : {
                type: 'error',
                code: 'internal.error',
                message: 'The draft broke off on our side. Try again.',
              },
        );
    } finally {
      if (!out.destroyed) out.end();
    }
  })();
  return out;
}

export function registerAssistantRoutes(
  app: FastifyInstance,
  registry: RouteRegistry,
  deps: AssistantDeps,
): void {
  defineRoute(
    app,
    registry,
    {
      method: 'GET',
      url: '/api/assistant/settings',
      operationId: 'getAssistantSettings',
      summary: 'The optional language model: whether one is configured, and where (never the key)',
      tag: 'assistant',
      responses: {
        200: { description: 'The settings', schema: assistantSettingsResponseSchema },
      },
    },
    async ({ request }) => ({
      status: 200,
      body: await assistant.getSettings(deps, ownerOf(request)),
      headers: { 'Cache-Control': 'no-store' },
    }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'PUT',
      url: '/api/assistant/settings',
      operationId: 'saveAssistantSettings',
      summary:
        'Configure an OpenAI-compatible chat endpoint (apiKey: absent keeps it, null removes it)',
      tag: 'assistant',
      body: assistantSettingsRequestSchema,
      responses: {
        200: { description: 'The settings as saved', schema: assistantSettingsResponseSchema },
        400: err('The base URL, model or key is not valid'),
      },
    },
    async ({ request, body }) => ({
      status: 200,
      body: await assistant.saveSettings(deps, ownerOf(request), body),
      headers: { 'Cache-Control': 'no-store' },
    }),
  );

  defineRoute(
    app,
    registry,
    {
      method: 'DELETE',
      url: '/api/assistant/settings',
      operationId: 'deleteAssistantSettings',
      summary: 'Turn the language model off: forget the endpoint and its key',
      tag: 'assistant',
      responses: { 204: { description: 'Off (also when it was already off)' } },
    },
    async ({ request }) => {
      await assistant.deleteSettings(deps, ownerOf(request));
      return { status: 204 };
    },
  );

  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/assistant/settings/check',
      operationId: 'checkAssistantConnection',
      summary:
        'Ask the configured server for its models: does it answer, and does it know the model',
      tag: 'assistant',
      responses: {
        200: { description: 'The server answered', schema: assistantCheckResponseSchema },
        ...UPSTREAM_ERRORS,
      },
    },
    async ({ request, reply }) => {
      const controller = abortOnClose(reply.raw);
      return {
        status: 200,
        body: await assistant.checkConnection(deps, ownerOf(request), controller.signal),
      };
    },
  );

  defineRoute(
    app,
    registry,
    {
      method: 'POST',
      url: '/api/assistant/drafts',
      operationId: 'draftWithAssistant',
      summary:
        'Draft from the plan with the configured model, streamed as NDJSON (delta lines, then done or error)',
      tag: 'assistant',
      body: assistantDraftRequestSchema,
      responses: {
        200: {
          description:
            'One JSON object per line as the model writes: {"type":"delta"}…, then {"type":"done"} or {"type":"error"}',
          schema: assistantDraftEventSchema,
          contentType: 'application/x-ndjson',
        },
        404: err('No such plan'),
        422: err('The plan has nothing to draft from yet (assistant.nothing_to_draft_from)'),
        ...UPSTREAM_ERRORS,
      },
    },
    async ({ request, reply, body }) => {
      const controller = abortOnClose(reply.raw);
      const chunks = await assistant.startDraft(deps, ownerOf(request), body, controller.signal);
      return {
        status: 200,
        body: ndjsonOf(chunks),
        headers: {
          'Content-Type': 'application/x-ndjson; charset=utf-8',
          'Cache-Control': 'no-store',
          // Proxies such as nginx would otherwise hold the lines back.
          'X-Accel-Buffering': 'no',
        },
      };
    },
  );
}
