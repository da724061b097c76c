/**
 * Words of titles and skill names, normalized the same way on both sides of a
 * match: lower case, accents removed, light plural stemming, stop words out.
 */

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'in',
  'on',
  'to',
  'or',
  'with',
  'at',
  'by',
  'all',
  'other',
]);

/** Tokens with an ampersand inside that stand for a phrase (FP&A is nowhere in O*NET's titles). */
const AMPERSAND_WORDS: Readonly<Record<string, string>> = {
  'fp&a': 'fpa',
  'r&d': 'rnd',
  'm&a': 'mna',
  'p&l': 'pnl',
  'a&r': 'anr',
};

/** Lower case without accents; `&` inside a known abbreviation kept, elsewhere a word break. */
export function normalizeText(text: string): string {
  // Most titles are plain ASCII: NFKD and the accent pass change nothing there, and cost the most.
  const lower = (
    NON_ASCII.test(text) ? text.normalize('NFKD').replace(ACCENTS, '') : text
  ).toLowerCase();
  if (!lower.includes('&')) return lower;
  return lower.replace(/[a-z]+&[a-z]+/g, (word) => AMPERSAND_WORDS[word] ?? word.replace('&', ' '));
}

const NON_ASCII = /[^ -~\t\n\r]/;
const ACCENTS = /[\u0300-\u036f]/g;

/** `managers` → `manager`, `technologies` → `technology`; `analysis`, `sales`… keep a stable form. */
export function stemWord(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s')) {
    const before = word.charCodeAt(word.length - 2);
    // `ss`, `us`, `is` stay: business, status, analysis.
    if (before !== 115 && before !== 117 && before !== 105) return word.slice(0, -1);
  }
  return word;
}

/** The words of a text that carry meaning, normalized and stemmed, in order. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const raw of normalizeText(text).split(/[^a-z0-9+#]+/)) {
    const first = raw.charCodeAt(0);
    const word = first === 43 || first === 35 ? raw.replace(/^[+#]+/, '') : raw;
    if (word === '' || STOP_WORDS.has(word)) continue;
    words.push(stemWord(word));
  }
  return words;
}

/**
 * A stronger stem for matching skill phrases to O*NET names, where the form of
 * a word varies more (`negotiating`, `negotiation`): common suffixes removed,
 * at least four letters kept.
 */
export function rootOf(word: string): string {
  for (const suffix of [
    'ations',
    'ation',
    'ings',
    'ing',
    'ments',
    'ment',
    'ions',
    'ion',
    'ers',
    'er',
    'ed',
    'al',
    'ive',
    'ity',
    'ies',
    'y',
    'e',
    's',
  ]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4)
      return word.slice(0, -suffix.length);
  }
  return word;
}
