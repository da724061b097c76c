import type { PlanContent, ProofEntry, TextItem } from '../model.ts';

/**
 * What the optional language model is asked (decision 0020). The prompts are
 * built from the plan's own words only and carry the method's rules (values
 * as verbs, no job titles, problems rather than tasks), so a draft follows
 * the method as the offline coach reads it. Pure: the server sends them.
 */

export type DraftKind = 'value-proposition' | 'value-verbs' | 'vision-stretch' | 'proof-summary';

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
  const { who, problems, result } = product.proposition;
  const material = [
    line('My vision today', vision.statement),
    bullets('Problems I want to work on in five years', listed(vision.problems)),
    bullets('Teams I want to work with', listed(vision.teams)),
    line('The impact I want', vision.impact),
    clean(who + problems + result) === ''
      ? ''
      : `Today's value proposition: I help ${clean(who)} solve ${clean(problems)} so they can ${clean(result)}.\n`,
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
  }
}
