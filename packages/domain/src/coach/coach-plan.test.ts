import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyPlanContent } from '../empty.ts';
import { createSamplePlanContent } from '../fixtures.ts';
import type { PlanContent } from '../model.ts';
import type { CoachTools, ValueAnalysis } from './coach-finding.ts';
import { coachPlan } from './coach-plan.ts';
import { visionNovelty } from './coach-strategy.ts';
import { readsLikeTask } from './task-like.ts';
import { buildTitleMatcher, findTitleMentions } from './title-matcher.ts';

const matcher = buildTitleMatcher([
  { text: 'Pharmacists', code: '29-1051.00', primary: true },
  { text: 'Operations Manager', code: '11-1021.00' },
  { text: 'Chief Operating Officer', code: '11-1011.00' },
]);

/** A stand-in for the language package: verbs end in "s", anything else gets "practises …". */
const analyzeValue = (value: string): ValueAnalysis =>
  /^\w+s\b/.test(value.trim())
    ? { value, isVerbPhrase: true, suggestions: [] }
    : { value, isVerbPhrase: false, suggestions: [`practises ${value.toLowerCase()}`] };

const tools: CoachTools = { findTitles: (text) => findTitleMentions(matcher, text), analyzeValue };

type Steps = PlanContent['steps'];
const withSteps = (patch: (steps: Steps) => Partial<Steps>, base = createSamplePlanContent()) => ({
  ...base,
  steps: { ...base.steps, ...patch(base.steps) },
});
const codes = (content: PlanContent, t: CoachTools = tools) =>
  Object.values(coachPlan(content, t).steps)
    .flat()
    .map((f) => f.code);

