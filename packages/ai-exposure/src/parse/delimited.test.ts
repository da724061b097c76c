import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDelimited } from './delimited.ts';

const records = (text: string, d: ',' | '\t' = ',') => [...readDelimited(text, d)];

describe('reading CSV and pandas TSV records', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, keeping start lines', () => {
    expect(records('a,b\n"x, y","say ""hi"""\n"two\nlines",z\r\nlast,1\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 5, fields: ['last', '1'] },
    ]);
  });

  it('reports an unclosed quote and a stray quote instead of guessing', () => {
    expect(records('a\t"open\n', '\t')[0]?.problem).toBe('a quoted field is never closed');
    expect(records('a\tb"c\n', '\t')[0]?.problem).toBe('a quote inside an unquoted field');
  });

  it('reads back any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1 }),
        (rows) => {
          const text = rows
            .map((row) => row.map((c) => `"${c.replaceAll('"', '""')}"`).join(','))
            .join('\n');
          expect(records(text).map((r) => r.fields)).toEqual(rows);
        },
      ),
    );
  });
});
