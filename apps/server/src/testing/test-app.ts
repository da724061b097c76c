import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import type { ClientTimeouts } from '../modules/assistant/openai-client.ts';
import type { TestStore } from './test-stores.ts';

/** An app on a real store with a fixed clock that ticks a second per call and counted ids. */
export async function createTestApp(
  opened: TestStore,
  options: { bodyLimitBytes?: number; assistantTimeouts?: ClientTimeouts } = {},
) {
  let tick = 0;
  let id = 0;
  const app: FastifyInstance = await buildApp({
    store: opened.store,
    now: () => new Date(Date.UTC(2026, 10, 21, 9, 0, tick++)),
    newId: () => `id-${String(++id).padStart(4, '0')}`,
    webDistDir: null,
    ...(options.bodyLimitBytes ? { bodyLimitBytes: options.bodyLimitBytes } : {}),
    ...(options.assistantTimeouts ? { assistantTimeouts: options.assistantTimeouts } : {}),
  });
  await app.ready();
  return app;
}
