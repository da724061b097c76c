import { z } from 'zod';
import { COACH_STEPS, LIMITS } from '@trailmap/domain';
import type {
  CoachFinding,
  CoachFindingCode,
  CoachSeverity,
  CoachStep,
  PlanCoaching,
  TitleMention,
  ValueAnalysis,
} from '@trailmap/domain';
import { occupationCodeSchema, textSchema } from './plan-content.schema.ts';

/**
 * The offline coach: job titles in a text, values as verbs, and every rule
 * over a whole plan. Offsets are UTF-16 code units of the text as sent (the
 * text is not trimmed), so `text.slice(start, end)` is the span.
 */

/** Longest text the title check reads: a gratifying-work or vision text, with room to spare. */
export const MAX_COACH_TEXT = LIMITS.maxLongText;
/** Values per request: a strategy holds five; a little room for drafts. */
export const MAX_COACH_VALUES = 20;

const notBlank = (text: string) => text.trim().length > 0;

export const coachJobTitlesRequestSchema = z.strictObject({
  text: textSchema('text is the text to check, as a string, e.g. "I want to work as a pharmacist".')
    .max(MAX_COACH_TEXT, `Send at most ${MAX_COACH_TEXT} characters of text to check.`)
    .refine(notBlank, 'Send the text to check for job titles; it is empty.'),
});

export const titleMentionSchema = z.strictObject({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  code: occupationCodeSchema.nullable(),
}) satisfies z.ZodType<TitleMention>;

export const coachJobTitlesResponseSchema = z.strictObject({
  titles: z.array(titleMentionSchema),
});

export const coachValuesRequestSchema = z.strictObject({
  values: z
    .array(
      textSchema('Each value is a text, e.g. "builds trust".')
        .max(LIMITS.maxShortText, `Keep each value under ${LIMITS.maxShortText} characters.`)
        .refine(notBlank, 'A value is empty; remove it or write it, e.g. "builds trust".'),
      { error: 'values is a list of texts, e.g. ["Loyalty", "builds trust"].' },
    )
    .min(1, 'Send at least one value to check, e.g. ["Loyalty"].')
    .max(MAX_COACH_VALUES, `Send at most ${MAX_COACH_VALUES} values at once.`),
});

export const valueAnalysisSchema = z.strictObject({
  value: z.string(),
  isVerbPhrase: z.boolean(),
  suggestions: z.array(z.string()),
}) satisfies z.ZodType<ValueAnalysis>;

export const coachValuesResponseSchema = z.strictObject({
  results: z.array(valueAnalysisSchema),
});

export const coachStepSchema = z.enum(COACH_STEPS as [CoachStep, ...CoachStep[]]);

const FINDING_CODES = [
  'strategy.job_title',
  'strategy.value_not_verb',
  'product.proposition_missing',
  'product.problem_reads_like_task',
  'vision.job_title',
  'vision.no_stretch',
  'skills.too_few',
  'skills.too_many',
  'audit.strength_unknown',
  'audit.strength_repeated',
  'audit.too_many_strengths',
  'audit.must_build_unknown',
  'audit.must_build_is_strength',
  'audit.strength_below_other',
  'audit.must_build_above_other',
  'audit.strength_not_chosen',
  'audit.must_build_not_chosen',
  'roadmap.action_without_target',
  'roadmap.target_without_action',
  'roadmap.role_without_vision_problem',
  'restructure.over_reinvested',
  'restructure.under_reinvested',
  'restructure.week_overflow',
] as const satisfies readonly CoachFindingCode[];
/** Fails to compile when the domain gains a finding code this list lacks. */
const everyFindingCodeListed: [Exclude<CoachFindingCode, (typeof FINDING_CODES)[number]>] extends [
  never,
]
  ? true
  : never = true;
void everyFindingCodeListed;

export const coachFindingSchema = z.strictObject({
  code: z.enum(FINDING_CODES),
  severity: z.enum(['warning', 'suggestion', 'info'] satisfies CoachSeverity[]),
  step: coachStepSchema,
  path: z.array(z.union([z.string(), z.number().int()])),
  message: z.string(),
  spans: z.array(
    z.strictObject({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      text: z.string(),
    }),
  ),
  suggestions: z.array(z.string()),
}) satisfies z.ZodType<CoachFinding>;

const findings = z.array(coachFindingSchema);

export const coachPlanResponseSchema = z.strictObject({
  steps: z.strictObject({
    strategy: findings,
    product: findings,
    vision: findings,
    skills: findings,
    audit: findings,
    roadmap: findings,
    portfolio: findings,
    restructure: findings,
  }),
  counts: z.strictObject({
    warning: z.number().int().nonnegative(),
    suggestion: z.number().int().nonnegative(),
    info: z.number().int().nonnegative(),
  }),
  /** False while the occupation data is missing or loading: titles were not looked for. */
  jobTitlesChecked: z.boolean(),
}) satisfies z.ZodType<PlanCoaching>;
