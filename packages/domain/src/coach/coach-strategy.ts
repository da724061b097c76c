import type { PlanContent } from '../model.ts';
import type { ProblemPath } from '../plan-problem.ts';
import { hasText, joinWords, quoteForMessage } from '../text.ts';
import type { CoachFinding, CoachStep, CoachTools } from './coach-finding.ts';
import { readsLikeTask } from './task-like.ts';
import type { TitleMention } from './title-matcher.ts';
import { contentWordsOf } from './words.ts';

/**
 * Rules over the words a person writes: the strategy (gratifying work,
 * values), the value proposition of step 1 and the vision of step 2.
 */

function titleFinding(
  step: CoachStep,
  path: ProblemPath,
  mentions: readonly TitleMention[],
  where: string,
): CoachFinding {
  const named = joinWords([...new Set(mentions.map((m) => `'${m.text}'`))]);
  return {
    code: step === 'strategy' ? 'strategy.job_title' : 'vision.job_title',
    severity: 'warning',
    step,
    path,
    message: `${where} names a job title (${named}). Describe the work itself instead: the problems you solve, for whom, and the impact you would be proud of.`,
    spans: mentions.map(({ start, end, text }) => ({ start, end, text })),
    suggestions: [],
  };
}

export function coachGratifyingWork(content: PlanContent, tools: CoachTools): CoachFinding[] {
  const text = content.strategy.gratifyingWork;
  if (!tools.findTitles || !hasText(text)) return [];
  const mentions = tools.findTitles(text);
  return mentions.length === 0
    ? []
    : [titleFinding('strategy', ['strategy', 'gratifyingWork'], mentions, 'Your gratifying work')];
}

export function coachValues(content: PlanContent, tools: CoachTools): CoachFinding[] {
  const findings: CoachFinding[] = [];
  content.strategy.values.forEach((value, index) => {
    if (!hasText(value.phrase)) return;
    const analysis = tools.analyzeValue(value.phrase);
    if (analysis.isVerbPhrase) return;
    const first = analysis.suggestions[0];
    findings.push({
      code: 'strategy.value_not_verb',
      severity: 'suggestion',
      step: 'strategy',
      path: ['strategy', 'values', index, 'phrase'],
      message: `${quoteForMessage(value.phrase, 'This value')} is not a present-tense verb. Say what you do, as others would see it${first ? `, e.g. '${first}'` : ', e.g. "builds trust"'}.`,
      spans: [],
      suggestions: analysis.suggestions,
    });
  });
  return findings;
}

const PROPOSITION_PARTS = [
  ['who', 'who you help (I help [who] …)'],
  ['problems', 'the problems you solve for them (… solve [problems] …)'],
  ['result', 'what they can then do (… so they can [result])'],
] as const;

export function coachProduct(content: PlanContent): CoachFinding[] {
  const { product } = content.steps;
  const findings: CoachFinding[] = [];
  const written = PROPOSITION_PARTS.filter(([key]) => hasText(product.proposition[key]));
  // An untouched proposition is a step not started: completeness says so; the coach speaks once it has begun.
  if (written.length > 0) {
    for (const [key, what] of PROPOSITION_PARTS) {
      if (hasText(product.proposition[key])) continue;
      findings.push({
        code: 'product.proposition_missing',
        severity: 'suggestion',
        step: 'product',
        path: ['steps', 'product', 'proposition', key],
        message: `Your value proposition does not yet say ${what}. Fill it in so the sentence stands on its own.`,
        spans: [],
        suggestions: [],
      });
    }
  }
  const taskFinding = (path: ProblemPath, text: string): CoachFinding => ({
    code: 'product.problem_reads_like_task',
    severity: 'suggestion',
    step: 'product',
    path,
    message: `${quoteForMessage(text, 'This')} reads like a task, not a problem. Say what goes wrong without you, or what people rely on you to fix (e.g. "decisions stall because the numbers disagree").`,
    spans: [],
    suggestions: [],
  });
  if (readsLikeTask(product.proposition.problems))
    findings.push(
      taskFinding(['steps', 'product', 'proposition', 'problems'], product.proposition.problems),
    );
  product.problemsSolved.forEach((item, index) => {
    if (readsLikeTask(item.text))
      findings.push(taskFinding(['steps', 'product', 'problemsSolved', index, 'text'], item.text));
  });
  return findings;
}

/**
 * Below this share of new words the vision repeats today's proposition: a
 * five-year vision should name problems, people or impact beyond it.
 */
export const MIN_VISION_NOVELTY = 0.4;

/** The share of the vision's content words (distinct) that the proposition does not already use. */
export function visionNovelty(statement: string, proposition: string): number {
  const vision = new Set(contentWordsOf(statement));
  if (vision.size === 0) return 1;
  const today = new Set(contentWordsOf(proposition));
  let fresh = 0;
  for (const word of vision) if (!today.has(word)) fresh += 1;
  return fresh / vision.size;
}

export function coachVision(content: PlanContent, tools: CoachTools): CoachFinding[] {
  const { vision, product } = content.steps;
  const findings: CoachFinding[] = [];
  if (tools.findTitles) {
    for (const key of ['statement', 'impact'] as const) {
      const mentions = hasText(vision[key]) ? tools.findTitles(vision[key]) : [];
      if (mentions.length > 0)
        findings.push(
          titleFinding(
            'vision',
            ['steps', 'vision', key],
            mentions,
            key === 'statement' ? 'Your vision statement' : 'The impact you describe',
          ),
        );
    }
  }
  const { who, problems, result } = product.proposition;
  const proposition = [who, problems, result].join(' ');
  if (hasText(vision.statement) && contentWordsOf(proposition).length > 0) {
    const novelty = visionNovelty(vision.statement, proposition);
    if (novelty < MIN_VISION_NOVELTY) {
      findings.push({
        code: 'vision.no_stretch',
        severity: 'suggestion',
        step: 'vision',
        path: ['steps', 'vision', 'statement'],
        message: `Your vision mostly repeats today's value proposition (${Math.round((1 - novelty) * 100)}% of its words). Stretch it: bigger problems, more people helped, or impact you cannot have today.`,
        spans: [],
        suggestions: [],
      });
    }
  }
  return findings;
}
