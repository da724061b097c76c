import { ASSISTANCE_KINDS, type AssistanceKind } from '@trailmap/domain';

/**
 * Which kinds of AI assistance fit a piece of work, read from O*NET's wording
 * of the matched detailed work activities (DWA, with their intermediate
 * activity's title, IWA) and tasks.
 * Each rule names the verbs and objects that make the kind fit; an activity
 * no rule reaches falls back on its generalized work activity (GWA, the
 * `4.A.x.x.x` prefix of its id). Decision 0018 gives the reasoning.
 */

export interface AssistanceRule {
  readonly kind: AssistanceKind;
  readonly pattern: RegExp;
  /** Why the kind fits activities worded so, in plain words. */
  readonly why: string;
}

export const ASSISTANCE_RULES: readonly AssistanceRule[] = [
  {
    kind: 'drafting',
    pattern:
      /\b(writ\w*|draft\w*|compos\w*|edit\w*|correspond\w*|prepare (?:\w+ ){0,3}(?:reports?|documents?|correspondence|proposals?|materials?|statements?|letters?|summaries|documentation))\b/i,
    why: 'the activity produces written text, which a language model can draft for you to edit',
  },
  {
    kind: 'summarising',
    pattern:
      /\b(review\w*|read\w*|summari[sz]\w*|interpret\w*|examin\w* (?:\w+ )?(?:documents?|records?|reports?|files?)|maintain (?:\w+ )?records?|document\w*)\b/i,
    why: 'the activity means reading or condensing documents and records, which a model can summarise',
  },
  {
    kind: 'data_analysis',
    pattern:
      /\b(analy[sz]\w*|data|statistic\w*|calculat\w*|comput(?:e|es|ed|ing|ations?)|forecast\w*|estimat\w*|budget\w*|financial|reconcil\w*|spreadsheets?|metrics?|quantitative)\b/i,
    why: 'the activity works with numbers or data, where an assistant can write formulas, run checks and explain results',
  },
  {
    kind: 'coding_assistance',
    pattern:
      /\b(program\w*|software|cod(?:e|ing)|debug\w*|databases?|scripts?|computer systems?|applications?|websites?|algorithms?)\b/i,
    why: 'the activity involves software, where coding assistants suggest code, tests and fixes',
  },
  {
    kind: 'meeting_notes',
    pattern:
      /\b(confer\w*|meet\w*|discuss\w*|coordinat\w*|collaborat\w*|consult\w*|negotiat\w*)\b/i,
    why: 'the activity happens in conversations, whose notes and action items an assistant can take',
  },
  {
    kind: 'research',
    pattern:
      /\b(research\w*|investigat\w*|gather\w*|search\w*|obtain (?:\w+ )?information|monitor (?:\w+ ){0,2}(?:trends|developments|regulations|legislation)|stud(?:y|ies))\b/i,
    why: 'the activity means finding and comparing information, which an assistant can speed up (its sources need checking)',
  },
  {
    kind: 'tutoring',
    pattern: /\b(train\w*|teach\w*|instruct\w*|coach\w*|mentor\w*|educat\w*|learn\w*)\b/i,
    why: 'the activity is about learning or teaching, where a model can explain, quiz and role-play',
  },
  {
    kind: 'brainstorming',
    pattern:
      /\b(design\w*|develop (?:\w+ ){0,2}(?:plans?|strateg\w*|ideas?|concepts?|policies|programs?|campaigns?)|creat\w*|strateg\w*|innovat\w*)\b/i,
    why: 'the activity asks for ideas and options, where a model is a quick sparring partner',
  },
  {
    kind: 'scheduling',
    pattern:
      /\b(schedul\w*|calendars?|appointments?|itinerar\w*|assign (?:\w+ )?(?:work|tasks|duties))\b/i,
    why: 'the activity arranges time and people, which scheduling assistants handle',
  },
  {
    kind: 'translation',
    pattern: /\b(translat\w*|foreign languages?|interpret (?:\w+ )?languages?)\b/i,
    why: 'the activity crosses languages, which a model can translate or check',
  },
];

