import {
  ARTICLES,
  AUDIENCE_CUES,
  GENERIC_ONE_WORD_TITLES,
  MAX_MODIFIERS_SKIPPED,
  PHRASE_BREAKS,
  RANKS,
  ROLE_NOUNS_AFTER,
  SELF_CUES,
  isRoleHead,
} from './title-cues.ts';
import { wordsWithOffsets, type Word } from './words.ts';

/**
 * Finds job titles in free text, against a list of titles (the occupation
 * catalog's titles and alternate titles, passed in).
 *
 * The titles form a trie of words (singular, lower case): every position of
 * the text is walked as far as the trie goes, the longest title wins, and
 * overlapping candidates are settled longest first. A candidate is then
 * reported only when its context says it is a role, so that words that are
 * titles and also ordinary words stay quiet:
 *
 * 1. A cue before it ("work as a", "become", "I am a", "the role of"), or a
 *    role noun after it ("a pharmacist role"), makes any title a mention,
 *    except a one-word title that is an everyday word ("leader", "runner").
 * 2. Without a cue, a title of two or more words whose last word is a role
 *    noun ("product manager") is a mention when it is singular and does not
 *    follow a word that makes it the audience ("I help product managers",
 *    "with my project manager").
 * 3. A one-word title without a cue is not reported: "I run workshops", "I
 *    coach teams", "I help nurses" use title words for something else.
 *
 * Acronym titles (CEO, RN) match only when written in capitals. A rank
 * written before a title ("lead", "senior") is taken into its span.
 */

export interface TitleEntry {
  readonly text: string;
  /** The occupation the title belongs to (e.g. an O*NET-SOC code), or null. */
  readonly code: string | null;
  /** True for an occupation's own title: it settles which code a shared alternate title gets. */
  readonly primary?: boolean;
}

/** A title found in a text; `start`/`end` are UTF-16 offsets, `text` is `input.slice(start, end)`. */
export interface TitleMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The occupation when the words name exactly one (or one occupation's own title); otherwise null. */
  readonly code: string | null;
}

export interface TitleMatcher {
  /** `${node} ${word}` → child node; node 0 is the root. */
  readonly edges: ReadonlyMap<string, number>;
  /** Per node: index into the terminal arrays, or -1 when no title ends there. */
  readonly terminalOf: Int32Array;
  readonly terminalCode: readonly (string | null)[];
  /** 1 when the title is only ever written as an acronym (match capitals only). */
  readonly terminalAcronym: Uint8Array;
  readonly maxWords: number;
  /** How many distinct title forms the matcher holds. */
  readonly size: number;
}

interface TerminalDraft {
  codes: Set<string>;
  primaryCodes: Set<string>;
  acronymOnly: boolean;
}

/**
 * The forms a catalog title is written in: "CEO (Chief Executive Officer)" is
 * both; "Teachers, Secondary School" reads "Secondary School Teachers";
 * "Engineers, All Other" is "Engineers"; "Waiter/Waitress" is either.
 */
export function formsOfTitle(text: string): string[] {
  const inner = [...text.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!);
  const outer = text.replace(/\([^()]*\)/g, ' ');
  const forms: string[] = [];
  for (const form of [outer, ...inner]) {
    for (const part of form.split('/')) {
      const [head, ...rest] = part.split(',').map((s) => s.trim());
      if (!head) continue;
      const tail = rest.join(' ').trim();
      if (tail === '' || /^(all other|except\b|and\b|nec\b)/i.test(tail)) forms.push(head);
      else forms.push(`${tail} ${head}`);
    }
  }
  // "Engineer II" is an engineer; a form that is only a grade or a letter ("(I)") names nothing.
  return forms
    .map((f) => f.replace(/\s+(?:I{1,3}|IV|V|VI{1,3})\s*$/, '').trim())
    .filter((f) => f.replace(/\b(?:I{1,3}|IV|V|VI{1,3}|[A-Za-z])\b/g, '').trim() !== '');
}

const isAcronym = (raw: string): boolean => /^[A-Z]{2,5}$/.test(raw);

