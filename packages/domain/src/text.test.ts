import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHours, hasText, joinWords, pluralize, quoteForMessage } from './text.ts';

describe('text helpers', () => {
  it('counts whitespace-only text as not written', () => {
    expect(hasText('')).toBe(false);
    expect(hasText(' \n\t ')).toBe(false);
    expect(hasText(null)).toBe(false);
    expect(hasText(' a ')).toBe(true);
  });

  it('quotes text for a message, falls back when blank and shortens long text', () => {
    expect(quoteForMessage('  Coach   shift leads ', 'A task')).toBe("'Coach shift leads'");
    expect(quoteForMessage('   ', 'A task')).toBe('A task');
    expect(quoteForMessage('x'.repeat(100), 'A task', 10)).toBe(`'${'x'.repeat(9)}…'`);
  });

  it('writes counts and lists as a person would', () => {
    expect(pluralize(1, 'task')).toBe('1 task');
    expect(pluralize(3, 'task')).toBe('3 tasks');
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('formats hours with at most two decimals', () => {
    expect(formatHours(7.5)).toBe('7.5');
    expect(formatHours(0.1 + 0.2)).toBe('0.3');
    expect(formatHours(12)).toBe('12');
  });

  it('agrees with trim about which text is written', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(hasText(text)).toBe(text.trim() !== '');
      }),
    );
  });
});
