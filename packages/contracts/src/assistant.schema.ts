import { z } from 'zod';
import { resourceIdSchema } from './plans.schema.ts';

/**
 * The optional language model (decision 0020): an OpenAI-compatible chat
 * endpoint the person configures, and the drafts the coach asks it for. The
 * key goes in and never comes back out: responses say only whether one is
 * set and its last four characters.
 */

export const MAX_ASSISTANT_URL = 2000;
export const MAX_ASSISTANT_MODEL = 200;
export const MAX_ASSISTANT_KEY = 1000;

/** Why a base URL cannot be used, in words that say what to fix; null when it can. */
export function problemWithBaseUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'The base URL is not a web address; write it in full, e.g. http://localhost:11434/v1.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `The base URL must start with http:// or https:// (not ${url.protocol}//).`;
  if (url.username !== '' || url.password !== '')
    return 'Leave the user name and password out of the base URL; put a key in the API key field.';
  if (url.search !== '' || url.hash !== '')
    return 'Leave ?query and #fragment out of the base URL; it ends where /chat/completions would follow, e.g. …/v1.';
  return null;
}

export const assistantSettingsRequestSchema = z.strictObject({
  baseUrl: z
    .string({
      error: 'baseUrl is the server’s address as a string, e.g. "http://localhost:11434/v1".',
    })
    .trim()
    .min(1, 'Give the base URL of the server, e.g. http://localhost:11434/v1 for Ollama.')
    .max(MAX_ASSISTANT_URL, `Keep the base URL under ${MAX_ASSISTANT_URL} characters.`)
    .superRefine((text, ctx) => {
      const problem = problemWithBaseUrl(text);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    })
    // `…/v1/` and `…/v1` are the same server: paths are joined without a doubled slash.
    .transform((text) => text.replace(/\/+$/, '')),
  model: z
    .string({ error: 'model is the model’s name as a string, e.g. "llama3.2".' })
    .trim()
    .min(1, 'Name the model to use, e.g. llama3.2 (Ollama) or gpt-4o-mini.')
    .max(MAX_ASSISTANT_MODEL, `Keep the model name under ${MAX_ASSISTANT_MODEL} characters.`),
  /** Absent keeps the stored key, null removes it, a string replaces it. */
  apiKey: z
    .string({ error: 'apiKey is the key as a string, or null to remove it.' })
    .trim()
    .min(
      1,
      'The API key is empty; leave apiKey out to keep the stored one, or send null to remove it.',
    )
    .max(MAX_ASSISTANT_KEY, `An API key is at most ${MAX_ASSISTANT_KEY} characters.`)
    .refine((key) => !/\s/.test(key), 'An API key has no spaces or line breaks; paste it again.')
    .nullable()
    .optional(),
});

export const assistantSettingsResponseSchema = z.discriminatedUnion('configured', [
  z.strictObject({ configured: z.literal(false) }),
  z.strictObject({
    configured: z.literal(true),
    baseUrl: z.string(),
    model: z.string(),
    apiKeySet: z.boolean(),
    /** The key's last four characters, so a person can tell which key is in use. */
    apiKeyLast4: z.string().nullable(),
    updatedAt: z.string(),
  }),
]);

export const assistantCheckResponseSchema = z.strictObject({
  ok: z.literal(true),
  model: z.string(),
  /** Whether the server lists the configured model among its models. */
  modelListed: z.boolean(),
  /** The models the server lists (at most 50). */
  models: z.array(z.string()),
});

export const ASSISTANT_DRAFT_KINDS = [
  'value-proposition',
  'value-verbs',
  'vision-stretch',
  'proof-summary',
  'proposition-critique',
  'vision-critique',
] as const;
export type AssistantDraftKind = (typeof ASSISTANT_DRAFT_KINDS)[number];

export const assistantDraftRequestSchema = z.strictObject({
  kind: z.enum(ASSISTANT_DRAFT_KINDS, {
    error: `kind is one of ${ASSISTANT_DRAFT_KINDS.join(', ')}.`,
  }),
  planId: resourceIdSchema,
});

/** One line of the NDJSON stream a draft answers with. */
export const assistantDraftEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('delta'), text: z.string() }),
  z.strictObject({
    type: z.literal('done'),
    /** The whole draft, as the deltas add up. */
    text: z.string(),
    finishReason: z.string().nullable(),
  }),
  z.strictObject({ type: z.literal('error'), code: z.string(), message: z.string() }),
]);