export function buildTitleMatcher(entries: Iterable<TitleEntry>): TitleMatcher {
  const edges = new Map<string, number>();
  const terminalIndex: number[] = [-1];
  const drafts: TerminalDraft[] = [];
  let maxWords = 0;
  for (const entry of entries) {
    for (const form of formsOfTitle(entry.text)) {
      const words = wordsWithOffsets(form);
      // A form ending in a small word ("Runner On") would swallow the next words of a sentence.
      const last = words[words.length - 1];
      if (!last || PHRASE_BREAKS.has(last.lower) || ARTICLES.has(last.lower)) continue;
      let node = 0;
      for (const word of words) {
        const key = `${node} ${word.stem}`;
        let next = edges.get(key);
        if (next === undefined) {
          next = terminalIndex.length;
          terminalIndex.push(-1);
          edges.set(key, next);
        }
        node = next;
      }
      maxWords = Math.max(maxWords, words.length);
      let t = terminalIndex[node]!;
      if (t === -1) {
        t = drafts.length;
        terminalIndex[node] = t;
        drafts.push({ codes: new Set(), primaryCodes: new Set(), acronymOnly: true });
      }
      const draft = drafts[t]!;
      if (entry.code !== null) draft.codes.add(entry.code);
      if (entry.code !== null && entry.primary) draft.primaryCodes.add(entry.code);
      if (!(words.length === 1 && isAcronym(words[0]!.raw))) draft.acronymOnly = false;
    }
  }
  const codeOf = (d: TerminalDraft): string | null => {
    if (d.primaryCodes.size === 1) return [...d.primaryCodes][0]!;
    return d.codes.size === 1 ? [...d.codes][0]! : null;
  };
  return {
    edges,
    terminalOf: Int32Array.from(terminalIndex),
    terminalCode: drafts.map(codeOf),
    terminalAcronym: Uint8Array.from(drafts.map((d) => (d.acronymOnly ? 1 : 0))),
    maxWords,
    size: drafts.length,
  };
}

interface Candidate {
  readonly first: number;
  /** Index of the last word, inclusive. */
  readonly last: number;
  readonly terminal: number;
}

/** The longest title starting at each word. */
function candidatesOf(matcher: TitleMatcher, words: readonly Word[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (let first = 0; first < words.length; first++) {
    let node = 0;
    let best: Candidate | null = null;
    for (let i = first; i < words.length && i - first < matcher.maxWords; i++) {
      const next = matcher.edges.get(`${node} ${words[i]!.stem}`);
      if (next === undefined) break;
      node = next;
      const terminal = matcher.terminalOf[node]!;
      if (terminal === -1) continue;
      // An acronym title matches capitals only: "CEO", not "ceo" or "Ceo".
      if (matcher.terminalAcronym[terminal] && !(first === i && isAcronym(words[i]!.raw))) continue;
      best = { first, last: i, terminal };
    }
    if (best) candidates.push(best);
  }
  return candidates;
}

/** Longest first, then leftmost; a candidate overlapping one already kept is dropped. */
function settleOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first,
  );
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (kept.some((k) => c.first <= k.last && k.first <= c.last)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.first - b.first);
}

function endsWithCue(words: readonly Word[], end: number): boolean {
  return SELF_CUES.some((cue) => {
    if (cue.length > end) return false;
    return cue.every((w, k) => words[end - cue.length + k]!.lower === w);
  });
}

/** A self cue before the title, skipping articles and up to three modifiers ("as a senior clinical"). */
function hasCueBefore(words: readonly Word[], first: number): boolean {
  let modifiers = 0;
  for (let i = first; i > 0; i--) {
    if (endsWithCue(words, i)) return true;
    const word = words[i - 1]!;
    if (ARTICLES.has(word.lower)) continue;
    // A verb form or an audience word between them means the title is not the complement of the cue.
    if (PHRASE_BREAKS.has(word.lower) || AUDIENCE_CUES.has(word.lower)) return false;
    if (word.lower.endsWith('ing') || ++modifiers > MAX_MODIFIERS_SKIPPED) return false;
  }
  return false;
}

function hasAudienceBefore(words: readonly Word[], first: number): boolean {
  for (let i = first - 1; i >= 0; i--) {
    const word = words[i]!;
    if (ARTICLES.has(word.lower)) continue;
    return AUDIENCE_CUES.has(word.lower);
  }
  return false;
}

function isMention(words: readonly Word[], c: Candidate): boolean {
  const head = words[c.last]!;
  const oneWord = c.first === c.last;
  if (oneWord && GENERIC_ONE_WORD_TITLES.has(head.stem)) return false;
  const after = words[c.last + 1];
  if (hasCueBefore(words, c.first) || (after && ROLE_NOUNS_AFTER.has(after.stem))) return true;
  if (oneWord || head.plural || !isRoleHead(head.stem)) return false;
  return !hasAudienceBefore(words, c.first);
}

export function findTitleMentions(matcher: TitleMatcher, text: string): TitleMention[] {
  const words = wordsWithOffsets(text);
  return settleOverlaps(candidatesOf(matcher, words))
    .filter((c) => isMention(words, c))
    .map((c) => {
      // "the lead engineer", "a senior pharmacist": the rank belongs to the title named.
      let first = c.first;
      while (first > 0 && RANKS.has(words[first - 1]!.lower)) first -= 1;
      const start = words[first]!.start;
      const end = words[c.last]!.end;
      return { text: text.slice(start, end), start, end, code: matcher.terminalCode[c.terminal]! };
    });
}
