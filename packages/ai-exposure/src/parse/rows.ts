import { readDelimited } from './delimited.ts';

/**
 * One study table read strictly: the header must name every column the reader
 * needs, every record must have as many fields as the header, and every row
 * must pass its file's checks. A row that fails is never dropped silently: it
 * becomes a reject with the file, the line and the reason.
 */

export interface RowReject {
  /** The file relative to the data folder, e.g. `gpts-are-gpts/occ_level.csv`. */
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

export type FieldReader = (column: string) => string;

export interface TableSpec<T> {
  /** Relative to the AI-exposure folder. */
  readonly file: string;
  readonly delimiter: ',' | '\t';
  readonly columns: readonly string[];
  readonly toRow: (field: FieldReader) => T | string;
  /** Rows with the same key are duplicates; the later one is refused. */
  readonly keyOf?: (row: T) => string;
}

export interface ParsedRows<T> {
  readonly rows: readonly T[];
  readonly rejects: readonly RowReject[];
  readonly linesRead: number;
}

export class TableShapeError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'TableShapeError';
  }
}

export function parseRows<T>(spec: TableSpec<T>, text: string): ParsedRows<T> {
  const records = readDelimited(text, spec.delimiter);
  const first = records.next();
  if (first.done || first.value.fields.every((f) => f.trim() === '')) {
    throw new TableShapeError(spec.file, 'the file is empty.');
  }
  const header = first.value.fields.map((name) => name.trim());
  const indexOf = new Map(header.map((name, index) => [name, index]));
  const missing = spec.columns.filter((column) => !indexOf.has(column));
  if (missing.length > 0) {
    throw new TableShapeError(
      spec.file,
      `the header lacks ${missing.map((c) => `"${c}"`).join(', ')}; is this the study's published file?`,
    );
  }
  const rows: T[] = [];
  const rejects: RowReject[] = [];
  const seen = spec.keyOf ? new Map<string, number>() : null;
  let fields: readonly string[] = [];
  const field: FieldReader = (column) => (fields[indexOf.get(column) ?? -1] ?? '').trim();
  let linesRead = 0;
  for (const record of records) {
    linesRead++;
    const reject = (reason: string) => rejects.push({ file: spec.file, line: record.line, reason });
    if (record.problem) {
      reject(record.problem);
      continue;
    }
    if (record.fields.length === 1 && record.fields[0]!.trim() === '') {
      reject('the line is empty');
      continue;
    }
    if (record.fields.length !== header.length) {
      reject(`the line has ${record.fields.length} fields; the header has ${header.length}`);
      continue;
    }
    fields = record.fields;
    const row = spec.toRow(field);
    if (typeof row === 'string') {
      reject(row);
      continue;
    }
    if (seen) {
      const key = spec.keyOf!(row);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        reject(`a duplicate of line ${earlier} (${key})`);
        continue;
      }
      seen.set(key, record.line);
    }
    rows.push(row);
  }
  return { rows, rejects, linesRead };
}

/** A number within bounds, or the reason it is not one. */
export function readNumber(
  value: string,
  column: string,
  min: number,
  max: number,
): number | string {
  if (value === '') return `${column} is empty`;
  const number = Number(value);
  if (!Number.isFinite(number)) return `${column} "${value}" is not a number`;
  if (number < min || number > max) return `${column} ${value} is outside ${min}–${max}`;
  return number;
}
