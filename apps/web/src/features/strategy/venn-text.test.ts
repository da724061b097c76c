import { describe, expect, it } from 'vitest';
import { wrapText } from './venn-text.ts';

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('builds trust', 16, 2)).toEqual(['builds trust']);
  });

  it('breaks at spaces so no line is longer than asked', () => {
    const lines = wrapText('untangling systems that nobody else wants to touch', 16, 5);
    expect(lines.join(' ')).toBe('untangling systems that nobody else wants to touch');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(16);
  });

  it('cuts what does not fit and ends the last line with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(9);
  });

  it('breaks a word longer than a line', () => {
    const lines = wrapText('supercalifragilistic', 8, 4);
    expect(lines.join('')).toBe('supercalifragilistic');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(8);
  });

  it('gives no lines for blank text', () => {
    expect(wrapText('   ', 10, 3)).toEqual([]);
  });
});
