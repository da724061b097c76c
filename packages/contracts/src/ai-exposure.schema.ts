import { z } from 'zod';
import { ASSISTANCE_KINDS, LIMITS, type AssistanceKind } from '@trailmap/domain';
import { itemIdSchema, occupationCodeSchema, shortTextSchema } from './plan-content.schema.ts';

/**
 * AI exposure from published studies. Every figure carries its source: the
 * study, what it measures, what it does not (exposure is not job loss), the
 * licence and the attribution text to show beside it.
 */

/** Codes per batch request: the current role, two targets and a portfolio of cards, with room. */
export const MAX_EXPOSURE_CODES = 50;

export const studySourceSchema = z.strictObject({
  study: z.enum(['gpts-are-gpts', 'working-with-ai']),
  name: z.string(),
  authors: z.string(),
  year: z.number().int(),
  url: z.string(),
  measures: z.string(),
  doesNotMeasure: z.string(),
  license: z.string(),
  licenseUrl: z.string(),
  attribution: z.string(),
});

const exposureLabelSchema = z.enum(['E0', 'E1', 'E2']);
const sharesSchema = z.strictObject({ alpha: z.number(), beta: z.number(), gamma: z.number() });

export const occupationExposureSchema = z.strictObject({
  source: studySourceSchema,
  gpt4: sharesSchema,
  human: sharesSchema,
});

export const occupationApplicabilitySchema = z.strictObject({
  source: studySourceSchema,
  /** 0–1. */
  score: z.number(),
  socCode: z.string(),
  socTitle: z.string(),
  /** How the figure was reached; anything but `same` means it is inherited from a broader code. */
  match: z.enum(['same', 'broader_soc', 'bls_aggregate']),
  inherited: z.boolean(),
  /** Plain words on the match, e.g. "inherited from SOC 15-2051 …". */
  note: z.string(),
  coverageAi: z.number().nullable(),
  completionAi: z.number().nullable(),
  impactScopeAi: z.number().nullable(),
});

export const taskExposureSchema = z.strictObject({
  taskId: z.number().int(),
  task: z.string(),
  core: z.boolean().nullable(),
  human: exposureLabelSchema,
  gpt4: exposureLabelSchema,
  gpt4AltRubric: exposureLabelSchema,
  /** GPT-4's automation rating T0 (none) … T4 (full); null where the study gives none. */
  automation: z.enum(['T0', 'T1', 'T2', 'T3', 'T4']).nullable(),
  /** False when the task is not in the loaded O*NET release (the study used an earlier one). */
  inOnetRelease: z.boolean().nullable(),
});

export const occupationAiExposureSchema = z.strictObject({
  code: occupationCodeSchema,
  title: z.string(),
  exposure: occupationExposureSchema.nullable(),
  applicability: occupationApplicabilitySchema.nullable(),
  /** Task-level labels; absent from batch answers unless asked for. */
  tasks: z
    .strictObject({ source: studySourceSchema, labels: z.array(taskExposureSchema) })
    .nullable()
    .optional(),
  /** Why a figure is absent, in plain words. */
  notes: z.array(z.string()),
});

export const aiExposureBatchRequestSchema = z.strictObject({
  codes: z
    .array(occupationCodeSchema, {
      error: 'codes is a list of O*NET-SOC codes, e.g. ["15-1252.00"].',
    })
    .min(1, 'Send at least one occupation code.')
    .max(MAX_EXPOSURE_CODES, `Send at most ${MAX_EXPOSURE_CODES} occupation codes at once.`),
  includeTasks: z.boolean().optional().default(false),
});

export const aiExposureBatchResponseSchema = z.strictObject({
  occupations: z.array(occupationAiExposureSchema),
});

// ---------------------------------------------------------------------------
// EDA meets AI: a person's recurring tasks matched to the occupation's O*NET statements.

export const MAX_MATCH_TASKS = LIMITS.maxRecurringTasks;

const edaTaskRefSchema = z.strictObject({
  id: itemIdSchema,
  name: shortTextSchema.refine((t) => t.trim().length > 0, 'Name the task; it is empty.'),
  value: z.enum(['low', 'medium', 'high']),
});

