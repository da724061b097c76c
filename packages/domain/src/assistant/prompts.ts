import type { PlanContent, ProofEntry, TextItem } from '../model.ts';

/**
 * What the optional language model is asked (decision 0020). The prompts are
 * built from the plan's own words only and carry the method's rules (values
 * as verbs, no job titles, problems rather than tasks), so a draft follows
 * the method as the offline coach reads it. Pure: the server sends them.
 */

export type DraftKind =
  | 'value-proposition'
  | 'value-verbs'
  | 'vision-stretch'
  | 'proof-summary'
  | 'proposition-critique'
  | 'vision-critique';

export interface ChatMessage {
  readonly role: 'system' | 'user';
  readonly content: string;
}

/** A prompt, or what the person has to write first for there to be anything to draft from. */
export type DraftPrompt =
  | { readonly kind: 'ok'; readonly messages: readonly ChatMessage[] }
  | { readonly kind: 'nothing_to_draft_from'; readonly message: string };

const METHOD = [
  'You are a careful career coach. The person is working through a career plan that starts from a strategy:',
  'what work gratifies them (never described by a job title), their values written as present-tense verb phrases',
  '("builds trust", "simplifies processes"), a value proposition "I help [who] solve [problems] so they can [result]",',
  'and a five-year vision that stretches beyond today. Use only the facts and words the person gave; never invent',
  'achievements, numbers, employers or job titles. Write in plain English, in the first person where the person',
  'speaks, and answer with the requested text only: no preamble, no explanations, no Markdown headings.',
].join(' ');

const clean = (text: string): string => text.trim().replace(/\s+/g, ' ');
const listed = (items: readonly TextItem[]): string[] =>
  items.map((item) => clean(item.text)).filter((text) => text !== '');
const bullets = (label: string, lines: readonly string[]): string =>
  lines.length === 0 ? '' : `${label}:\n${lines.map((line) => `- ${line}`).join('\n')}\n`;
const line = (label: string, text: string): string =>
  clean(text) === '' ? '' : `${label}: ${clean(text)}\n`;

const todaysProposition = ({ proposition }: PlanContent['steps']['product']): string => {
  const { who, problems, result } = proposition;
  return clean(who + problems + result) === ''
    ? ''
    : `Today's value proposition: I help ${clean(who)} solve ${clean(problems)} so they can ${clean(result)}.\n`;
};

function prompt(task: string, material: string): DraftPrompt {
  return {
    kind: 'ok',
    messages: [
      { role: 'system', content: METHOD },
      { role: 'user', content: `${material.trim()}\n\n${task}` },
    ],
  };
}

function valueProposition(content: PlanContent): DraftPrompt {
  const { product } = content.steps;
  const { who, problems, result } = product.proposition;
  const material = [
    bullets('Problems I solve', listed(product.problemsSolved)),
    bullets('People rely on me for', listed(product.reliedOnFor)),
    bullets('Outcomes I improve', listed(product.outcomesImproved)),
    line('Current proposition — who', who),
    line('Current proposition — problems', problems),
    line('Current proposition — result', result),
    line('The work that gratifies me', content.strategy.gratifyingWork),
  ].join('');
  if (material.trim() === '')
    return {
      kind: 'nothing_to_draft_from',
      message:
        'There is nothing to draft from yet: write a problem you solve or a first value proposition in step 1, then ask again.',
    };
  return prompt(
    [
      'Rewrite my value proposition as "I help [who] solve [problems] so they can [result]".',
      'Who is a group of people, not a job title of mine; problems are problems they have, not tasks I do',
      '(no "attend meetings", "write reports"); the result is what changes for them.',
      'Answer in exactly three lines and nothing else:',
      'Who: …',
      'Problems: …',
      'Result: …',
    ].join('\n'),
    material,
  );
}

function valueVerbs(content: PlanContent): DraftPrompt {
  const values = content.strategy.values.map((value) => clean(value.phrase));
  if (values.length === 0 || values.every((value) => value === ''))
    return {
      kind: 'nothing_to_draft_from',
      message:
        'There are no values to rephrase yet: add your values in the strategy, then ask again.',
    };
  return prompt(
    [
      `Rephrase each of my ${values.length} values as a short present-tense verb phrase in the third person`,
      '("Loyalty" → "stays loyal", "creative" → "creates", "Inspiring others" → "inspires others").',
      'Keep a value that already is such a phrase as it is, keep its meaning, and name no job title.',
      `Answer with exactly ${values.length} numbered lines in the same order ("1. …"), and nothing else.`,
    ].join('\n'),
    `My values:\n${values.map((value, i) => `${i + 1}. ${value === '' ? '(empty)' : value}`).join('\n')}\n${line('The work that gratifies me', content.strategy.gratifyingWork)}`,
  );
}

