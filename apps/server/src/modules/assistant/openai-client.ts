import type { ChatMessage } from '@trailmap/domain';
import { AppError } from '../../http/app-error.ts';
import { SseDataReader } from './sse.ts';

/**
 * A small client for OpenAI-compatible servers (OpenAI, Ollama, LM Studio,
 * llama.cpp, vLLM …), over Node's fetch: `POST {baseUrl}/chat/completions`
 * with `stream: true` and `GET {baseUrl}/models`. Every failure becomes an
 * AppError with a stable `assistant.*` code and a message that says what to
 * fix (decision 0020).
 */

export interface ModelEndpoint {
  readonly baseUrl: string;
  readonly model: string;
  readonly apiKey: string | null;
}

export interface ClientTimeouts {
  /** From sending the request to the response's headers (connecting, loading the model). */
  readonly responseMs: number;
  /** Longest silence between two pieces of a streamed answer. */
  readonly idleMs: number;
}

export const DEFAULT_TIMEOUTS: ClientTimeouts = { responseMs: 60_000, idleMs: 30_000 };

/** One step of a streamed answer. */
export type ChatChunk =
  | { readonly type: 'delta'; readonly text: string }
  | { readonly type: 'done'; readonly finishReason: string | null };

const hostOf = (endpoint: ModelEndpoint): string => {
  try {
    return new URL(endpoint.baseUrl).host;
  } catch {
    return endpoint.baseUrl;
  }
};

const upstream = (code: string, message: string, status = 502): AppError =>
  new AppError(status, `assistant.${code}`, message);

/** Aborts on the caller's signal or a timer; remembers which, so the error can say so. */
class Deadline {
  readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  reason: 'response_timeout' | 'idle_timeout' | 'cancelled' | null = null;

  constructor(signal: AbortSignal | undefined) {
    if (signal?.aborted) this.abort('cancelled');
    signal?.addEventListener('abort', () => this.abort('cancelled'), { once: true });
  }

  arm(ms: number, reason: 'response_timeout' | 'idle_timeout'): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.abort(reason), ms);
  }

  clear(): void {
    clearTimeout(this.timer);
  }

  private abort(reason: NonNullable<Deadline['reason']>): void {
    if (this.reason !== null) return;
    this.reason = reason;
    this.clear();
    this.controller.abort();
  }

  /** The error to report for a failure while this deadline was running. */
  describe(error: unknown, endpoint: ModelEndpoint, timeouts: ClientTimeouts): AppError {
    const host = hostOf(endpoint);
    if (this.reason === 'response_timeout')
      return upstream(
        'timeout',
        `The model server at ${host} did not answer within ${seconds(timeouts.responseMs)}. Check that it is running and the model is loaded, then try again.`,
        504,
      );
    if (this.reason === 'idle_timeout')
      return upstream(
        'timeout',
        `The model server at ${host} stopped sending for ${seconds(timeouts.idleMs)} in the middle of its answer. Try again; a smaller model answers faster.`,
        504,
      );
    if (this.reason === 'cancelled') return upstream('cancelled', 'The draft was stopped.', 499);
    if (error instanceof AppError) return error;
    return unreachable(error, host);
  }
}

const seconds = (ms: number): string =>
  ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;

const NETWORK_WORDS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'nothing is listening there',
  ENOTFOUND: 'the host name is unknown',
  EAI_AGAIN: 'the host name could not be looked up',
  ECONNRESET: 'the connection was dropped',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
  ETIMEDOUT: 'the connection timed out',
};

function unreachable(error: unknown, host: string): AppError {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : null;
  const why =
    code !== null && NETWORK_WORDS[code]
      ? `${NETWORK_WORDS[code]} (${code})`
      : code?.startsWith('ERR_TLS') || code?.includes('CERT')
        ? `its TLS certificate was refused (${code})`
        : code !== null
          ? code
          : error instanceof Error && error.message.includes('redirect')
            ? 'it answered with a redirect; give the final address as the base URL'
            : 'the connection failed';
  return upstream(
    'unreachable',
    `The model server at ${host} cannot be reached: ${why}. Check that it is running and that the base URL is right.`,
  );
}

