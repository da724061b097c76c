/**
 * One tab-separated O*NET table, read strictly: the header must name every
 * column the reader needs, every line must have as many fields as the header,
 * and every row must pass its file's checks. A row that fails is not dropped
 * silently: it becomes a reject with the file, the line number and the reason.
 */

export interface RowReject {
  readonly file: string;
  /** 1-based line number in the file (the header is line 1). */
  readonly line: number;
  readonly reason: string;
}

/** Reads the named fields of one line; '' and O*NET's `n/a` both come back as ''. */
export type FieldReader = (column: string) => string;

export interface TableSpec<T> {
  readonly file: string;
  /** Columns the reader needs; others may be present and are ignored. */
  readonly columns: readonly string[];
  /** The row, or the reason it is refused. */
  readonly toRow: (field: FieldReader) => T | string;
  /** Rows with the same key are duplicates; the later one is refused. */
  readonly keyOf?: (row: T) => string;
}

export interface ParsedTable<T> {
  readonly file: string;
  readonly rows: readonly T[];
  readonly rejects: readonly RowReject[];
  /** Data lines read (not counting the header and a final empty line). */
  readonly linesRead: number;
}

/** Thrown when a table cannot be read at all (no header, a needed column missing). */
export class TableShapeError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'TableShapeError';
  }
}

const NOT_AVAILABLE = 'n/a';

export function parseTable<T>(spec: TableSpec<T>, text: string): ParsedTable<T> {
  // A UTF-8 byte-order mark would otherwise become part of the first column name.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n');
  const headerLine = (lines[0] ?? '').replace(/\r$/, '');
  if (headerLine.trim() === '') throw new TableShapeError(spec.file, 'the file is empty.');
  const header = headerLine.split('\t');
  const indexOf = new Map<string, number>();
  header.forEach((name, index) => indexOf.set(name.trim(), index));
  const missing = spec.columns.filter((column) => !indexOf.has(column));
  if (missing.length > 0) {
    throw new TableShapeError(
      spec.file,
      `the header lacks ${missing.map((c) => `"${c}"`).join(', ')}; is this the O*NET text release?`,
    );
  }

  const rows: T[] = [];
  const rejects: RowReject[] = [];
  const seen = spec.keyOf ? new Map<string, number>() : null;
  let fields: string[] = [];
  const field: FieldReader = (column) => {
    const value = (fields[indexOf.get(column) ?? -1] ?? '').trim();
    return value === NOT_AVAILABLE ? '' : value;
  };
  let linesRead = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line === '' && i === lines.length - 1) break;
    linesRead++;
    const lineNumber = i + 1;
    if (line.trim() === '') {
      rejects.push({ file: spec.file, line: lineNumber, reason: 'the line is empty' });
      continue;
    }
    fields = line.split('\t');
    if (fields.length !== header.length) {
      rejects.push({
        file: spec.file,
        line: lineNumber,
        reason: `the line has ${fields.length} fields; the header has ${header.length}`,
      });
      continue;
    }
    const row = spec.toRow(field);
    if (typeof row === 'string') {
      rejects.push({ file: spec.file, line: lineNumber, reason: row });
      continue;
    }
    if (seen) {
      const key = spec.keyOf!(row);
      const first = seen.get(key);
      if (first !== undefined) {
        rejects.push({
          file: spec.file,
          line: lineNumber,
          reason: `a duplicate of line ${first} (${key})`,
        });
        continue;
      }
      seen.set(key, lineNumber);
    }
    rows.push(row);
  }
  return { file: spec.file, rows, rejects, linesRead };
}

// Field checks shared by the table specs. Each answers the value or a reason.

const CODE = /^\d{2}-\d{4}\.\d{2}$/;

export function checkCode(value: string): string | null {
  return CODE.test(value) ? null : `"${value}" is not an O*NET-SOC code (NN-NNNN.NN)`;
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

/** Y or N (empty counts as N, as O*NET leaves flags blank where they do not apply). */
export function readFlag(value: string, column: string): boolean | string {
  if (value === '' || value === 'N') return false;
  if (value === 'Y') return true;
  return `${column} "${value}" is neither Y nor N`;
}

export function requireText(value: string, column: string): string | null {
  return value === '' ? `${column} is empty` : null;
}