describe('the offline coach over a whole plan', () => {
  it('has nothing to say about the complete sample plan, and nothing about an empty one', () => {
    const sample = coachPlan(createSamplePlanContent(), tools);
    expect(sample.counts).toEqual({ warning: 0, suggestion: 0, info: 0 });
    expect(sample.jobTitlesChecked).toBe(true);
    expect(codes(createEmptyPlanContent())).toEqual([]);
  });

  it('flags a job title in the gratifying work with its span, and asks for the work instead', () => {
    const base = createSamplePlanContent();
    const text = 'One day I hope to work as a pharmacist.';
    const result = coachPlan(
      { ...base, strategy: { ...base.strategy, gratifyingWork: text } },
      tools,
    );
    expect(result.steps.strategy).toEqual([
      expect.objectContaining({
        code: 'strategy.job_title',
        severity: 'warning',
        path: ['strategy', 'gratifyingWork'],
        spans: [{ start: 28, end: 38, text: 'pharmacist' }],
      }),
    ]);
    expect(result.steps.strategy[0]!.message).toContain('Describe the work itself');
  });

  it('says titles were not checked when no title finder is available', () => {
    const base = createSamplePlanContent();
    const content = {
      ...base,
      strategy: { ...base.strategy, gratifyingWork: 'work as a pharmacist' },
    };
    const result = coachPlan(content, { ...tools, findTitles: null });
    expect(result.jobTitlesChecked).toBe(false);
    expect(result.steps.strategy).toEqual([]);
  });

  it('proposes verb phrases for values written as nouns or adjectives, at the value’s path', () => {
    const base = createSamplePlanContent();
    const values = [
      { id: 'a', phrase: 'Loyalty' },
      { id: 'b', phrase: 'builds trust' },
    ];
    const [finding] = coachPlan({ ...base, strategy: { ...base.strategy, values } }, tools).steps
      .strategy;
    expect(finding).toMatchObject({
      code: 'strategy.value_not_verb',
      path: ['strategy', 'values', 0, 'phrase'],
      suggestions: ['practises loyalty'],
    });
    expect(finding!.message).toBe(
      "'Loyalty' is not a present-tense verb. Say what you do, as others would see it, e.g. 'practises loyalty'.",
    );
  });

  it('asks for every missing part of a started value proposition', () => {
    const content = withSteps((s) => ({
      product: { ...s.product, proposition: { who: 'finance teams', problems: '', result: ' ' } },
    }));
    const product = coachPlan(content, tools).steps.product;
    expect(product.map((f) => f.path.at(-1))).toEqual(['problems', 'result']);
  });

  it('flags problems that read like tasks, in the proposition and the list of problems solved', () => {
    const content = withSteps((s) => ({
      product: {
        ...s.product,
        problemsSolved: [
          { id: 'p1', text: 'Attend meetings' },
          { id: 'p2', text: 'Launches slip because nobody agrees on scope' },
          { id: 'p3', text: 'prepare weekly status reports' },
        ],
        proposition: { ...s.product.proposition, problems: 'answer emails' },
      },
    }));
    expect(coachPlan(content, tools).steps.product.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['product.problem_reads_like_task', 'steps.product.proposition.problems'],
      ['product.problem_reads_like_task', 'steps.product.problemsSolved.0.text'],
      ['product.problem_reads_like_task', 'steps.product.problemsSolved.2.text'],
    ]);
  });

  it('tells tasks from problems that mention the same words', () => {
    expect(readsLikeTask('attend meetings')).toBe(true);
    expect(readsLikeTask('Prepare reports')).toBe(true);
    expect(readsLikeTask('Updating the Jira tickets')).toBe(true);
    expect(readsLikeTask('meetings end without decisions')).toBe(false);
    expect(readsLikeTask('prepare reports that let the board decide in one meeting')).toBe(false);
    expect(readsLikeTask('fix broken handoffs')).toBe(false);
    expect(readsLikeTask('')).toBe(false);
  });

  it('asks the vision to stretch beyond a proposition it only repeats, and to name no title', () => {
    const content = withSteps((s) => ({
      vision: {
        ...s.vision,
        statement: 'I help operations teams with slow handoffs and reporting',
        impact: 'Becoming the Chief Operating Officer',
      },
    }));
    const vision = coachPlan(content, tools).steps.vision;
    expect(vision.map((f) => [f.code, f.path.at(-1)])).toEqual([
      ['vision.job_title', 'impact'],
      ['vision.no_stretch', 'statement'],
    ]);
    expect(vision[1]!.message).toMatch(/repeats today's value proposition \(\d+% of its words\)/);
  });

  it('measures the vision’s new words: the same words score 0, a new direction scores high', () => {
    expect(visionNovelty('Helping Teams ship', 'helping teams ship')).toBe(0);
    expect(visionNovelty('shape how the whole industry trains', 'help teams ship')).toBe(1);
    expect(visionNovelty('', 'help teams ship')).toBe(1);
  });

  it('asks for three to five critical skills', () => {
    const content = withSteps((s) => ({ skills: { skills: s.skills.skills.slice(0, 2) } }));
    expect(codes(content)).toContain('skills.too_few');
  });

  it('reads the audit: a strength chosen below another skill, a choice not yet made', () => {
    const second = createSamplePlanContent().steps.skills.skills[1]!;
    const swapped = withSteps((s) => ({
      audit: { ...s.audit, strengthIds: [second.id] },
    }));
    expect(codes(swapped)).toContain('audit.strength_below_other');
    const none = withSteps((s) => ({ audit: { ...s.audit, strengthIds: [], mustBuildId: null } }));
    const missing = coachPlan(none, tools).steps.audit;
    expect(missing.map((f) => f.code)).toEqual([
      'audit.strength_not_chosen',
      'audit.must_build_not_chosen',
    ]);
    expect(missing[0]!.suggestions.length).toBeGreaterThan(0);
  });

  it('flags actions tied to no target and targets no action builds', () => {
    const content = withSteps((s) => ({
      roadmap: {
        ...s.roadmap,
        actions: s.roadmap.actions.map((a, i) =>
          i === 0 ? { ...a, capabilityTargetId: null } : a,
        ),
      },
    }));
    expect(codes(content)).toContain('roadmap.action_without_target');
  });

  it('flags more hours reinvested than freed, a week over 168 hours, and freed hours left idle', () => {
    const over = withSteps((s) => ({
      restructure: {
        tasks: [{ id: 't', name: 'Reports', hoursPerWeek: 170, value: 'low', decision: 'keep' }],
        reinvestmentHoursPerWeek: { ...s.restructure.reinvestmentHoursPerWeek, visibility: 50 },
      },
    }));
    const restructure = coachPlan(over, tools).steps.restructure;
    expect(restructure.map((f) => f.code)).toEqual([
      'restructure.week_overflow',
      'restructure.over_reinvested',
    ]);
    expect(restructure[1]!.message).toMatch(/^You reinvest [\d.]+ hours a week but free only 0\./);
    const idle = withSteps(() => ({
      restructure: {
        tasks: [{ id: 't', name: 'Reports', hoursPerWeek: 4, value: 'low', decision: 'automate' }],
        reinvestmentHoursPerWeek: {
          highImpactProjects: 1,
          crossTeamCollaboration: 0,
          skillPractice: 0,
          visibility: 0,
        },
      },
    }));
    expect(codes(idle)).toContain('restructure.under_reinvested');
  });

  it('files every finding under the step it names, and counts them by severity', () => {
    fc.assert(
      fc.property(fc.constantFrom('Loyalty', 'kind', 'work as a pharmacist', 'x'), (phrase) => {
        const base = createSamplePlanContent();
        const content = {
          ...base,
          strategy: { ...base.strategy, gratifyingWork: phrase, values: [{ id: 'v', phrase }] },
        };
        const result = coachPlan(content, tools);
        let total = 0;
        for (const [step, findings] of Object.entries(result.steps)) {
          for (const finding of findings) expect(finding.step).toBe(step);
          total += findings.length;
        }
        expect(result.counts.warning + result.counts.suggestion + result.counts.info).toBe(total);
      }),
    );
  });
});