/** The server's own explanation of an error, if it sent one in the usual shape (shortened). */
async function upstreamMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  let message = text;
  try {
    const parsed = JSON.parse(text) as {
      error?: { message?: unknown } | string;
      message?: unknown;
    };
    const candidate =
      typeof parsed.error === 'string'
        ? parsed.error
        : (parsed.error?.message ?? parsed.message ?? null);
    if (typeof candidate === 'string') message = candidate;
  } catch {
    // Not JSON: the text itself, if short, is the message.
  }
  message = message.replace(/\s+/g, ' ').trim();
  if (message === '' || message.startsWith('<')) return '';
  return ` It said: “${message.length > 200 ? `${message.slice(0, 200)}…` : message}”`;
}

async function statusError(
  response: Response,
  endpoint: ModelEndpoint,
  path: string,
): Promise<AppError> {
  const host = hostOf(endpoint);
  const said = await upstreamMessage(response);
  switch (response.status) {
    case 401:
    case 403:
      return upstream(
        'unauthorized',
        `The model server at ${host} refused the API key (${response.status}).${said} ${
          endpoint.apiKey === null
            ? 'It needs a key: add one in the language model settings.'
            : 'Check the key in the language model settings; it may be mistyped, revoked or for another service.'
        }`,
      );
    case 404:
      return upstream(
        'not_found',
        `The model server at ${host} answered 404 for ${path}.${said} Check the model name (“${endpoint.model}”) and that the base URL ends where /chat/completions follows, often …/v1.`,
      );
    case 429:
      return upstream(
        'rate_limited',
        `The model server at ${host} says too many requests or no quota left (429).${said} Wait a minute, or check the account’s usage limits.`,
      );
    default:
      return upstream(
        'upstream_error',
        `The model server at ${host} answered ${response.status} for ${path}.${said} Check its log, or try again.`,
      );
  }
}

function headersOf(endpoint: ModelEndpoint, json: boolean): Record<string, string> {
  return {
    Accept: json ? 'application/json' : 'text/event-stream',
    ...(json ? {} : { 'Content-Type': 'application/json' }),
    ...(endpoint.apiKey === null ? {} : { Authorization: `Bearer ${endpoint.apiKey}` }),
  };
}

const malformed = (endpoint: ModelEndpoint, what: string): AppError =>
  upstream(
    'malformed_stream',
    `The model server at ${hostOf(endpoint)} sent ${what}, not an OpenAI-compatible chat stream. Check that the base URL points at an OpenAI-compatible API (often ending in /v1).`,
  );

/** One `data:` payload of the chat stream → its text and finish reason (none for a keep-alive piece). */
function readChunk(data: string, endpoint: ModelEndpoint): ChatChunk[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    throw malformed(endpoint, 'a piece that is not JSON');
  }
  const value = parsed as {
    error?: { message?: unknown } | string;
    choices?: { delta?: { content?: unknown }; finish_reason?: unknown }[];
  };
  if (value.error !== undefined) {
    const message = typeof value.error === 'string' ? value.error : value.error.message;
    throw upstream(
      'upstream_error',
      `The model server at ${hostOf(endpoint)} stopped with an error${typeof message === 'string' ? `: “${message.slice(0, 200)}”` : ''}. Try again.`,
    );
  }
  if (!Array.isArray(value.choices)) throw malformed(endpoint, 'a piece without "choices"');
  const chunks: ChatChunk[] = [];
  const choice = value.choices[0];
  const content = choice?.delta?.content;
  if (typeof content === 'string' && content !== '') chunks.push({ type: 'delta', text: content });
  const finish = choice?.finish_reason;
  if (typeof finish === 'string' && finish !== '')
    chunks.push({ type: 'done', finishReason: finish });
  return chunks;
}

/**
 * Starts a streamed chat completion. Resolves once the server has answered
 * with a stream (so a bad key, a wrong path or an unreachable server reject
 * here, before anything is streamed); the chunks then arrive as they are
 * read. Aborting `signal` aborts the request to the model server.
 */
