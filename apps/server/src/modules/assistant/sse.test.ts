import { describe, expect, it } from 'vitest';
import { SseDataReader } from './sse.ts';

const STREAM =
  ': keep-alive\r\n\r\ndata: {"a":1}\r\n\r\nevent: message\ndata: line one\ndata: line two\n\ndata: [DONE]\n\n';

describe('SseDataReader', () => {
  it('reads every event’s data, skipping comments and other fields', () => {
    const reader = new SseDataReader();
    expect([...reader.push(STREAM), ...reader.end()]).toStrictEqual([
      '{"a":1}',
      'line one\nline two',
      '[DONE]',
    ]);
  });

  it('gives the same events whatever the split, one character at a time included', () => {
    for (const size of [1, 2, 3, 7, 13]) {
      const reader = new SseDataReader();
      const events: string[] = [];
      for (let i = 0; i < STREAM.length; i += size)
        events.push(...reader.push(STREAM.slice(i, i + size)));
      events.push(...reader.end());
      expect(events, `pieces of ${size}`).toStrictEqual([
        '{"a":1}',
        'line one\nline two',
        '[DONE]',
      ]);
    }
  });

  it('holds an event until its blank line arrives', () => {
    const reader = new SseDataReader();
    expect(reader.push('data: {"a"')).toStrictEqual([]);
    expect(reader.push(':1}\n')).toStrictEqual([]);
    expect(reader.push('\n')).toStrictEqual(['{"a":1}']);
  });

  it('keeps an unterminated last event when the stream ends', () => {
    const reader = new SseDataReader();
    reader.push('data: tail');
    expect(reader.end()).toStrictEqual(['tail']);
  });
});
