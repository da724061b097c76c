/**
 * Words of task statements and of the tasks people write on their EDA list,
 * reduced the same way on both sides: lower case, British spellings folded
 * (-ise → -ize), stop words out, suffixes stripped lightly, and everyday
 * office words mapped onto the words O*NET uses ("email" → correspondence,
 * "deck" → presentation), so "answer client emails" meets "Respond to
 * customer correspondence".
 */

const STOP_WORDS = new Set(
  (
    'a an and the of for in on to or with at by from as into onto about over per via ' +
    'all any each every other others such this that these those their them they it its ' +
    'is are be been being was were will would can could may might must should ' +
    'i me my we our you your he she his her who whom which what when where how ' +
    'etc including include includes related various using use used based new ' +
    'up out off so than then also not no more most some own same very just'
  ).split(' '),
);

/** Everyday words → the stems O*NET writes. A word may stand for several. */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  email: ['correspond'],
  correspondenc: ['correspond'],
  respons: ['respond'],
  conferenc: ['meet'],
  programm: ['program'],
  analysis: ['analyz'],
  mail: ['correspond'],
  inbox: ['correspond'],
  post: ['correspond'],
  letter: ['correspond'],
  messag: ['correspond'],
  slack: ['correspond'],
  meet: ['meet'],
  confer: ['meet'],
  call: ['meet'],
  standup: ['meet'],
  sync: ['meet'],
  huddle: ['meet'],
  discuss: ['meet'],
  dashboard: ['report'],
  spreadsheet: ['spreadsheet', 'data'],
  excel: ['spreadsheet', 'data'],
  invoic: ['invoic', 'bill'],
  bill: ['bill'],
  code: ['program'],
  cod: ['program'],
  script: ['program'],
  bug: ['defect'],
  issu: ['defect'],
  error: ['defect'],
  qa: ['test'],
  customer: ['client'],
  client: ['client'],
  boss: ['manag'],
  supervisor: ['manag'],
  employe: ['staff'],
  team: ['staff'],
  colleagu: ['staff'],
  worker: ['staff'],
  personnel: ['staff'],
  hir: ['recruit'],
  candidat: ['applicant'],
  cv: ['applicant', 'document'],
  resum: ['applicant', 'document'],
  calendar: ['schedul'],
  appointment: ['schedul'],
  agenda: ['schedul'],
  doc: ['document'],
  paperwork: ['document'],
  receipt: ['expens'],
  reimburs: ['expens'],
  onboard: ['train', 'orient'],
  teach: ['train'],
  mentor: ['train'],
  coach: ['train'],
  slid: ['present'],
  deck: ['present'],
  powerpoint: ['present'],
  draft: ['write'],
  compos: ['write'],
  check: ['review'],
  verify: ['review'],
  proofread: ['review'],
  analys: ['analyz'],
  analytic: ['analyz'],
  ticket: ['inquir'],
  request: ['inquir'],
  queri: ['inquir'],
  question: ['inquir'],
  reconcili: ['reconcil'],
  ledger: ['account'],
  bookkeep: ['account'],
  book: ['account'],
  answer: ['respond'],
  repli: ['respond'],
  reply: ['respond'],
  fix: ['correct', 'defect'],
  debug: ['correct', 'defect'],
  repair: ['correct'],
  minut: ['record', 'meet'],
  note: ['record'],
  notes: ['record'],
  log: ['record'],
  stakehold: ['client'],
  kpi: ['perform', 'report'],
  metric: ['perform', 'report'],
  forecast: ['forecast', 'estimat'],
  deploy: ['install'],
  websit: ['web', 'sit'],
  intranet: ['web', 'sit'],
  releas: ['install'],
};

/** Lower case, accents off, British -ise/-isation spelled -ize. */
function normalize(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/e-mail/g, 'email')
      // "stand-up", "add-on": the parts, and the joined word a synonym may know.
      .replace(/\b([a-z]+)-([a-z]+)\b/g, '$1 $2 $1$2')
      .replace(/([a-z]{3,})is(e|es|ed|ing|ation|ations)\b/g, '$1iz$2')
      .replace(/([a-z]{3,})ys(e|es|ed|ing)\b/g, '$1yz$2')
  );
}

const SUFFIXES: readonly (readonly [string, string, number])[] = [
  // [suffix, replacement, shortest stem kept]
  ['izations', 'iz', 3],
  ['ization', 'iz', 3],
  ['ations', '', 4],
  ['ation', '', 4],
  ['ings', '', 3],
  ['ing', '', 3],
  ['ments', '', 4],
  ['ment', '', 4],
  ['ies', 'y', 3],
  ['ied', 'y', 3],
  ['edly', '', 4],
  ['ed', '', 3],
  ['ers', '', 4],
  ['er', '', 4],
  ['es', '', 4],
  ['s', '', 3],
  ['e', '', 3],
];

/** A light stem: `preparing`, `prepares`, `preparation` → `prepar`. Never under three letters. */
export function stemWord(word: string): string {
  if (word.length <= 3 || /(ss|us|is)$/.test(word)) return word;
  for (const [suffix, replacement, min] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= min) {
      const stem = word.slice(0, -suffix.length) + replacement;
      // `notes` → `note` → `not`, as `note` → `not`: a plural and its singular share a stem.
      return suffix === 's' && stem.endsWith('e') && stem.length > 3 ? stem.slice(0, -1) : stem;
    }
  }
  return word;
}

/** The meaningful stems of a text, synonyms mapped, in order (repeats kept: they count). */
export function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  for (const word of normalize(text).split(/[^a-z0-9]+/)) {
    if (word === '' || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    const stem = stemWord(word);
    tokens.push(...(SYNONYMS[stem] ?? SYNONYMS[word] ?? [stem]));
  }
  return tokens;
}
