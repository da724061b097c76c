import { describe, expect, it } from 'vitest';
import { parseTable, readNumber, type TableSpec } from './table.ts';
import { parseReleaseNote } from '../release.ts';
import { skillsSpec } from './onet-tables.ts';

interface Row {
  readonly code: string;
  readonly value: number;
}

const spec: TableSpec<Row> = {
  file: 'Example.txt',
  columns: ['Code', 'Value'],
  toRow: (f) => {
    const value = readNumber(f('Value'), 'Value', 0, 10);
    return typeof value === 'string' ? value : { code: f('Code'), value };
  },
  keyOf: (row) => row.code,
};

describe('reading one O*NET table', () => {
  it('reads rows by column name, whatever the column order and extra columns', () => {
    const parsed = parseTable(spec, 'Extra\tValue\tCode\nx\t3\ta\ny\t4.5\tb\n');
    expect(parsed.rows).toEqual([
      { code: 'a', value: 3 },
      { code: 'b', value: 4.5 },
    ]);
    expect(parsed.rejects).toEqual([]);
    expect(parsed.linesRead).toBe(2);
  });

  it('reports each bad row with its file, line and reason, and keeps the good ones', () => {
    const parsed = parseTable(spec, 'Code\tValue\na\t3\nb\t11\nc\n\na\t2\nd\tten\n');
    expect(parsed.rows).toEqual([{ code: 'a', value: 3 }]);
    expect(parsed.rejects).toEqual([
      { file: 'Example.txt', line: 3, reason: 'Value 11 is outside 0–10' },
      { file: 'Example.txt', line: 4, reason: 'the line has 1 fields; the header has 2' },
      { file: 'Example.txt', line: 5, reason: 'the line is empty' },
      { file: 'Example.txt', line: 6, reason: 'a duplicate of line 2 (a)' },
      { file: 'Example.txt', line: 7, reason: 'Value "ten" is not a number' },
    ]);
  });

  it("reads Windows line ends, a byte-order mark and O*NET's n/a as empty", () => {
    const parsed = parseTable(spec, '\uFEFFCode\tValue\r\na\tn/a\r\nb\t1\r\n');
    expect(parsed.rows).toEqual([{ code: 'b', value: 1 }]);
    expect(parsed.rejects[0]?.reason).toBe('Value is empty');
  });

  it('refuses a file whose header lacks a needed column, naming it', () => {
    expect(() => parseTable(spec, 'Code\tOther\na\t1\n')).toThrow(
      /Example.txt: the header lacks "Value"/,
    );
    expect(() => parseTable(spec, '')).toThrow(/empty/);
  });

  it('checks ratings against their scale and the elements the file may hold', () => {
    const header =
      'O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tNot Relevant';
    const parsed = parseTable(
      skillsSpec,
      [
        header,
        '15-9001.00\tX\t2.A.1.a\tReading\tLV\tLevel\t7.00\tN',
        '15-9001.00\tX\t2.A.1.a\tReading\tIM\tImportance\t0.50\t',
        '15-9001.00\tX\t2.C.1.a\tAdministration\tIM\tImportance\t3.00\t',
        '15-9001.00\tX\t2.A.1.b\tListening\tLV\tLevel\t2.00\tY',
      ].join('\n'),
    );
    expect(parsed.rows.map((r) => [r.elementId, r.scale, r.value, r.notRelevant])).toEqual([
      ['2.A.1.a', 'LV', 7, false],
      ['2.A.1.b', 'LV', 2, true],
    ]);
    expect(parsed.rejects.map((r) => r.reason)).toEqual([
      'Data Value 0.50 is outside 1–5',
      'Element ID "2.C.1.a" does not belong in Skills.txt',
    ]);
  });
});

describe('the release note', () => {
  it('names the release from the first two lines of Read Me.txt', () => {
    expect(parseReleaseNote('O*NET 29.3 Database\nMay 2025 Release\n---\n')).toEqual({
      version: '29.3',
      label: 'O*NET 29.3 Database, May 2025 Release',
    });
    expect(parseReleaseNote('Something else')).toBeNull();
  });
});
