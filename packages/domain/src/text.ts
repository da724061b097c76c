/**
 * Small rules about the text people type, shared by the computations that judge
 * whether something "has been written".
 */

/** True when the text has at least one non-whitespace character: a space bar press is not an answer. */
export function hasText(text: string | null | undefined): boolean {
  return typeof text === 'string' && text.trim().length > 0;
}

/**
 * The text in quotes for a message, or a fallback when the person has not
 * written it yet; long text is shortened so messages stay one line.
 */
export function quoteForMessage(text: string, fallback: string, maxChars = 60): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0) return fallback;
  const shortened =
    trimmed.length > maxChars ? `${trimmed.slice(0, maxChars - 1).trimEnd()}…` : trimmed;
  return `'${shortened}'`;
}

/** "1 task" / "3 tasks" — counts in messages read as a person would write them. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Hours with at most two decimals and no trailing zeros: 7.5, 0.25, 12. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}
