import { describe, expect, it } from 'vitest';
import { decodeDocument, documentJson, documentJsonUtf8, encodeDocumentUtf8 } from './tables.ts';

describe('document JSON kept with the document', () => {
  const doc = () => ({ knownFor: 'Trust 🤝 — “quoted” — 漢字', list: [1, 2, { a: null }] });

  it('gives a saved document the very bytes the store wrote, which are its JSON in UTF-8', () => {
    const value = doc();
    const written = encodeDocumentUtf8(value);
    expect(written.equals(Buffer.from(JSON.stringify(value)))).toBe(true);
    expect(documentJsonUtf8(value)).toBe(written);
    expect(documentJson(value)).toBe(JSON.stringify(value));
  });

  it('encodes any other document when asked, a decoded one from its stored text', () => {
    const other = doc();
    expect(documentJsonUtf8(other).equals(Buffer.from(JSON.stringify(other)))).toBe(true);
    const stored = '{"knownFor":"Caf\\u00e9 ✨"}';
    const decoded = decodeDocument<object>(stored);
    expect(documentJsonUtf8(decoded).toString()).toBe(stored);
  });
});