function visionStretch(content: PlanContent): DraftPrompt {
  const { vision, product } = content.steps;
  const material = [
    line('My vision today', vision.statement),
    bullets('Problems I want to work on in five years', listed(vision.problems)),
    bullets('Teams I want to work with', listed(vision.teams)),
    line('The impact I want', vision.impact),
    todaysProposition(product),
    line('The work that gratifies me', content.strategy.gratifyingWork),
    line('What I want to be known for in five years', content.knownFor),
  ].join('');
  if (material.trim() === '')
    return {
      kind: 'nothing_to_draft_from',
      message:
        'There is nothing to stretch yet: write a first vision or the problems you want to work on in step 2, then ask again.',
    };
  return prompt(
    [
      'Write my five-year vision statement in two or three sentences, first person.',
      'Stretch it beyond today’s value proposition: bigger problems, wider reach or a deeper result, still true to my',
      'values and the work that gratifies me. Describe the value I create, never a job title or a rank.',
    ].join('\n'),
    material,
  );
}

function proofSummary(content: PlanContent, proof: readonly ProofEntry[]): DraftPrompt {
  if (proof.length === 0)
    return {
      kind: 'nothing_to_draft_from',
      message: 'The proof log is empty: log a win first, then ask for a summary.',
    };
  const skills = new Map(content.steps.skills.skills.map((skill) => [skill.id, skill.name]));
  const actions = new Map(content.steps.roadmap.actions.map((action) => [action.id, action.title]));
  const names = (ids: readonly string[], from: Map<string, string>) =>
    ids.map((id) => from.get(id)).filter((name): name is string => name !== undefined);
  const entries = proof.map((entry) => {
    const skillNames = names(entry.skillIds, skills);
    const actionNames = names(entry.actionIds, actions);
    return [
      `- ${entry.occurredOn}: ${clean(entry.title)}`,
      clean(entry.evidence) === '' ? '' : `  Evidence: ${clean(entry.evidence)}`,
      skillNames.length === 0 ? '' : `  Skills: ${skillNames.join(', ')}`,
      actionNames.length === 0 ? '' : `  Roadmap actions: ${actionNames.join('; ')}`,
    ]
      .filter((part) => part !== '')
      .join('\n');
  });
  return prompt(
    [
      'Summarise this proof for a performance or career review: three to six short bullet points ("- …"),',
      'grouped by the skill or outcome they show, each naming the evidence and its date. Then one sentence on',
      'what the proof says I am becoming known for. Use only what is listed.',
    ].join('\n'),
    `${line('What I want to be known for in five years', content.knownFor)}My proof log:\n${entries.join('\n')}`,
  );
}

/** How a critique answers: short points, what works first, quoting the person's words. */
const CRITIQUE_FORM = [
  'Answer with three to five short bullet points ("- …") and nothing else: first what already works, then what to',
  'change and how, quoting my words where you point at them. Do not rewrite the whole text for me.',
].join(' ');

function propositionCritique(content: PlanContent): DraftPrompt {
  const { who, problems, result } = content.steps.product.proposition;
  if (clean(who + problems + result) === '')
    return {
      kind: 'nothing_to_draft_from',
      message:
        'There is no value proposition to critique yet: write who you help, their problems and the result in step 1, then ask again.',
    };
  const material = [
    line('My value proposition — who', who),
    line('My value proposition — problems', problems),
    line('My value proposition — result', result),
    bullets('Problems I solve', listed(content.steps.product.problemsSolved)),
    bullets('Outcomes I improve', listed(content.steps.product.outcomesImproved)),
  ].join('');
  return prompt(
    [
      'Critique my value proposition against these rules. Who is a group of people I serve, not a job title of',
      'mine. Problems are problems they have, not tasks I do ("attend meetings", "write reports" are tasks). The',
      'result is what changes for them, concrete enough that they would notice it. Each part is specific rather',
      'than generic ("stakeholders", "add value").',
      CRITIQUE_FORM,
    ].join('\n'),
    material,
  );
}

function visionCritique(content: PlanContent): DraftPrompt {
  const { vision, product } = content.steps;
  if (clean(vision.statement) === '')
    return {
      kind: 'nothing_to_draft_from',
      message: 'There is no vision statement to critique yet: write one in step 2, then ask again.',
    };
  const material = [
    line('My vision statement', vision.statement),
    line('The impact I want', vision.impact),
    todaysProposition(product),
    content.strategy.values.length === 0
      ? ''
      : `My values: ${content.strategy.values.map((value) => clean(value.phrase)).join('; ')}\n`,
  ].join('');
  return prompt(
    [
      'Critique my five-year vision against these rules. It stretches beyond today’s value proposition (bigger',
      'problems, wider reach or a deeper result), rather than repeating it. It describes the value I will create,',
      'never a job title or a rank. It is concrete enough to plan towards, and true to my values.',
      CRITIQUE_FORM,
    ].join('\n'),
    material,
  );
}

export function buildDraftPrompt(
  kind: DraftKind,
  content: PlanContent,
  proof: readonly ProofEntry[] = [],
): DraftPrompt {
  switch (kind) {
    case 'value-proposition':
      return valueProposition(content);
    case 'value-verbs':
      return valueVerbs(content);
    case 'vision-stretch':
      return visionStretch(content);
    case 'proof-summary':
      return proofSummary(content, proof);
    case 'proposition-critique':
      return propositionCritique(content);
    case 'vision-critique':
      return visionCritique(content);
  }
}
