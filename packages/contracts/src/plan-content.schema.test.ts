import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDateSchema, longTextSchema, textSchema } from './plan-content.schema.ts';
import { resourceIdSchema } from './plans.schema.ts';

/** Issues as the API turns them into problems: where, what kind, what to do. */
const issuesOf = (schema: z.ZodType, value: unknown, reportInput = false) =>
  (schema.safeParse(value, { reportInput }).error?.issues ?? []).map((issue) => ({
    path: issue.path,
    code: issue.code,
    message: issue.message,
    ...(reportInput ? { input: (issue as { input?: unknown }).input } : {}),
  }));

const NUL = 'Remove the invisible NUL character (U+0000) from this text.';
const SURROGATE =
  'This text holds a broken character (a lone UTF-16 surrogate); retype or remove it.';

describe('text fields', () => {
  it('refuse NUL and lone surrogates with a message naming the first one found', () => {
    expect(issuesOf(textSchema(), 'a\u0000b')).toEqual([
      { path: [], code: 'custom', message: NUL },
    ]);
    for (const broken of ['\uD800', 'a\uDC00', '\uDBFFx', 'ok \uDFFF\uD800']) {
      expect(issuesOf(textSchema(), broken)).toEqual([
        { path: [], code: 'custom', message: SURROGATE },
      ]);
    }
    expect(issuesOf(textSchema(), '\uD800\u0000')[0]?.message).toBe(SURROGATE);
    expect(issuesOf(textSchema(), '\u0000\uD800')[0]?.message).toBe(NUL);
  });

  it('accept every other text, surrogate pairs included', () => {
    for (const text of ['', 'plain', 'emoji 🤝 and 👩🏽‍💻', '漢字 — “x”', '\uD83D\uDE00'])
      expect(textSchema().safeParse(text)).toEqual({ success: true, data: text });
  });

  it('report the text check before the length check, and both, with the input when asked', () => {
    const tooLong = `${'x'.repeat(5000)}\u0000`;
    expect(issuesOf(longTextSchema, tooLong, true)).toEqual([
      { path: [], code: 'custom', message: NUL, input: tooLong },
      { path: [], code: 'too_big', message: 'Keep this under 5000 characters.', input: tooLong },
    ]);
    expect(issuesOf(resourceIdSchema, '')).toEqual([
      { path: [], code: 'too_small', message: expect.any(String) },
    ]);
  });

  it('report a value that is not text with the given message, and nothing else', () => {
    expect(issuesOf(textSchema('Send text.'), 42)).toEqual([
      { path: [], code: 'invalid_type', message: 'Send text.' },
    ]);
    expect(issuesOf(longTextSchema, ['a'.repeat(6000)])).toEqual([
      { path: [], code: 'invalid_type', message: expect.any(String) },
    ]);
  });

  it('report each bad field of an object at its path, in field order', () => {
    const schema = z.strictObject({ a: longTextSchema, b: z.array(textSchema()) });
    expect(issuesOf(schema, { a: 'x\u0000', b: ['ok', '\uDC00', 1] })).toEqual([
      { path: ['a'], code: 'custom', message: NUL },
      { path: ['b', 1], code: 'custom', message: SURROGATE },
      { path: ['b', 2], code: 'invalid_type', message: expect.any(String) },
    ]);
  });
});

describe('calendar dates', () => {
  /** The rule as the calendar states it, through Date. */
  const existsInCalendar = (value: string): boolean => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('accept exactly the days that exist, leap days included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isoDateSchema.safeParse(value).success).toBe(existsInCalendar(value));
        },
      ),
      { numRuns: 5000 },
    );
    for (const value of ['2024-02-29', '2000-02-29', '0000-02-29', '2026-12-31'])
      expect(isoDateSchema.safeParse(value).success).toBe(true);
    for (const value of ['2026-02-29', '1900-02-29', '2100-02-29', '2026-04-31', '2026-00-10'])
      expect(issuesOf(isoDateSchema, value)).toEqual([
        { path: [], code: 'custom', message: 'This date does not exist in the calendar.' },
      ]);
  });

  it('refuse other shapes, and say the calendar has no such day either', () => {
    const calendar = {
      path: [],
      code: 'custom',
      message: 'This date does not exist in the calendar.',
    };
    const shape = {
      path: [],
      code: 'invalid_format',
      message: 'Use a date written as YYYY-MM-DD, e.g. 2027-03-31.',
    };
    expect(issuesOf(isoDateSchema, '2026-2-01')).toEqual([shape, calendar]);
    expect(issuesOf(isoDateSchema, '+02026-02-01')).toEqual([shape, calendar]);
    expect(issuesOf(isoDateSchema, '')).toEqual([shape, calendar]);
  });
});
