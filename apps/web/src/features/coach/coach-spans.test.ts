import { describe, expect, it } from 'vitest';
import { relocateSpan, settleSpans, splitBySpans } from './coach-spans.ts';

const TEXT = 'one day I hope to work as a pharmacist';
const PHARMACIST = { start: 28, end: 38, text: 'pharmacist' };

describe('splitBySpans', () => {
  it('marks the title and keeps the words around it, so the runs join back into the text', () => {
    const segments = splitBySpans(TEXT, [PHARMACIST]);
    expect(segments).toEqual([
      { text: 'one day I hope to work as a ', marked: false },
      { text: 'pharmacist', marked: true },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
  });

  it('returns the whole text unmarked when no span applies', () => {
    expect(splitBySpans('I run workshops', [])).toEqual([
      { text: 'I run workshops', marked: false },
    ]);
    expect(splitBySpans('', [])).toEqual([]);
  });

  it('merges overlapping spans and orders them by position', () => {
    const text = 'a senior product manager and a nurse';
    const segments = splitBySpans(text, [
      { start: 31, end: 36, text: 'nurse' },
      { start: 9, end: 24, text: 'product manager' },
      { start: 2, end: 16, text: 'senior product' },
    ]);
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual([
      'senior product manager',
      'nurse',
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('counts offsets in UTF-16 code units, as the server sends them', () => {
    const text = '🌱 I want to be a nurse';
    const start = text.indexOf('nurse');
    expect(start).toBe(18);
    expect(splitBySpans(text, [{ start, end: start + 5, text: 'nurse' }])[1]).toEqual({
      text: 'nurse',
      marked: true,
    });
  });
});

describe('relocateSpan', () => {
  it('keeps a span whose words are still where the coach saw them', () => {
    expect(relocateSpan(TEXT, PHARMACIST)).toBe(PHARMACIST);
  });

  it('follows the words when text was typed before them', () => {
    expect(relocateSpan(`Honestly, ${TEXT}`, PHARMACIST)).toEqual({
      start: 38,
      end: 48,
      text: 'pharmacist',
    });
  });

  it('picks the occurrence nearest to where the coach saw it', () => {
    const text = 'nurse, nurse, nurse';
    expect(relocateSpan(text, { start: 8, end: 13, text: 'nurse' })?.start).toBe(7);
  });

  it('drops a span whose words were rewritten', () => {
    expect(relocateSpan('one day I hope to help people with medicines', PHARMACIST)).toBeNull();
    expect(settleSpans('helping people with medicines', [PHARMACIST])).toEqual([]);
  });
});
