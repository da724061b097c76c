/**
 * Words of a person's text with their place in it, for the coach's rules.
 * Offsets are UTF-16 code units of the original string (what JavaScript's
 * `slice` and a browser's selection use), so a span found here can be
 * highlighted in the text as typed.
 */

export interface Word {
  /** The word as written (a possessive 's left out). */
  readonly raw: string;
  /** Lower case, accents removed. */
  readonly lower: string;
  /** {@link lower} reduced to its singular form, so "pharmacists" and "pharmacist" meet. */
  readonly stem: string;
  /** True when the word was a plural that {@link stem} reduced. */
  readonly plural: boolean;
  readonly start: number;
  readonly end: number;
}

// Letters and digits, with inner apostrophes (I'm, don't); an ampersand is a word of its own ("and").
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|&/gu;

const NON_ASCII = /[^ -~\t\n\r]/;

export function wordsWithOffsets(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    let raw = match[0];
    const start = match.index;
    // A possessive is the same word: "the pharmacist's job" names a pharmacist.
    if (/['’]s$/i.test(raw)) raw = raw.slice(0, -2);
    const lower =
      raw === '&'
        ? 'and'
        : // Plain ASCII (most words) has no accents to strip and no curly apostrophe.
          NON_ASCII.test(raw)
          ? raw
              .normalize('NFKD')
              .replace(/[\u0300-\u036f]/g, '')
              .toLowerCase()
              .replace(/’/g, "'")
          : raw.toLowerCase();
    const stem = singularOf(lower);
    words.push({ raw, lower, stem, plural: stem !== lower, start, end: start + raw.length });
  }
  return words;
}

/**
 * A light plural-to-singular rule, the same on both sides of a match:
 * secretaries → secretary, coaches → coach, nurses → nurse, salesmen → salesman.
 * Words ending in -ss, -us, -is (boss, status, analysis) are left alone.
 */
export function singularOf(word: string): string {
  if (word.length > 4 && word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is|'s)$/.test(word))
    return word.slice(0, -1);
  return word;
}

/** Small words that carry no content; left out when comparing what two texts say. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but of for in on at to by with from into onto over under about as than so ' +
    'that this these those which who whom whose what when where while how why because if then ' +
    'i me my mine we us our ours you your they them their he him his she her it its one ' +
    'am is are was were be been being do does did have has had will would can could should may might must ' +
    'not no yes very more most less much many some any all each every own other such just also ' +
    'can cannot up out off again further once here there too only same both few nor'
  ).split(' '),
);

/** The content words of a text, singular and lower case, in order. */
export function contentWordsOf(text: string): string[] {
  return wordsWithOffsets(text)
    .map((word) => word.stem)
    .filter((stem) => !FUNCTION_WORDS.has(stem) && !/^\d+$/.test(stem));
}
