/**
 * RFC 4180 records (CSV, or pandas' TSV with the same quoting): a field may be
 * quoted, a quote inside a quoted field is doubled, and a quoted field may span
 * lines. Each record keeps the line it starts on, so a reject can name it.
 */

export interface DelimitedRecord {
  /** 1-based line number where the record starts (the header is line 1). */
  readonly line: number;
  readonly fields: readonly string[];
  /** Set when the record could not be read as written (an unclosed quote …). */
  readonly problem?: string;
}

export function* readDelimited(text: string, delimiter: ',' | '\t'): Generator<DelimitedRecord> {
  // A UTF-8 byte-order mark would otherwise become part of the first column name.
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let problem: string | undefined;
    let ended = false;
    let quoted = false;
    let atFieldStart = true;
    while (i < n && !ended) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            i++;
          }
        } else {
          if (c === '\n') line++;
          field += c;
          i++;
        }
        continue;
      }
      if (c === '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
        i++;
      } else if (c === delimiter) {
        fields.push(field);
        field = '';
        atFieldStart = true;
        i++;
      } else if (c === '\n' || c === '\r') {
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        ended = true;
      } else {
        if (c === '"') problem ??= 'a quote inside an unquoted field';
        field += c;
        atFieldStart = false;
        i++;
      }
    }
    if (quoted) problem = 'a quoted field is never closed';
    fields.push(field);
    // A blank line is reported by the caller as an empty record.
    yield problem === undefined
      ? { line: startLine, fields }
      : { line: startLine, fields, problem };
  }
}
