import nlp from 'compromise/two';
import type { ValueAnalysis } from '@trailmap/domain';
import { ADJECTIVE_PHRASES, VALUE_PHRASES } from './value-lexicon.ts';

/**
 * Values as present-tense verbs ("builds trust", "simplifies"). compromise
 * (its tagging level, `compromise/two`: a fifth of the full library's time per
 * value) tags the words; our own rules turn a noun or an adjective into a verb:
 *
 * - a phrase led by a third-person present verb ("builds trust", "always
 *   listens") is a verb phrase; nothing to suggest;
 * - a base verb ("teach", "make things simple") is conjugated ("teaches");
 * - a gerund ("Inspiring others", "Empowering teams") is re-tagged as a verb
 *   (compromise reads a leading -ing word as an adjective) and conjugated;
 * - a noun goes back to its verb or adjective by its ending: -ation/-ion,
 *   -ment, -ance/-ence → a verb ("collaboration" → "collaborates"); -ity,
 *   -ness, -ism → an adjective ("curiosity" → "stays curious");
 * - an adjective gives a verb where its ending allows ("creative" → "creates")
 *   and "stays …" otherwise ("loyal" → "stays loyal");
 * - values the endings cannot reach ("integrity", "trust") come from a small
 *   lexicon of their usual verb phrases (value-lexicon.ts).
 */

const world = nlp.world() as unknown as {
  model: { one: { lexicon: Record<string, string | string[]> } };
  methods: {
    two: {
      transform: {
        verb: {
          toInfinitive: (word: string, model: unknown, tense: string) => string;
          conjugate: (infinitive: string, model: unknown) => Record<string, string>;
        };
      };
    };
  };
};
const verbTransform = world.methods.two.transform.verb;
const model = world.model;

interface Term {
  readonly text: string;
  readonly normal: string;
  readonly tags: readonly string[];
}

/**
 * The tagged words of a text, read from compromise's document directly (its
 * `json()` output costs more than the tagging on values this short).
 */
function termsOf(text: string): Term[] {
  const document = (
    nlp(text) as unknown as {
      document: { text: string; normal: string; tags: Set<string> }[][];
    }
  ).document;
  const terms: Term[] = [];
  for (const sentence of document)
    for (const t of sentence) terms.push({ text: t.text, normal: t.normal, tags: [...t.tags] });
  return terms;
}

