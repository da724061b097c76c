import { ownString } from '../catalog/own-string.ts';

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
  /** Columns whose values repeat from row to row (codes, element ids): one copy of each value is kept. */
  readonly shared?: readonly string[];
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
const NEWLINE = '\n';
const CARRIAGE_RETURN = 13;

/** Whether a character may be whitespace to String.prototype.trim (ASCII controls and space, or beyond ASCII). */
const mayBeSpace = (code: number): boolean => code <= 32 || code >= 127;

/**
 * Reads the table in one pass over the text: lines and fields are found by
 * position (no array of lines, no array of fields per line), and only the
 * fields a spec asks for become strings. Fields of the spec's `shared`
 * columns come back as one copy per distinct value.
 */
export function parseTable<T>(spec: TableSpec<T>, text: string): ParsedTable<T> {
  // A UTF-8 byte-order mark would otherwise become part of the first column name.
  // `let`, and emptied at the end: optimised code may hold what a closure reads as a
  // constant, and would then keep the whole text of the file alive after the parse.
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerEnd = body.indexOf(NEWLINE);
  const headerLine = (headerEnd < 0 ? body : body.slice(0, headerEnd)).replace(/\r$/, '');
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
  const width = header.length;
  const shared = new Set((spec.shared ?? []).map((column) => indexOf.get(column)));
  const copies = new Map<string, string>();

  const rows: T[] = [];
  const rejects: RowReject[] = [];
  const seen = spec.keyOf ? new Map<string, number>() : null;
  // Where the current line's fields end (the tab after each, or the end of the line for the last).
  const ends = new Int32Array(width);
  let lineStart = 0;
  const field: FieldReader = (column) => {
    const at = indexOf.get(column);
    if (at === undefined) return '';
    const start = at === 0 ? lineStart : ends[at - 1]! + 1;
    const end = ends[at]!;
    if (
      start < end &&
      (mayBeSpace(body.charCodeAt(start)) || mayBeSpace(body.charCodeAt(end - 1)))
    ) {
      const trimmed = body.slice(start, end).trim();
      return trimmed === NOT_AVAILABLE ? '' : trimmed;
    }
    if (end - start === 3 && body.startsWith(NOT_AVAILABLE, start)) return '';
    const value = body.slice(start, end);
    if (!shared.has(at)) return value;
    let copy = copies.get(value);
    if (copy === undefined) {
      copy = ownString(value);
      copies.set(copy, copy);
    }
    return copy;
  };
  let linesRead = 0;
  let lineNumber = 1;
  let next = headerEnd < 0 ? body.length + 1 : headerEnd + 1;
  while (next <= body.length) {
    lineStart = next;
    const newline = body.indexOf(NEWLINE, lineStart);
    const last = newline < 0;
    let lineEnd = last ? body.length : newline;
    next = lineEnd + 1;
    if (lineEnd > lineStart && body.charCodeAt(lineEnd - 1) === CARRIAGE_RETURN) lineEnd--;
    if (lineEnd === lineStart && last) break;
    lineNumber++;
    linesRead++;
    if (mayBeSpace(body.charCodeAt(lineStart)) && body.slice(lineStart, lineEnd).trim() === '') {
      rejects.push({ file: spec.file, line: lineNumber, reason: 'the line is empty' });
      continue;
    }
    let count = 0;
    for (
      let tab = body.indexOf('\t', lineStart);
      tab >= 0 && tab < lineEnd;
      tab = body.indexOf('\t', tab + 1)
    ) {
      if (count < width) ends[count] = tab;
      count++;
    }
    if (count < width) ends[count] = lineEnd;
    if (count + 1 !== width) {
      rejects.push({
        file: spec.file,
        line: lineNumber,
        reason: `the line has ${count + 1} fields; the header has ${width}`,
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
  body = '';
  copies.clear();
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
