import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

/**
 * A stand-in for an OpenAI-compatible server (decision 0020), speaking the
 * same protocol as Ollama, LM Studio or OpenAI: `GET /v1/models` and
 * `POST /v1/chat/completions` with `stream: true` answered as server-sent
 * events ending in `data: [DONE]`. The server's tests and the e2e spec start
 * it in their own process to stream, delay, refuse a key, hang or send
 * garbage on demand. Run it by hand to try the feature without a model:
 *
 *   node --import tsx scripts/fake-openai-server.ts 11435
 *
 * then use http://127.0.0.1:11435/v1 and any model name in Trailmap.
 */

export type FakeBehaviour =
  /** Streams `chunks` as deltas, `delayMs` apart; with `holdAfter`, pauses after that many until `release()`. */
  | {
      readonly kind: 'stream';
      readonly chunks: readonly string[];
      readonly delayMs?: number;
      readonly holdAfter?: number;
      /** false: the stream stops after the chunks without finish_reason or [DONE]. */
      readonly finish?: boolean;
    }
  /** Answers with this status and an OpenAI-style error body. */
  | { readonly kind: 'status'; readonly status: number; readonly message?: string }
  /** Accepts the request and never answers. */
  | { readonly kind: 'hang' }
  /** Streams `chunks`, then goes silent without ending. */
  | { readonly kind: 'stall'; readonly chunks: readonly string[] }
  /** A 200 event stream whose data is not JSON. */
  | { readonly kind: 'garbage' };

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
  /** True once the client went away before the answer was complete. */
  aborted: boolean;
}

export interface FakeOpenAiServer {
  /** The base URL to configure, ending in /v1. */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** How the following chat requests are answered (default: a short streamed answer). */
  behave(behaviour: FakeBehaviour): void;
  /** Continues streams paused by `holdAfter`. */
  release(): void;
  /** Resolves when a chat request is aborted by its client. */
  nextAbort(): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export interface FakeOptions {
  /** When set, requests without `Authorization: Bearer <apiKey>` get 401. */
  readonly apiKey?: string;
  readonly models?: readonly string[];
  readonly port?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function chunkEvent(id: number, content: string | null, finish: string | null): string {
  const choice = {
    index: 0,
    delta: content === null ? {} : { content },
    finish_reason: finish,
  };
  return `data: ${JSON.stringify({ id: `chatcmpl-${id}`, object: 'chat.completion.chunk', choices: [choice] })}\n\n`;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const piece of request) text += String(piece);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function startFakeOpenAiServer(options: FakeOptions = {}): Promise<FakeOpenAiServer> {
  let behaviour: FakeBehaviour = {
    kind: 'stream',
    chunks: ['Who: finance teams\n', 'Problems: slow month-end closes\n', 'Result: decide sooner'],
  };
  let releaseHeld: () => void = () => {};
  let held = new Promise<void>((resolve) => (releaseHeld = resolve));
  const abortWaiters: ((request: RecordedRequest) => void)[] = [];
  const requests: RecordedRequest[] = [];
  const open = new Set<ServerResponse>();
  let counter = 0;

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  async function chat(response: ServerResponse, record: RecordedRequest): Promise<void> {
    const current = behaviour;
    if (current.kind === 'hang') return;
    if (current.kind === 'status') {
      send(response, current.status, {
        error: { message: current.message ?? `fake error ${current.status}`, type: 'fake' },
      });
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    });
    const id = ++counter;
    if (current.kind === 'garbage') {
      response.end('data: this is not json\n\n');
      return;
    }
    const chunks = current.chunks;
    for (let i = 0; i < chunks.length; i++) {
      if (record.aborted) return;
      if (current.kind === 'stream' && current.holdAfter === i) await held;
      else if (current.kind === 'stream' && i > 0 && current.delayMs) await sleep(current.delayMs);
      if (record.aborted) return;
      // Each event in two writes, split inside its JSON: the client must join pieces.
      const event = chunkEvent(id, chunks[i] ?? '', null);
      const cut = Math.floor(event.length / 2);
      response.write(event.slice(0, cut));
      response.write(event.slice(cut));
    }
    if (current.kind === 'stall') return;
    if (current.finish === false) {
      response.end();
      return;
    }
    response.write(chunkEvent(id, null, 'stop'));
    response.end('data: [DONE]\n\n');
  }

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://fake');
      const record: RecordedRequest = {
        method: request.method ?? 'GET',
        path: url.pathname,
        authorization: request.headers.authorization,
        body: await readBody(request),
        aborted: false,
      };
      requests.push(record);
      open.add(response);
      response.on('close', () => {
        open.delete(response);
        if (!response.writableFinished) {
          record.aborted = true;
          for (const waiter of abortWaiters.splice(0)) waiter(record);
        }
      });
      if (options.apiKey !== undefined && record.authorization !== `Bearer ${options.apiKey}`) {
        send(response, 401, {
          error: { message: 'Incorrect API key provided.', type: 'invalid_request_error' },
        });
        return;
      }
      if (record.method === 'GET' && url.pathname === '/v1/models') {
        send(response, 200, {
          object: 'list',
          data: (options.models ?? ['fake-model']).map((id) => ({ id, object: 'model' })),
        });
        return;
      }
      if (record.method === 'POST' && url.pathname === '/v1/chat/completions') {
        await chat(response, record);
        return;
      }
      send(response, 404, { error: { message: `Unknown path ${url.pathname}` } });
    })();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    behave(next) {
      behaviour = next;
      held = new Promise<void>((resolve) => (releaseHeld = resolve));
    },
    release() {
      releaseHeld();
    },
    nextAbort() {
      return new Promise((resolve) => abortWaiters.push(resolve));
    },
    async close() {
      releaseHeld();
      for (const response of open) response.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// Run by hand: a slow, friendly stream to try the screens with.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const fake = await startFakeOpenAiServer({ port: Number(process.argv[2] ?? 11435) });
  fake.behave({
    kind: 'stream',
    delayMs: 150,
    chunks: ['Who: the teams I work with\n', 'Problems: work that stalls\n', 'Result: ship sooner'],
  });
  console.log(`Fake OpenAI-compatible server at ${fake.baseUrl} (any model name; Ctrl+C to stop)`);
}