function lexiconTags(word: string): readonly string[] {
  const entry = model.one.lexicon[word];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

/**
 * Tags of a word read alone, remembered: derivations try several candidate
 * words per value, and the same few hundred words come back all the time.
 * Bounded so that odd input cannot grow it without end.
 */
const tagsOfWord = new Map<string, readonly string[]>();
const MAX_REMEMBERED_WORDS = 20_000;

function tagsAlone(word: string): readonly string[] {
  let tags = tagsOfWord.get(word);
  if (tags === undefined) {
    tags = termsOf(word)[0]?.tags ?? [];
    if (tagsOfWord.size >= MAX_REMEMBERED_WORDS) tagsOfWord.clear();
    tagsOfWord.set(word, tags);
  }
  return tags;
}

/** True when compromise reads the word alone as a base-form verb. */
function isBaseVerb(word: string): boolean {
  return /^[a-z]{3,}$/.test(word) && tagsAlone(word).includes('Infinitive');
}

function isAdjective(word: string): boolean {
  return /^[a-z]{3,}$/.test(word) && tagsAlone(word).includes('Adjective');
}

export function thirdPersonOf(infinitive: string): string {
  if (infinitive === 'be') return 'is';
  if (infinitive === 'have') return 'has';
  return verbTransform.conjugate(infinitive, model).PresentTense ?? `${infinitive}s`;
}

/** Candidate stems of a word with its suffix replaced, e.g. "collaboration" → "collaborate". */
function replaceEnding(word: string, rules: readonly (readonly [string, string])[]): string[] {
  const out: string[] = [];
  for (const [from, to] of rules) {
    if (word.endsWith(from) && word.length - from.length >= 3)
      out.push(word.slice(0, -from.length) + to);
  }
  return out;
}

const NOUN_TO_VERB: readonly (readonly [string, string])[] = [
  ['ication', 'y'],
  ['ation', 'ate'],
  ['ation', 'e'],
  ['ation', ''],
  ['ition', 'ite'],
  ['sion', 'de'],
  ['sion', 'd'],
  ['ssion', 'ss'],
  ['tion', 'te'],
  ['ion', ''],
  ['ion', 'e'],
  ['ment', ''],
  ['ance', 'e'],
  ['ance', ''],
  ['ence', ''],
  ['ence', 'e'],
  ['ship', ''],
  ['al', ''],
];

const NOUN_TO_ADJECTIVE: readonly (readonly [string, string])[] = [
  ['osity', 'ous'],
  ['icity', 'ic'],
  ['ility', 'le'],
  ['ivity', 'ive'],
  ['ality', 'al'],
  ['ity', ''],
  ['ity', 'e'],
  ['ty', ''],
  ['iness', 'y'],
  ['ness', ''],
  ['ism', ''],
  ['ism', 'istic'],
  ['ence', 'ent'],
  ['ance', 'ant'],
];

const ADJECTIVE_TO_VERB: readonly (readonly [string, string])[] = [
  ['ative', 'ate'],
  ['ative', 'e'],
  ['ative', ''],
  ['sive', 'de'],
  ['ive', 'e'],
  ['ive', ''],
  ['able', ''],
  ['able', 'e'],
  ['ful', ''],
];

/** Prefers a candidate compromise knows as a verb over one it only guesses from the ending. */
function knownVerbFirst(candidates: readonly string[]): string | null {
  const known = candidates.find((c) => lexiconTags(c).includes('Infinitive') && isBaseVerb(c));
  return known ?? candidates.find(isBaseVerb) ?? null;
}

function verbFromNoun(word: string): string | null {
  // -ence/-ance words name a quality more often than an act: "patience" is patient, not "patients".
  if (/ence$/.test(word)) {
    const adjective = replaceEnding(word, [['ence', 'ent']]).find(isAdjective);
    if (adjective) return null;
  }
  return knownVerbFirst(replaceEnding(word, NOUN_TO_VERB));
}

function adjectiveFromNoun(word: string): string | null {
  return replaceEnding(word, NOUN_TO_ADJECTIVE).find(isAdjective) ?? null;
}

function verbFromAdjective(word: string): string | null {
  return knownVerbFirst(replaceEnding(word, ADJECTIVE_TO_VERB));
}

function suggestionsForAdjective(adjective: string): string[] {
  const known = ADJECTIVE_PHRASES[adjective];
  if (known) return [...known];
  const verb = verbFromAdjective(adjective);
  return verb ? [thirdPersonOf(verb), `stays ${adjective}`] : [`stays ${adjective}`];
}

const ADVERB_LEADS =
  /^(always|often|quietly|relentlessly|constantly|consistently|genuinely|deeply|openly|really|truly|never|actively)$/;

function isThirdPersonVerb(term: Term, alone: boolean): boolean {
  if (['is', 'has', 'does', 'stays', 'keeps'].includes(term.normal)) return true;
  if (term.tags.includes('Infinitive') || term.tags.includes('Gerund')) return false;
  if (!/s$/.test(term.normal)) return false;
  // A word alone that the lexicon lists as a plural noun ("Results", "Values") is a noun.
  if (alone && lexiconTags(term.normal).includes('Plural')) return false;
  if (term.tags.includes('Verb') && term.tags.includes('PresentTense')) return true;
  // compromise may read "treats people kindly" as a noun phrase: the base form decides.
  return baseFormsOf(term.normal).some(isBaseVerb);
}

/** treats → treat, teaches → teach, carries → carry. */
function baseFormsOf(word: string): string[] {
  return replaceEnding(word, [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
  ]);
}

function capitalizeNothing(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items.filter((s) => s.trim() !== ''))];
}

