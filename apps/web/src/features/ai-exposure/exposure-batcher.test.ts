import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AiExposureBatchResponse, OccupationAiExposure } from '@trailmap/contracts';
import { ApiError } from '../../api/client.ts';
import { ExposureBatcher, MAX_CODES_PER_BATCH } from './exposure-batcher.ts';

const figure = (code: string): OccupationAiExposure =>
  ({
    code,
    title: `Occupation ${code}`,
    exposure: null,
    applicability: null,
    notes: [],
  }) as unknown as OccupationAiExposure;

/** A server that answers each code it knows, and records every batch it was sent. */
function fakeServer(answer?: (codes: string[]) => Promise<AiExposureBatchResponse>) {
  const batches: string[][] = [];
  const fetchBatch = vi.fn(async (codes: string[]) => {
    batches.push([...codes]);
    return answer ? answer(codes) : { occupations: codes.map(figure) };
  });
  return { batches, fetchBatch };
}

/** Past the batching window (16 ms), with the answers' promises resolved. */
const settle = () => vi.advanceTimersByTimeAsync(50);

describe('ExposureBatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the codes many cards ask for in the same moment as one request, each code once', async () => {
    const server = fakeServer();
    const batcher = new ExposureBatcher({ fetchBatch: server.fetchBatch });
    batcher.hold(['15-1252.00']);
    batcher.hold(['29-1141.00', '15-1252.00']);
    batcher.hold(['43-4051.00']);
    expect(batcher.get('15-1252.00')).toEqual({ status: 'loading' });
    await settle();
    expect(server.batches).toEqual([['15-1252.00', '29-1141.00', '43-4051.00']]);
    expect(batcher.get('29-1141.00')).toMatchObject({
      status: 'ready',
      data: { code: '29-1141.00' },
    });
  });

  it('asks only for codes it does not know yet, and tells subscribers when figures arrive', async () => {
    const server = fakeServer();
    const batcher = new ExposureBatcher({ fetchBatch: server.fetchBatch });
    const listener = vi.fn();
    batcher.subscribe(listener);
    batcher.hold(['15-1252.00']);
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
    const before = batcher.snapshot();
    batcher.hold(['15-1252.00', '11-1021.00']);
    await settle();
    expect(server.batches).toEqual([['15-1252.00'], ['11-1021.00']]);
    expect(batcher.snapshot()).toBeGreaterThan(before);
  });

  it(`splits more than ${MAX_CODES_PER_BATCH} codes into requests the server accepts`, async () => {
    const server = fakeServer();
    const batcher = new ExposureBatcher({ fetchBatch: server.fetchBatch });
    const codes = Array.from(
      { length: MAX_CODES_PER_BATCH + 3 },
      (_, i) => `11-${String(1000 + i)}.00`,
    );
    batcher.hold(codes);
    await settle();
    expect(server.batches.map((b) => b.length)).toEqual([MAX_CODES_PER_BATCH, 3]);
  });

  it('marks codes the server does not know and still fetches the others', async () => {
    const server = fakeServer(async (codes) => {
      if (codes.includes('99-9999.99')) {
        throw new ApiError(404, 'ai_exposure.occupation_not_found', 'unknown', {
          unknownCodes: ['99-9999.99'],
        });
      }
      return { occupations: codes.map(figure) };
    });
    const batcher = new ExposureBatcher({ fetchBatch: server.fetchBatch });
    batcher.hold(['15-1252.00', '99-9999.99']);
    await settle();
    expect(server.batches).toEqual([['15-1252.00', '99-9999.99'], ['15-1252.00']]);
    expect(batcher.get('15-1252.00')?.status).toBe('ready');
    const unknown = batcher.get('99-9999.99');
    expect(unknown?.status === 'error' && unknown.error.message).toMatch(/99-9999\.99/);
  });

  it('asks again after Retry-After while the studies are still loading', async () => {
    let loading = true;
    const server = fakeServer(async (codes) => {
      if (loading) {
        throw new ApiError(503, 'ai_exposure.loading', 'still loading', undefined, 3000);
      }
      return { occupations: codes.map(figure) };
    });
    const batcher = new ExposureBatcher({ fetchBatch: server.fetchBatch });
    batcher.hold(['15-1252.00']);
    await settle();
    const state = batcher.get('15-1252.00');
    expect(state?.status === 'error' && state.error.code).toBe('ai_exposure.loading');
    loading = false;
    await vi.advanceTimersByTimeAsync(2_900);
    expect(server.batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    await settle();
    expect(server.batches).toHaveLength(2);
    expect(batcher.get('15-1252.00')?.status).toBe('ready');
  });

  it('forgets a failure once nothing shows it, so the next screen asks again; keeps figures', async () => {
    let down = true;
    const server = fakeServer(async (codes) => {
      if (down) throw new ApiError(0, 'network.unreachable', 'cannot reach');
      return { occupations: codes.map(figure) };
    });
    const batcher = new ExposureBatcher({ fetchBatch: server.fetchBatch });
    const release = batcher.hold(['15-1252.00']);
    await settle();
    expect(batcher.get('15-1252.00')?.status).toBe('error');
    release();
    expect(batcher.get('15-1252.00')).toBeUndefined();
    down = false;
    const again = batcher.hold(['15-1252.00']);
    await settle();
    expect(server.batches).toHaveLength(2);
    again();
    expect(batcher.get('15-1252.00')?.status).toBe('ready');
  });

  it('retry() asks again for every failed code in one request', async () => {
    let down = true;
    const server = fakeServer(async (codes) => {
      if (down) throw new ApiError(503, 'ai_exposure.data_missing', 'not installed');
      return { occupations: codes.map(figure) };
    });
    const batcher = new ExposureBatcher({ fetchBatch: server.fetchBatch });
    batcher.hold(['15-1252.00', '29-1141.00']);
    await settle();
    expect(batcher.get('29-1141.00')?.status).toBe('error');
    down = false;
    batcher.retry();
    expect(batcher.get('29-1141.00')).toEqual({ status: 'loading' });
    await settle();
    expect(server.batches).toEqual([
      ['15-1252.00', '29-1141.00'],
      ['15-1252.00', '29-1141.00'],
    ]);
    expect(batcher.get('29-1141.00')?.status).toBe('ready');
  });
});
