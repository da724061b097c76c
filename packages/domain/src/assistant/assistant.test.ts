import { describe, expect, it } from 'vitest';
import { createEmptyPlanContent } from '../empty.ts';
import { createSamplePlanContent } from '../fixtures.ts';
import type { ProofEntry } from '../model.ts';
import { readPropositionDraft, readTextDraft, readValueVerbsDraft } from './answers.ts';
import { buildDraftPrompt } from './prompts.ts';

const userText = (prompt: ReturnType<typeof buildDraftPrompt>): string => {
  if (prompt.kind !== 'ok') throw new Error(prompt.message);
  return prompt.messages.map((message) => message.content).join('\n');
};

describe('draft prompts', () => {
  const sample = createSamplePlanContent();

  it('builds the value proposition from the plan’s own words and asks for the three labelled parts', () => {
    const text = userText(buildDraftPrompt('value-proposition', sample));
    expect(text).toContain(sample.steps.product.proposition.who);
    expect(text).toContain(sample.steps.product.problemsSolved[0]!.text);
    expect(text).toMatch(/Who: …\nProblems: …\nResult: …/);
    expect(text).toMatch(/never invent/);
  });

  it('numbers every value and asks for as many verb phrases', () => {
    const text = userText(buildDraftPrompt('value-verbs', sample));
    sample.strategy.values.forEach((value, i) =>
      expect(text).toContain(`${i + 1}. ${value.phrase}`),
    );
    expect(text).toContain(`exactly ${sample.strategy.values.length} numbered lines`);
  });

  it('asks the vision to stretch beyond today’s proposition, naming no title', () => {
    const text = userText(buildDraftPrompt('vision-stretch', sample));
    expect(text).toContain(
      `Today's value proposition: I help ${sample.steps.product.proposition.who}`,
    );
    expect(text).toMatch(/never a job title/);
  });

  it('lists proof with dates, evidence and the names of linked skills and actions', () => {
    const skill = sample.steps.skills.skills[0]!;
    const action = sample.steps.roadmap.actions[0]!;
    const entry: ProofEntry = {
      id: 'p1',
      planId: 'plan',
      ownerId: 'o',
      occurredOn: '2026-02-12',
      title: 'Cut the weekly report to two hours',
      evidence: 'Finance reads it on Monday',
      skillIds: [skill.id, 'gone'],
      actionIds: [action.id],
      version: 1,
      createdAt: '2026-02-12T00:00:00.000Z',
      updatedAt: '2026-02-12T00:00:00.000Z',
    };
    const text = userText(buildDraftPrompt('proof-summary', sample, [entry]));
    expect(text).toContain('- 2026-02-12: Cut the weekly report to two hours');
    expect(text).toContain(`Skills: ${skill.name}\n`);
    expect(text).toContain(`Roadmap actions: ${action.title}`);
  });

  it('asks for a critique of the proposition by the method’s rules, in points, without a rewrite', () => {
    const text = userText(buildDraftPrompt('proposition-critique', sample));
    expect(text).toContain(`My value proposition — who: ${sample.steps.product.proposition.who}`);
    expect(text).toMatch(/not tasks I do/);
    expect(text).toMatch(/three to five short bullet points/);
    expect(text).toMatch(/Do not rewrite the whole text/);
  });

  it('asks for a critique of the vision against today’s proposition and the values', () => {
    const text = userText(buildDraftPrompt('vision-critique', sample));
    expect(text).toContain(`My vision statement: ${sample.steps.vision.statement}`);
    expect(text).toContain(
      `Today's value proposition: I help ${sample.steps.product.proposition.who}`,
    );
    expect(text).toContain(`My values: ${sample.strategy.values[0]!.phrase}`);
    expect(text).toMatch(/never a job title or a rank/);
  });

  it('says what to write first when there is nothing to draft from', () => {
    const empty = createEmptyPlanContent();
    for (const kind of [
      'value-proposition',
      'value-verbs',
      'vision-stretch',
      'proof-summary',
      'proposition-critique',
      'vision-critique',
    ] as const) {
      const prompt = buildDraftPrompt(kind, empty);
      expect(prompt.kind).toBe('nothing_to_draft_from');
      if (prompt.kind === 'nothing_to_draft_from') expect(prompt.message).toMatch(/then ask/);
    }
  });
});

describe('reading answers', () => {
  it('reads the three parts of a proposition, whatever the Markdown around them', () => {
    expect(
      readPropositionDraft(
        'Sure!\n**Who:** finance teams\n- Problems: slow, manual month-end closes.\nResult — "decide on fresh numbers"',
      ),
    ).toStrictEqual({
      who: 'finance teams',
      problems: 'slow, manual month-end closes',
      result: 'decide on fresh numbers',
    });
  });

  it('refuses a proposition with a part missing', () => {
    expect(readPropositionDraft('Who: finance teams\nResult: faster closes')).toBeNull();
    expect(readPropositionDraft('I help finance teams close faster.')).toBeNull();
  });

  it('reads one verb phrase per value, numbered, arrowed or plain', () => {
    expect(readValueVerbsDraft('1. stays loyal\n2) Creative → creates.\n', 2)).toStrictEqual([
      'stays loyal',
      'creates',
    ]);
    expect(readValueVerbsDraft('- builds trust\n- simplifies processes', 2)).toStrictEqual([
      'builds trust',
      'simplifies processes',
    ]);
  });

  it('refuses a verb list whose length does not match the values', () => {
    expect(readValueVerbsDraft('1. stays loyal', 2)).toBeNull();
    expect(readValueVerbsDraft('1. stays loyal\n2. \n3. creates', 3)).toBeNull();
    // A phrase too long to be saved as a value is no phrasing.
    expect(readValueVerbsDraft(`1. stays loyal\n2. ${'creates '.repeat(30)}`, 2)).toBeNull();
  });

  it('trims a free text and drops wrapping quotes; empty is nothing', () => {
    expect(readTextDraft('  "In five years I lead …"  ')).toBe('In five years I lead …');
    expect(readTextDraft(' \n ')).toBeNull();
  });
});
