import type { AssistantSettings } from '@trailmap/db';
import type { AssistantDraftKind } from '@trailmap/contracts';
import { buildDraftPrompt } from '@trailmap/domain';
import type { UseCaseDeps } from '../deps.ts';
import { getPlan } from '../plans/plans.usecases.ts';
import { listProof } from '../proof/proof.usecases.ts';
import { assistantNotConfigured, nothingToDraftFrom } from './assistant.errors.ts';
import {
  listModels,
  openChatStream,
  type ChatChunk,
  type ClientTimeouts,
  type ModelEndpoint,
} from './openai-client.ts';

export interface AssistantDeps extends UseCaseDeps {
  readonly timeouts: ClientTimeouts;
}

/** What the API says about the settings: never the key, only whether one is set and its end. */
export function presentSettings(settings: AssistantSettings | null) {
  if (settings === null) return { configured: false as const };
  return {
    configured: true as const,
    baseUrl: settings.baseUrl,
    model: settings.model,
    apiKeySet: settings.apiKey !== null,
    apiKeyLast4:
      settings.apiKey !== null && settings.apiKey.length >= 8 ? settings.apiKey.slice(-4) : null,
    updatedAt: settings.updatedAt,
  };
}

export async function getSettings(deps: AssistantDeps, ownerId: string) {
  return presentSettings(await deps.store.getAssistantSettings(ownerId));
}

export async function saveSettings(
  deps: AssistantDeps,
  ownerId: string,
  input: { baseUrl: string; model: string; apiKey?: string | null | undefined },
) {
  // A key left out is kept only while the server stays the same: a key meant for one
  // host is never sent to another because the address changed.
  let apiKey = input.apiKey;
  if (apiKey === undefined) {
    const before = await deps.store.getAssistantSettings(ownerId);
    if (before !== null && originOf(before.baseUrl) !== originOf(input.baseUrl)) apiKey = null;
  }
  const saved = await deps.store.saveAssistantSettings({
    ownerId,
    baseUrl: input.baseUrl,
    model: input.model,
    apiKey,
    now: deps.now().toISOString(),
  });
  return presentSettings(saved);
}

const originOf = (url: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
};

export async function deleteSettings(deps: AssistantDeps, ownerId: string): Promise<void> {
  await deps.store.deleteAssistantSettings(ownerId);
}

/** The configured endpoint; nothing is ever sent without one. */
async function endpointOf(deps: AssistantDeps, ownerId: string): Promise<ModelEndpoint> {
  const settings = await deps.store.getAssistantSettings(ownerId);
  if (settings === null) throw assistantNotConfigured();
  return settings;
}

export async function checkConnection(deps: AssistantDeps, ownerId: string, signal: AbortSignal) {
  const endpoint = await endpointOf(deps, ownerId);
  const models = await listModels(endpoint, { signal, timeouts: deps.timeouts });
  return {
    ok: true as const,
    model: endpoint.model,
    modelListed: models.includes(endpoint.model),
    models: models.slice(0, 50),
  };
}

/**
 * Builds the prompt from the saved plan and starts the model's answer. Every
 * check (settings, plan, something to draft from, the server's first answer)
 * happens before this resolves, so they fail as plain HTTP errors; what goes
 * wrong later arrives as the stream's last event.
 */
export async function startDraft(
  deps: AssistantDeps,
  ownerId: string,
  request: { kind: AssistantDraftKind; planId: string },
  signal: AbortSignal,
): Promise<AsyncGenerator<ChatChunk, void, undefined>> {
  const endpoint = await endpointOf(deps, ownerId);
  const plan = await getPlan(deps, ownerId, request.planId);
  const proof =
    request.kind === 'proof-summary' ? await listProof(deps, ownerId, request.planId) : [];
  const prompt = buildDraftPrompt(request.kind, plan.content, proof);
  if (prompt.kind === 'nothing_to_draft_from') throw nothingToDraftFrom(prompt.message);
  return openChatStream(endpoint, prompt.messages, { signal, timeouts: deps.timeouts });
}