/**
 * Analyses remembered by value: the coach re-checks a person's three to five
 * values on every edit, so nearly every call repeats an earlier one. Bounded.
 */
const analyses = new Map<string, ValueAnalysis>();
const MAX_REMEMBERED_VALUES = 5_000;

export function analyzeValue(value: string): ValueAnalysis {
  let analysis = analyses.get(value);
  if (analysis === undefined) {
    analysis = analyzeValueAfresh(value);
    if (analyses.size >= MAX_REMEMBERED_VALUES) analyses.clear();
    analyses.set(value, analysis);
  }
  return analysis;
}

function analyzeValueAfresh(value: string): ValueAnalysis {
  const text = value.trim().replace(/\s+/g, ' ');
  const result = (isVerbPhrase: boolean, suggestions: readonly string[]): ValueAnalysis => ({
    value,
    isVerbPhrase,
    suggestions: unique(suggestions),
  });
  if (text === '') return result(false, []);
  const terms = termsOf(text);
  let lead = 0;
  while (lead < terms.length - 1 && ADVERB_LEADS.test(terms[lead]!.normal)) lead++;
  const first = terms[lead];
  if (first === undefined) return result(false, []);
  const rest = terms
    .slice(lead + 1)
    .map((t) => t.text)
    .join(' ');
  const adverbs = terms
    .slice(0, lead)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  const withRest = (verb: string) => [adverbs, verb, rest].filter((s) => s !== '').join(' ');

  if (isThirdPersonVerb(first, terms.length === 1)) return result(true, []);

  const phrase = text.toLowerCase().replace(/[.!]+$/, '');
  const known = VALUE_PHRASES[phrase];
  if (known) return result(false, known);

  const word = first.normal;
  // A gerund first: compromise often reads "Empowering" as an adjective, so the form decides.
  if (/ing$/.test(word) && word.length > 5) {
    const infinitive = verbTransform.toInfinitive(word, model, 'Gerund');
    // Re-tagged as a gerund, the word's verb is trusted when a phrase follows ("Mentoring others").
    if (
      infinitive &&
      infinitive !== word &&
      (isBaseVerb(infinitive) || (rest !== '' && infinitive.length >= 3))
    )
      return result(false, [withRest(thirdPersonOf(infinitive))]);
  }
  if (
    first.tags.includes('Infinitive') &&
    !(terms.length === 1 && lexiconTags(word).includes('Plural'))
  ) {
    return result(false, [withRest(thirdPersonOf(word))]);
  }
  if (terms.length === 1) {
    if (first.tags.includes('Adjective')) return result(false, suggestionsForAdjective(word));
    const verb = verbFromNoun(word);
    if (verb) return result(false, [thirdPersonOf(verb)]);
    const adjective = adjectiveFromNoun(word);
    if (adjective) return result(false, suggestionsForAdjective(adjective));
    return result(false, [`acts with ${capitalizeNothing(text)}`]);
  }
  // Several words, not led by a verb: an adjective before a noun ("inclusive leadership"), a
  // noun phrase ("customer focus"), or an adjective with a complement ("curious about people").
  const second = terms[lead + 1];
  if (
    first.tags.includes('Adjective') &&
    (second?.tags.includes('Preposition') ||
      !terms.slice(lead + 1).some((t) => t.tags.includes('Noun')))
  ) {
    const [head, ...more] = suggestionsForAdjective(word);
    return result(false, [[head, rest].join(' '), ...more]);
  }
  const last = terms[terms.length - 1]!;
  const headVerb = /ing$/.test(last.normal)
    ? verbTransform.toInfinitive(last.normal, model, 'Gerund')
    : verbFromNoun(last.normal);
  if (headVerb && isBaseVerb(headVerb)) {
    const modifiers = terms.slice(lead, -1).map((t) => t.normal);
    return result(false, [`${thirdPersonOf(headVerb)} ${modifiers.join(' ')}`.trim()]);
  }
  return result(false, [
    `acts with ${capitalizeNothing(text)}`,
    `stands for ${capitalizeNothing(text)}`,
  ]);
}
