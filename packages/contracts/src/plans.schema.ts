import { z } from 'zod';
import { LIMITS } from '@trailmap/domain';
import type { Plan, PlanRevision, ProofEntry, StrategyIteration } from '@trailmap/domain';
import {
  MAX_VERSION,
  textSchema,
  versionSchema,
  isoDateSchema,
  isoDateTimeSchema,
  itemIdSchema,
  longTextSchema,
  planContentSchema,
  shortTextSchema,
  strategySchema,
} from './plan-content.schema.ts';

/** Ids the server mints for plans, iterations and proof entries (UUIDs). */
export const resourceIdSchema = textSchema().min(1).max(64);

export const planTitleSchema = textSchema()
  .trim()
  .min(1, 'Give the plan a title, e.g. "Main plan" or "Move into operations strategy".')
  .max(LIMITS.maxPlanTitle, `Keep the title under ${LIMITS.maxPlanTitle} characters.`);

export const planSchema = z.strictObject({
  id: resourceIdSchema,
  ownerId: z.string(),
  title: z.string(),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  content: planContentSchema,
}) satisfies z.ZodType<Plan>;

export const createPlanRequestSchema = z.strictObject({
  title: planTitleSchema,
  /** Optional starting content (e.g. a copy of another scenario); empty when left out. */
  content: planContentSchema.optional(),
});

/**
 * A save. The body may be exactly what GET returned: the server-managed fields
 * are accepted and must then match the stored plan (`version` may instead carry
 * the version the edit was based on, when no If-Match header is sent).
 */
export const updatePlanRequestSchema = z.strictObject({
  title: planTitleSchema,
  content: planContentSchema,
  id: resourceIdSchema.optional(),
  ownerId: z.string().optional(),
  version: versionSchema.optional(),
  createdAt: isoDateTimeSchema.optional(),
  updatedAt: isoDateTimeSchema.optional(),
});

export const stepKeySchema = z.enum([
  'strategy',
  'product',
  'vision',
  'skills',
  'audit',
  'roadmap',
  'portfolio',
  'restructure',
]);

export const stepCompletenessSchema = z.strictObject({
  step: stepKeySchema,
  done: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  ratio: z.number().min(0).max(1),
  missing: z.array(z.string()),
});

export const planCompletenessSchema = z.strictObject({
  overall: z.number().min(0).max(1),
  steps: z.array(stepCompletenessSchema),
});

export const planSummarySchema = z.strictObject({
  id: resourceIdSchema,
  title: z.string(),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  completeness: planCompletenessSchema,
});

export const planListResponseSchema = z.strictObject({ plans: z.array(planSummarySchema) });

export const revisionSummarySchema = z.strictObject({
  version: versionSchema,
  title: z.string(),
  createdAt: isoDateTimeSchema,
});
export const revisionListResponseSchema = z.strictObject({
  revisions: z.array(revisionSummarySchema),
});
export const planRevisionSchema = z.strictObject({
  planId: resourceIdSchema,
  version: versionSchema,
  title: z.string(),
  content: planContentSchema,
  createdAt: isoDateTimeSchema,
}) satisfies z.ZodType<PlanRevision>;

export const createIterationRequestSchema = z.strictObject({
  name: textSchema()
    .trim()
    .min(1, 'Name the iteration, e.g. "First draft" or "After talking to my mentor".')
    .max(LIMITS.maxIterationName, `Keep the name under ${LIMITS.maxIterationName} characters.`),
});
export const strategyIterationSchema = z.strictObject({
  id: resourceIdSchema,
  planId: resourceIdSchema,
  name: z.string(),
  planVersion: z.number().int().positive(),
  strategy: strategySchema,
  createdAt: isoDateTimeSchema,
}) satisfies z.ZodType<StrategyIteration>;
export const iterationListResponseSchema = z.strictObject({
  iterations: z.array(strategyIterationSchema),
});

export const proofEntryInputSchema = z.strictObject({
  occurredOn: isoDateSchema,
  title: shortTextSchema.trim().min(1, 'Say in a few words what you achieved.'),
  evidence: longTextSchema,
  skillIds: z.array(itemIdSchema).max(LIMITS.maxCriticalSkills),
  actionIds: z.array(itemIdSchema).max(20, 'Link at most 20 actions.'),
});
/** Like GET's body: server-managed fields accepted when they match. */
export const updateProofRequestSchema = proofEntryInputSchema.extend({
  id: resourceIdSchema.optional(),
  planId: resourceIdSchema.optional(),
  ownerId: z.string().optional(),
  version: versionSchema.optional(),
  createdAt: isoDateTimeSchema.optional(),
  updatedAt: isoDateTimeSchema.optional(),
});
export const proofEntrySchema = z.strictObject({
  id: resourceIdSchema,
  planId: resourceIdSchema,
  ownerId: z.string(),
  occurredOn: isoDateSchema,
  title: z.string(),
  evidence: z.string(),
  skillIds: z.array(z.string()),
  actionIds: z.array(z.string()),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
}) satisfies z.ZodType<ProofEntry>;
export const proofListResponseSchema = z.strictObject({ entries: z.array(proofEntrySchema) });

export const planIdParamsSchema = z.strictObject({ planId: resourceIdSchema });
export const revisionParamsSchema = z.strictObject({
  planId: resourceIdSchema,
  version: z
    .string()
    .regex(
      /^[1-9]\d{0,9}$/,
      'A revision number is a whole number from 1, written in digits, e.g. 3.',
    )
    .transform(Number)
    .refine((n) => n <= MAX_VERSION, 'No plan has a revision that high.'),
});
export const iterationParamsSchema = z.strictObject({
  planId: resourceIdSchema,
  iterationId: resourceIdSchema,
});
export const compareIterationsQuerySchema = z.strictObject({
  a: resourceIdSchema,
  b: resourceIdSchema,
});
export const proofParamsSchema = z.strictObject({
  planId: resourceIdSchema,
  proofId: resourceIdSchema,
});

export const healthResponseSchema = z.strictObject({ status: z.literal('ok') });

export const errorResponseSchema = z.strictObject({
  error: z.strictObject({
    /** Stable dotted code, e.g. `plan.version_conflict`. */
    code: z.string(),
    /** What went wrong and what to do, in plain words. */
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
