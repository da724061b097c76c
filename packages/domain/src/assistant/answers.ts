import { LIMITS } from '../limits.ts';
import type { ValueProposition } from '../model.ts';

/**
 * A language model's answer read back into the plan's shape (decision 0020).
 * Models wrap answers in Markdown, quotes and numbering; these readers take
 * what the prompts of prompts.ts asked for and return null when the answer
 * is not in that form, so nothing half-read is ever offered to write.
 */

/** Strips Markdown emphasis, surrounding quotes and a trailing full stop the model added. */
function tidy(text: string): string {
  return text
    .replace(/\*\*|__|`/g, '')
    .trim()
    .replace(/^["“”']+|["“”']+$/g, '')
    .trim();
}

const PROPOSITION_LABELS: readonly [keyof ValueProposition, RegExp][] = [
  ['who', /^\W*who\W*[:\-–—]\s*(.*)$/i],
  ['problems', /^\W*problems?\W*[:\-–—]\s*(.*)$/i],
  ['result', /^\W*results?\W*[:\-–—]\s*(.*)$/i],
];

/** "Who: …", "Problems: …", "Result: …" → the three parts; null unless all three are there. */
export function readPropositionDraft(text: string): ValueProposition | null {
  const found: Partial<Record<keyof ValueProposition, string>> = {};
  for (const raw of text.split(/\r?\n/)) {
    for (const [key, pattern] of PROPOSITION_LABELS) {
      const match = pattern.exec(raw.trim());
      if (match && found[key] === undefined) {
        const part = tidy(match[1] ?? '').replace(/\.$/, '');
        if (part !== '') found[key] = part;
        break;
      }
    }
  }
  const { who, problems, result } = found;
  return who !== undefined && problems !== undefined && result !== undefined
    ? { who, problems, result }
    : null;
}

/**
 * "1. stays loyal" lines → one phrase per value, in order; null unless there
 * is exactly one per value, each short enough for a value (a longer one could
 * not be saved). Plain lines count when the model left out the numbers.
 */
export function readValueVerbsDraft(text: string, count: number): string[] | null {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const numbered = lines
    .map((line) => /^(\d+)[.)]\s*(.+)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null);
  const picked =
    numbered.length > 0
      ? numbered.map((match) => match[2] ?? '')
      : lines.map((line) => line.replace(/^[-*•]\s*/, ''));
  // "Loyalty → stays loyal": keep what follows the arrow.
  const phrases = picked
    .map((phrase) => tidy(phrase.split(/\s(?:→|->|=>)\s/).pop() ?? ''))
    .map((phrase) => tidy(phrase.replace(/\.$/, '')));
  if (
    phrases.length !== count ||
    phrases.some((phrase) => phrase === '' || phrase.length > LIMITS.maxShortText)
  )
    return null;
  return phrases;
}

/** A free text (a vision, a summary) as it would go into the plan: trimmed, without wrapping quotes. */
export function readTextDraft(text: string): string | null {
  const tidied = tidy(text);
  return tidied === '' ? null : tidied;
}
