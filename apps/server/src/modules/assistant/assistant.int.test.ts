import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createEmptyPlanContent, createSamplePlanContent } from '@trailmap/domain';
import type { Plan } from '@trailmap/domain';
import type { AssistantDraftEvent } from '@trailmap/contracts';
import {
  startFakeOpenAiServer,
  type FakeOpenAiServer,
} from '../../../../../scripts/fake-openai-server.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { enginesUnderTest, type TestStore } from '../../testing/test-stores.ts';

const KEY = 'sk-trailmap-test-9f3a';
const TIMEOUTS = { responseMs: 400, idleMs: 400 };
const PATIENT = { responseMs: 60_000, idleMs: 60_000 };

/** A port nothing listens on: bound, read, closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

for (const { engine, open } of enginesUnderTest()) {
  describe(`language model settings on ${engine}`, () => {
    let opened: TestStore;
    let app: FastifyInstance;
    let fake: FakeOpenAiServer;
    let plan: Plan;

    beforeAll(async () => {
      opened = await open();
      app = await createTestApp(opened, { assistantTimeouts: TIMEOUTS });
      fake = await startFakeOpenAiServer({ apiKey: KEY });
      plan = (
        await app.inject({
          method: 'POST',
          url: '/api/plans',
          payload: { title: 'Plan', content: createSamplePlanContent() },
        })
      ).json();
    });
    afterAll(async () => {
      await app.close();
      await fake.close();
      await opened.dispose();
    });

    const put = (payload: Record<string, unknown>) =>
      app.inject({ method: 'PUT', url: '/api/assistant/settings', payload });

    it('is off by default, and then nothing is sent anywhere', async () => {
      expect((await app.inject('/api/assistant/settings')).json()).toStrictEqual({
        configured: false,
      });
      const draft = await app.inject({
        method: 'POST',
        url: '/api/assistant/drafts',
        payload: { kind: 'value-proposition', planId: plan.id },
      });
      expect(draft.statusCode).toBe(409);
      expect(draft.json().error.code).toBe('assistant.not_configured');
      expect(draft.json().error.message).toMatch(/Language model \(optional\)/);
      const check = await app.inject({ method: 'POST', url: '/api/assistant/settings/check' });
      expect(check.statusCode).toBe(409);
      expect(fake.requests).toHaveLength(0);
    });

    it('saves the endpoint and never answers with the key, only its last four characters', async () => {
      const saved = await put({ baseUrl: `${fake.baseUrl}/`, model: 'fake-model', apiKey: KEY });
      expect(saved.statusCode).toBe(200);
      expect(saved.body).not.toContain(KEY);
      expect(saved.json()).toMatchObject({
        configured: true,
        baseUrl: fake.baseUrl,
        model: 'fake-model',
        apiKeySet: true,
        apiKeyLast4: '9f3a',
      });
      const read = await app.inject('/api/assistant/settings');
      expect(read.body).not.toContain(KEY);
      expect(read.json()).toStrictEqual(saved.json());
    });

    it('keeps the key when a save leaves it out, and removes it on null', async () => {
      await put({ baseUrl: fake.baseUrl, model: 'fake-model', apiKey: KEY });
      const kept = await put({ baseUrl: fake.baseUrl, model: 'other-model' });
      expect(kept.json()).toMatchObject({ model: 'other-model', apiKeySet: true });
      const removed = await put({ baseUrl: fake.baseUrl, model: 'other-model', apiKey: null });
      expect(removed.json()).toMatchObject({ apiKeySet: false, apiKeyLast4: null });
    });

    it('forgets a kept key when the base URL moves to another server, so it is never sent there', async () => {
      await put({ baseUrl: fake.baseUrl, model: 'fake-model', apiKey: KEY });
      const samePath = await put({ baseUrl: `${fake.baseUrl}/`, model: 'fake-model' });
      expect(samePath.json()).toMatchObject({ apiKeySet: true });
      const moved = await put({ baseUrl: 'http://127.0.0.1:9/v1', model: 'fake-model' });
      expect(moved.json()).toMatchObject({ apiKeySet: false, apiKeyLast4: null });
      const given = await put({ baseUrl: 'http://127.0.0.1:8/v1', model: 'm', apiKey: KEY });
      expect(given.json()).toMatchObject({ apiKeySet: true });
    });

    it.each([
      ['ftp://models.example/v1', /must start with http:\/\/ or https:\/\//],
      ['localhost:11434', /must start with http:\/\/ or https:\/\/|not a web address/],
      ['not a url', /not a web address/],
      ['http://me:secret@models.example/v1', /Leave the user name and password out/],
      ['http://models.example/v1?key=1', /Leave \?query/],
      ['', /Give the base URL/],
    ])('refuses the base URL %j with a message that says what to fix', async (baseUrl, message) => {
      const response = await put({ baseUrl, model: 'm' });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('request.invalid_body');
      expect(response.json().error.message).toMatch(message);
    });

    it('refuses a missing model and a key with spaces', async () => {
      const noModel = await put({ baseUrl: fake.baseUrl, model: ' ' });
      expect(noModel.json().error.message).toMatch(/Name the model/);
      const spaced = await put({ baseUrl: fake.baseUrl, model: 'm', apiKey: 'sk one' });
      expect(spaced.json().error.message).toMatch(/no spaces/);
    });

    it('turns off on DELETE, twice without complaint', async () => {
      await put({ baseUrl: fake.baseUrl, model: 'fake-model', apiKey: KEY });
      expect(
        (await app.inject({ method: 'DELETE', url: '/api/assistant/settings' })).statusCode,
      ).toBe(204);
      expect(
        (await app.inject({ method: 'DELETE', url: '/api/assistant/settings' })).statusCode,
      ).toBe(204);
      expect((await app.inject('/api/assistant/settings')).json()).toStrictEqual({
        configured: false,
      });
    });
  });
}

describe('drafting with a language model (streamed, against a fake OpenAI-compatible server)', () => {
  const [sqlite] = enginesUnderTest();
  let opened: TestStore;
  let app: FastifyInstance;
  // The same store behind an app that gives up within 400 ms, for the timeout cases; the
  // main app waits long, so no other test can pass (or fail) by a timeout firing.
  let impatient: FastifyInstance;
  let fake: FakeOpenAiServer;
  let base: string;
  let impatientBase: string;
  let plan: Plan;

  const listen = async (instance: FastifyInstance) => {
    await instance.listen({ port: 0, host: '127.0.0.1' });
    return `http://127.0.0.1:${(instance.server.address() as AddressInfo).port}`;
  };

  beforeAll(async () => {
    opened = await sqlite!.open();
    app = await createTestApp(opened, { assistantTimeouts: PATIENT });
    impatient = await createTestApp(opened, { assistantTimeouts: TIMEOUTS });
    base = await listen(app);
    impatientBase = await listen(impatient);
    fake = await startFakeOpenAiServer({ apiKey: KEY, models: ['fake-model', 'other'] });
    plan = await (
      await fetch(`${base}/api/plans`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 'Plan', content: createSamplePlanContent() }),
      })
    ).json();
  });
  afterAll(async () => {
    await app.close();
    await impatient.close();
    await fake.close();
    await opened.dispose();
  });
  afterEach(() => fake.requests.splice(0));

  const configure = (settings: Record<string, unknown>) =>
    fetch(`${base}/api/assistant/settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        baseUrl: fake.baseUrl,
        model: 'fake-model',
        apiKey: KEY,
        ...settings,
      }),
    });
  const draft = (kind: string, signal?: AbortSignal, planId = plan.id, at = base) =>
    fetch(`${at}/api/assistant/drafts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind, planId }),
      signal,
    });

  /** Reads the NDJSON body one event at a time, as the browser does. */
  function eventsOf(response: Response) {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    return async function next(): Promise<AssistantDraftEvent | null> {
      for (;;) {
        const newline = buffered.indexOf('\n');
        if (newline >= 0) {
          const line = buffered.slice(0, newline);
          buffered = buffered.slice(newline + 1);
          return JSON.parse(line) as AssistantDraftEvent;
        }
        const { done, value } = await reader.read();
        if (done) return null;
        buffered += decoder.decode(value, { stream: true });
      }
    };
  }
  async function allEvents(response: Response): Promise<AssistantDraftEvent[]> {
    const next = eventsOf(response);
    const events: AssistantDraftEvent[] = [];
    for (let event = await next(); event !== null; event = await next()) events.push(event);
    return events;
  }

  it('streams the first piece before the model has sent the last', async () => {
    await configure({});
    fake.behave({ kind: 'stream', chunks: ['Who: finance ', 'teams'], holdAfter: 1 });
    const response = await draft('value-proposition');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const next = eventsOf(response);

    // The fake holds the second piece back until released: this line cannot be buffered behind it.
    expect(await next()).toStrictEqual({ type: 'delta', text: 'Who: finance ' });
    fake.release();
    expect(await next()).toStrictEqual({ type: 'delta', text: 'teams' });
    expect(await next()).toStrictEqual({
      type: 'done',
      text: 'Who: finance teams',
      finishReason: 'stop',
    });
    expect(await next()).toBeNull();
  });

  it('sends the plan’s own words to the configured model with the key, asking for a stream', async () => {
    await configure({});
    fake.behave({ kind: 'stream', chunks: ['ok'] });
    await allEvents(await draft('vision-stretch'));
    const [request] = fake.requests;
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.authorization).toBe(`Bearer ${KEY}`);
    const body = request?.body as {
      model: string;
      stream: boolean;
      messages: { content: string }[];
    };
    expect(body.model).toBe('fake-model');
    expect(body.stream).toBe(true);
    expect(body.messages.map((m) => m.content).join('\n')).toContain(
      plan.content.steps.vision.statement,
    );
  });

  it('asks for a critique of the saved proposition and streams it like a draft', async () => {
    await configure({});
    fake.behave({ kind: 'stream', chunks: ['- Works: the result.\n', '- Change: who.'] });
    const events = await allEvents(await draft('proposition-critique'));
    expect(events.at(-1)).toMatchObject({
      type: 'done',
      text: '- Works: the result.\n- Change: who.',
    });
    const body = fake.requests[0]?.body as { messages: { content: string }[] };
    const sent = body.messages.map((m) => m.content).join('\n');
    expect(sent).toContain('Critique my value proposition');
    expect(sent).toContain(plan.content.steps.product.proposition.who);
  });

  it('stops the model’s request when the person stops the draft', async () => {
    await configure({});
    fake.behave({ kind: 'stream', chunks: ['First piece', ' never sent'], holdAfter: 1 });
    const stop = new AbortController();
    const response = await draft('vision-stretch', stop.signal);
    const next = eventsOf(response);
    expect(await next()).toMatchObject({ type: 'delta', text: 'First piece' });

    const aborted = fake.nextAbort();
    stop.abort();
    const request = await aborted;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.aborted).toBe(true);
  });

  it('answers 502 assistant.unauthorized when the key is refused, and says to check it', async () => {
    await configure({ apiKey: 'sk-wrong-key-0000' });
    const response = await draft('value-proposition');
    expect(response.status).toBe(502);
    const { error } = await response.json();
    expect(error.code).toBe('assistant.unauthorized');
    expect(error.message).toMatch(/refused the API key \(401\).*Incorrect API key.*Check the key/);
    expect(error.message).not.toContain('sk-wrong-key-0000');
  });

  it('asks for a key when the server needs one and none is set', async () => {
    await configure({ apiKey: null });
    const { error } = await (await draft('value-proposition')).json();
    expect(error.code).toBe('assistant.unauthorized');
    expect(error.message).toMatch(/It needs a key/);
  });

  it('answers 502 assistant.unreachable for a server that is not running', async () => {
    await configure({ baseUrl: `http://127.0.0.1:${await closedPort()}/v1` });
    const response = await draft('value-proposition');
    expect(response.status).toBe(502);
    const { error } = await response.json();
    expect(error.code).toBe('assistant.unreachable');
    expect(error.message).toMatch(/cannot be reached: nothing is listening there \(ECONNREFUSED\)/);
  });

  it.each([
    [
      404,
      'assistant.not_found',
      /404 for \/chat\/completions.*Check the model name \(“fake-model”\)/,
    ],
    [429, 'assistant.rate_limited', /too many requests or no quota left/],
    [500, 'assistant.upstream_error', /answered 500/],
  ])('maps a %i from the model server to %s', async (status, code, message) => {
    await configure({});
    fake.behave({ kind: 'status', status });
    const response = await draft('value-proposition');
    expect(response.status).toBe(502);
    const { error } = await response.json();
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('answers 504 assistant.timeout when the server never answers', async () => {
    await configure({});
    fake.behave({ kind: 'hang' });
    const response = await draft('value-proposition', undefined, plan.id, impatientBase);
    expect(response.status).toBe(504);
    const { error } = await response.json();
    expect(error.code).toBe('assistant.timeout');
    expect(error.message).toMatch(/did not answer within 400 ms/);
  });

  it('ends with an error event, not a hung stream, when the model goes silent mid-answer', async () => {
    await configure({});
    fake.behave({ kind: 'stall', chunks: ['Half an answer'] });
    const events = await allEvents(
      await draft('value-proposition', undefined, plan.id, impatientBase),
    );
    expect(events[0]).toStrictEqual({ type: 'delta', text: 'Half an answer' });
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'assistant.timeout' });
    expect((events.at(-1) as { message: string }).message).toMatch(/stopped sending for 400 ms/);
  });

  it('ends with assistant.malformed_stream when the stream is not JSON or stops short', async () => {
    await configure({});
    fake.behave({ kind: 'garbage' });
    const garbage = await allEvents(await draft('value-proposition'));
    expect(garbage).toStrictEqual([
      expect.objectContaining({ type: 'error', code: 'assistant.malformed_stream' }),
    ]);
    fake.behave({ kind: 'stream', chunks: ['Cut'], finish: false });
    const cut = await allEvents(await draft('value-proposition'));
    expect(cut.at(-1)).toMatchObject({
      type: 'error',
      code: 'assistant.malformed_stream',
      message: expect.stringMatching(/closed the stream before the answer was finished/),
    });
  });

  it('says what to write first, and sends nothing, when the plan has nothing to draft from', async () => {
    await configure({});
    const empty: Plan = await (
      await fetch(`${base}/api/plans`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 'Empty', content: createEmptyPlanContent() }),
      })
    ).json();
    const response = await draft('value-verbs', undefined, empty.id);
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toMatch(/add your values in the strategy/);
    const proof = await draft('proof-summary');
    expect((await proof.json()).error.message).toMatch(/log a win first/);
    const critique = await draft('vision-critique', undefined, empty.id);
    expect(critique.status).toBe(422);
    expect((await critique.json()).error.message).toMatch(/no vision statement to critique/);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses an unknown kind and an unknown plan', async () => {
    await configure({});
    const kind = await draft('poem');
    expect(kind.status).toBe(400);
    expect((await kind.json()).error.message).toMatch(/kind is one of value-proposition/);
    const missing = await draft('value-verbs', undefined, 'no-such-plan');
    expect(missing.status).toBe(404);
    expect(fake.requests).toHaveLength(0);
  });

  it('checks the connection: the server’s models, and whether the configured one is among them', async () => {
    await configure({});
    const listed = await (
      await fetch(`${base}/api/assistant/settings/check`, { method: 'POST' })
    ).json();
    expect(listed).toStrictEqual({
      ok: true,
      model: 'fake-model',
      modelListed: true,
      models: ['fake-model', 'other'],
    });
    await configure({ model: 'missing-model' });
    const unlisted = await (
      await fetch(`${base}/api/assistant/settings/check`, { method: 'POST' })
    ).json();
    expect(unlisted.modelListed).toBe(false);
    await configure({ apiKey: 'sk-wrong-key-0000' });
    const refused = await fetch(`${base}/api/assistant/settings/check`, { method: 'POST' });
    expect(refused.status).toBe(502);
    expect((await refused.json()).error.code).toBe('assistant.unauthorized');
  });
});