/** GWA (generalized work activity) → kind, for activities no wording rule reaches. */
export const GWA_FALLBACK: Readonly<Record<string, AssistanceKind>> = {
  '4.A.1.a.1': 'research', // Getting information
  '4.A.2.a.3': 'summarising', // Evaluating information to determine compliance with standards
  '4.A.2.a.4': 'data_analysis', // Analyzing data or information
  '4.A.2.b.2': 'brainstorming', // Thinking creatively
  '4.A.2.b.5': 'scheduling', // Scheduling work and activities
  '4.A.3.b.1': 'coding_assistance', // Working with computers
  '4.A.3.b.6': 'drafting', // Documenting/recording information
  '4.A.4.a.1': 'summarising', // Interpreting the meaning of information for others
  '4.A.4.a.2': 'drafting', // Communicating with supervisors, peers, or subordinates
  '4.A.4.a.3': 'drafting', // Communicating with people outside the organization
  '4.A.4.b.3': 'tutoring', // Training and teaching others
};

/** A matched O*NET statement: a detailed work activity (with its IWA's title) or a task. */
export interface ActivityEvidence {
  readonly kind: 'dwa' | 'task';
  /** DWA id (`4.A.2.a.4.I09.D03`) or task id. */
  readonly id: string;
  readonly title: string;
  readonly iwaTitle: string | null;
  /** How well the activity matched the person's task or skill, 0–1. */
  readonly score: number;
}

export interface AssistanceSuggestion {
  readonly kind: AssistanceKind;
  readonly label: string;
  readonly example: string;
  /** Sum of the match scores of the activities behind it: how strongly it fits. */
  readonly weight: number;
  readonly because: { kind: 'dwa' | 'task'; id: string; title: string; why: string }[];
}

const LABELS = new Map(ASSISTANCE_KINDS.map((k) => [k.kind, k]));

/** The kinds that fit, strongest first (ties in the order of ASSISTANCE_KINDS). */
export function suggestAssistance(
  activities: readonly ActivityEvidence[],
  options: { forSkill: boolean },
): AssistanceSuggestion[] {
  const found = new Map<
    AssistanceKind,
    { weight: number; because: AssistanceSuggestion['because'][number][] }
  >();
  const add = (
    kind: AssistanceKind,
    weight: number,
    because?: AssistanceSuggestion['because'][number],
  ) => {
    const entry = found.get(kind) ?? { weight: 0, because: [] };
    entry.weight += weight;
    if (because) entry.because.push(because);
    found.set(kind, entry);
  };
  for (const activity of activities) {
    const wording = `${activity.title} ${activity.iwaTitle ?? ''}`;
    const rules = ASSISTANCE_RULES.filter((rule) => rule.pattern.test(wording));
    for (const rule of rules) {
      add(rule.kind, activity.score, {
        kind: activity.kind,
        id: activity.id,
        title: activity.title,
        why: rule.why,
      });
    }
    const fallback =
      rules.length === 0 && activity.kind === 'dwa'
        ? GWA_FALLBACK[activity.id.slice(0, 9)]
        : undefined;
    if (fallback) {
      add(fallback, activity.score / 2, {
        kind: activity.kind,
        id: activity.id,
        title: activity.title,
        why: 'no wording rule fits, so the kind comes from the family of work activities it belongs to',
      });
    }
  }
  // A critical skill is something to build: a practice partner fits any of them.
  if (options.forSkill && !found.has('tutoring')) add('tutoring', 0.01);
  const order = ASSISTANCE_KINDS.map((k) => k.kind);
  return [...found.entries()]
    .sort(([a, x], [b, y]) => y.weight - x.weight || order.indexOf(a) - order.indexOf(b))
    .map(([kind, { weight, because }]) => ({
      kind,
      label: LABELS.get(kind)!.label,
      example: LABELS.get(kind)!.example,
      weight: Math.round(weight * 10_000) / 10_000,
      because,
    }));
}