export async function openChatStream(
  endpoint: ModelEndpoint,
  messages: readonly ChatMessage[],
  options: { signal?: AbortSignal; timeouts?: ClientTimeouts } = {},
): Promise<AsyncGenerator<ChatChunk, void, undefined>> {
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const deadline = new Deadline(options.signal);
  deadline.arm(timeouts.responseMs, 'response_timeout');
  let response: Response;
  try {
    response = await fetch(`${endpoint.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: headersOf(endpoint, false),
      body: JSON.stringify({ model: endpoint.model, messages, stream: true }),
      signal: deadline.controller.signal,
      redirect: 'error',
    });
    if (!response.ok) throw await statusError(response, endpoint, '/chat/completions');
  } catch (error) {
    deadline.clear();
    throw deadline.describe(error, endpoint, timeouts);
  }
  return readChatStream(response, endpoint, deadline, timeouts);
}

async function* readChatStream(
  response: Response,
  endpoint: ModelEndpoint,
  deadline: Deadline,
  timeouts: ClientTimeouts,
): AsyncGenerator<ChatChunk, void, undefined> {
  const body = response.body;
  try {
    if (body === null) throw malformed(endpoint, 'an empty answer');
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('application/json')) {
      // A server that ignores `stream: true` answers whole: one chunk, then done.
      deadline.arm(timeouts.idleMs, 'idle_timeout');
      const whole = (await response.json()) as {
        choices?: { message?: { content?: unknown }; finish_reason?: unknown }[];
      };
      const choice = whole.choices?.[0];
      if (typeof choice?.message?.content !== 'string')
        throw malformed(endpoint, 'JSON without a message');
      yield { type: 'delta', text: choice.message.content };
      yield {
        type: 'done',
        finishReason: typeof choice.finish_reason === 'string' ? choice.finish_reason : null,
      };
      return;
    }
    const reader = new SseDataReader();
    const decoder = new TextDecoder();
    let finishReason: string | null = null;
    let finished = false;
    deadline.arm(timeouts.idleMs, 'idle_timeout');
    // Node's web streams are async-iterable; the DOM lib's types do not say so.
    for await (const bytes of body as unknown as AsyncIterable<Uint8Array>) {
      deadline.arm(timeouts.idleMs, 'idle_timeout');
      for (const data of reader.push(decoder.decode(bytes, { stream: true }))) {
        if (data.trim() === '[DONE]') {
          finished = true;
          break;
        }
        for (const chunk of readChunk(data, endpoint)) {
          if (chunk.type === 'done') finishReason = chunk.finishReason;
          else yield chunk;
        }
      }
      if (finished) break;
    }
    if (!finished) {
      for (const data of reader.push(decoder.decode()).concat(reader.end())) {
        if (data.trim() === '[DONE]') finished = true;
        else
          for (const chunk of readChunk(data, endpoint)) {
            if (chunk.type === 'done') finishReason = chunk.finishReason;
            else yield chunk;
          }
      }
    }
    if (!finished && finishReason === null)
      throw upstream(
        'malformed_stream',
        `The model server at ${hostOf(endpoint)} closed the stream before the answer was finished. Try again.`,
      );
    yield { type: 'done', finishReason };
  } catch (error) {
    throw deadline.describe(error, endpoint, timeouts);
  } finally {
    deadline.clear();
    // Stops the request when the reader leaves early (the person pressed Stop); harmless after the end.
    deadline.controller.abort();
  }
}

/** `GET {baseUrl}/models`: whether the server answers, and which models it lists. */
export async function listModels(
  endpoint: ModelEndpoint,
  options: { signal?: AbortSignal; timeouts?: ClientTimeouts } = {},
): Promise<string[]> {
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const deadline = new Deadline(options.signal);
  deadline.arm(timeouts.responseMs, 'response_timeout');
  try {
    const response = await fetch(`${endpoint.baseUrl}/models`, {
      headers: headersOf(endpoint, true),
      signal: deadline.controller.signal,
      redirect: 'error',
    });
    if (!response.ok) throw await statusError(response, endpoint, '/models');
    const payload = (await response.json().catch(() => null)) as {
      data?: { id?: unknown }[];
    } | null;
    if (payload === null || !Array.isArray(payload.data))
      throw malformed(endpoint, 'a model list that is not {"data": [...]}');
    return payload.data
      .map((model) => model.id)
      .filter((id): id is string => typeof id === 'string');
  } catch (error) {
    throw deadline.describe(error, endpoint, timeouts);
  } finally {
    deadline.clear();
  }
}
