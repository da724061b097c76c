/**
 * The context that tells a job title from the same words used otherwise.
 * These are facts about English phrasing, not a list of titles: the titles
 * themselves come from the occupation catalog.
 */

/**
 * Words right before a title (articles and a few modifiers may sit between)
 * that say the writer means a role they hold or want: "work as a", "become",
 * "I am a", "the role of". Each entry is a word sequence, compared in lower case.
 */
export const SELF_CUES: readonly (readonly string[])[] = [
  ['as'],
  ['become'],
  ['becomes'],
  ['becoming'],
  ['became'],
  ['be'],
  ['being'],
  ['am'],
  ["i'm"],
  ['im'],
  ['role', 'of'],
  ['job', 'of'],
  ['title', 'of'],
  ['position', 'of'],
  ['post', 'of'],
  ['promoted', 'to'],
  ['promotion', 'to'],
  ['hired', 'to', 'be'],
  ['career', 'in'],
];

/** A noun right after a title that makes it one: "a pharmacist role", "the manager job". */
export const ROLE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'role',
  'job',
  'position',
  'title',
  'post',
  'career',
  'gig',
  'promotion',
  'vacancy',
  'opening',
]);

/**
 * Words between a cue and the title that may be skipped: articles, and any
 * modifier ("as a senior clinical pharmacist"), up to {@link MAX_MODIFIERS_SKIPPED}.
 * These words end a phrase instead, so a cue never reaches across them.
 */
export const PHRASE_BREAKS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'that',
  'who',
  'which',
  'to',
  'because',
  'so',
  'when',
  'where',
  'while',
  'if',
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'it',
  'for',
  'with',
  'of',
  'in',
  'on',
  'at',
  'by',
  'from',
  'as',
  'like',
  'than',
  'not',
]);

export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
export const MAX_MODIFIERS_SKIPPED = 3;

/**
 * Words right before a title that show it names other people, the audience
 * of the work: "I help nurses", "I coach product managers", "my manager".
 */
export const AUDIENCE_CUES: ReadonlySet<string> = new Set([
  'help',
  'helps',
  'helping',
  'support',
  'supports',
  'supporting',
  'coach',
  'coaching',
  'mentor',
  'mentoring',
  'teach',
  'teaching',
  'train',
  'training',
  'serve',
  'serving',
  'advise',
  'advising',
  'guide',
  'guiding',
  'enable',
  'enabling',
  'equip',
  'unblock',
  'with',
  'for',
  'to',
  'alongside',
  'my',
  'our',
  'their',
  'your',
  'his',
  'her',
  'other',
  'fellow',
]);

/**
 * One-word titles in the catalog that are everyday words first ("a leader",
 * "a runner", "the owner of the problem"). Alone they are never reported, even
 * after a cue; inside a longer title ("team leader", "delivery driver",
 * "product owner") they are.
 */
export const GENERIC_ONE_WORD_TITLES: ReadonlySet<string> = new Set([
  'leader',
  'lead',
  'head',
  'runner',
  'driver',
  'member',
  'worker',
  'helper',
  'hand',
  'partner',
  'owner',
  'player',
  'maker',
  'builder',
  'mate',
  'associate',
  'assistant',
  'professional',
  'expert',
  'volunteer',
  'fellow',
  'chief',
  'senior',
  'junior',
  'staff',
  'model',
  'guide',
  'host',
  'creator',
  'advocate',
  'champion',
  'user',
  'student',
  'learner',
  'thinker',
  'listener',
  'connector',
  'generalist',
  'specialist',
  'contributor',
  'boss',
  'agent',
  'operator',
  'coordinator',
  'representative',
  'officer',
  'anchor',
  'principal',
  'catalyst',
  'translator',
  'storyteller',
  'problem',
  'solver',
  'friend',
  'parent',
  'person',
  'people',
]);

/**
 * Heads of job titles that do not end like an agent noun (-er, -or, -ist …):
 * "registered nurse", "sous chef", "data analyst".
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'nurse',
  'chef',
  'clerk',
  'aide',
  'coach',
  'lead',
  'head',
  'judge',
  'pilot',
  'surgeon',
  'physician',
  'architect',
  'analyst',
  'guide',
  'host',
  'tech',
  'associate',
  'president',
  'chair',
  'dean',
  'principal',
  'secretary',
  'steward',
  'poet',
  'scout',
  'cook',
  'maid',
  'nanny',
  'usher',
  'mate',
  'marshal',
  'sheriff',
  'captain',
  'sergeant',
  'lieutenant',
  'colonel',
  'admiral',
  'priest',
  'rabbi',
  'imam',
  'pastor',
  'bishop',
  'midwife',
  'medic',
  'paramedic',
  'intern',
  'apprentice',
  'trainee',
  'fellow',
  'resident',
  'valet',
  'butler',
  'chief',
  'executive',
  'representative',
  'vp',
  'ceo',
  'cfo',
  'cto',
  'coo',
  'cio',
  'cmo',
  'staff',
  'actuary',
  'attorney',
  'deputy',
  'envoy',
  'diplomat',
  'nutritionist',
  'hygienist',
]);

const AGENT_ENDINGS = /(er|or|ist|yst|ian|ant|ent|ee|man|woman|person|eur)$/;
// Endings that look like an agent noun but name a thing: development, business, process.
const NOT_AGENT_ENDINGS = /(ment|ness)$/;
const FEMININE_TITLES = new Set(['actress', 'waitress', 'hostess', 'stewardess', 'seamstress']);

/** True when a word can be the head of a job title: an agent noun or a known role head. */
export function isRoleHead(stem: string): boolean {
  if (ROLE_HEADS.has(stem) || FEMININE_TITLES.has(stem)) return true;
  return stem.length > 3 && AGENT_ENDINGS.test(stem) && !NOT_AGENT_ENDINGS.test(stem);
}

/** Ranks written before a title; a span grows to take them in ("lead engineer", "senior pharmacist"). */
export const RANKS: ReadonlySet<string> = new Set([
  'lead',
  'senior',
  'junior',
  'principal',
  'staff',
  'chief',
  'head',
  'assistant',
  'associate',
  'deputy',
]);