export const taskMatchRequestSchema = z.strictObject({
  occupationCode: occupationCodeSchema,
  tasks: z
    .array(edaTaskRefSchema, { error: 'tasks is a list of { id, name, value }.' })
    .min(1, 'Send at least one task to match.')
    .max(MAX_MATCH_TASKS, `Send at most ${MAX_MATCH_TASKS} tasks at once.`),
});

const aiUseSchema = z.strictObject({
  source: studySourceSchema,
  /** Share of Copilot conversations (0–1) in which the AI performed this activity. */
  shareAi: z.number(),
  /** Null where the AI never performed the activity. */
  completionAi: z.number().nullable(),
  impactScopeAi: z.number().nullable(),
});

/** Close matches lend their labels; weak ones are shown for the person to judge. */
const matchStrengthSchema = z.enum(['close', 'weak']);

export const matchedOnetTaskSchema = z.strictObject({
  taskId: z.number().int(),
  task: z.string(),
  /** Word similarity, 0–1 (mean of cosine and coverage). */
  score: z.number(),
  strength: matchStrengthSchema,
  human: exposureLabelSchema.nullable(),
  gpt4: exposureLabelSchema.nullable(),
  automation: z.enum(['T0', 'T1', 'T2', 'T3', 'T4']).nullable(),
});

export const matchedWorkActivitySchema = z.strictObject({
  dwaId: z.string(),
  title: z.string(),
  iwaId: z.string(),
  iwaTitle: z.string().nullable(),
  score: z.number(),
  strength: matchStrengthSchema,
  aiUse: aiUseSchema.nullable(),
});

export const taskMatchResultSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  value: z.enum(['low', 'medium', 'high']),
  onetTasks: z.array(matchedOnetTaskSchema),
  workActivities: z.array(matchedWorkActivitySchema),
  exposureLevel: z.enum(['high', 'some', 'low', 'unknown']),
  suggestion: z.enum(['automate']).nullable(),
  reason: z.string(),
});

export const taskMatchResponseSchema = z.strictObject({
  occupationCode: occupationCodeSchema,
  title: z.string(),
  /** How matching, exposure and the suggestion work, in plain words. */
  rule: z.string(),
  source: studySourceSchema,
  results: z.array(taskMatchResultSchema),
});

// ---------------------------------------------------------------------------
// The AI backpack: kinds of AI assistance for tasks marked Automate and for critical skills.

export const MAX_BACKPACK_SKILLS = 20;

const namedRefSchema = z.strictObject({
  id: itemIdSchema,
  name: shortTextSchema.refine((t) => t.trim().length > 0, 'Name it; the name is empty.'),
});

export const backpackRequestSchema = z
  .strictObject({
    occupationCode: occupationCodeSchema,
    tasks: z
      .array(namedRefSchema)
      .max(MAX_MATCH_TASKS, `Send at most ${MAX_MATCH_TASKS} tasks at once.`)
      .default([]),
    skills: z
      .array(namedRefSchema)
      .max(MAX_BACKPACK_SKILLS, `Send at most ${MAX_BACKPACK_SKILLS} skills at once.`)
      .default([]),
  })
  .refine((body) => body.tasks.length + body.skills.length > 0, {
    message: 'Send at least one task (marked Automate) or one critical skill.',
    path: ['tasks'],
  });

export const assistanceSuggestionSchema = z.strictObject({
  kind: z.enum(ASSISTANCE_KINDS.map((k) => k.kind) as [AssistanceKind, ...AssistanceKind[]]),
  label: z.string(),
  example: z.string(),
  weight: z.number(),
  because: z.array(
    z.strictObject({
      kind: z.enum(['dwa', 'task']),
      id: z.string(),
      title: z.string(),
      why: z.string(),
    }),
  ),
});

export const backpackItemSchema = z.strictObject({
  for: z.enum(['task', 'skill']),
  id: z.string(),
  name: z.string(),
  onetTasks: z.array(
    z.strictObject({ taskId: z.number().int(), task: z.string(), score: z.number() }),
  ),
  workActivities: z.array(
    z.strictObject({
      dwaId: z.string(),
      title: z.string(),
      iwaTitle: z.string().nullable(),
      score: z.number(),
    }),
  ),
  suggestions: z.array(assistanceSuggestionSchema),
});

export const backpackResponseSchema = z.strictObject({
  occupationCode: occupationCodeSchema,
  title: z.string(),
  /** How suggestions are derived, in plain words. */
  rule: z.string(),
  items: z.array(backpackItemSchema),
});
