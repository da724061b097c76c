import type { z } from 'zod';
import type {
  createPlanRequestSchema,
  errorResponseSchema,
  iterationListResponseSchema,
  planCompletenessSchema,
  planListResponseSchema,
  planSummarySchema,
  proofEntryInputSchema,
  revisionSummarySchema,
  updatePlanRequestSchema,
} from './plans.schema.ts';
import type { iterationComparisonResponseSchema } from './iterations.schema.ts';

/** Types both ends share, inferred from the schemas (never written by hand). */
export type PlanSummary = z.output<typeof planSummarySchema>;
export type PlanListResponse = z.output<typeof planListResponseSchema>;
export type PlanCompleteness = z.output<typeof planCompletenessSchema>;
export type CreatePlanRequest = z.input<typeof createPlanRequestSchema>;
export type UpdatePlanRequest = z.input<typeof updatePlanRequestSchema>;
export type RevisionSummary = z.output<typeof revisionSummarySchema>;
export type ProofEntryRequest = z.input<typeof proofEntryInputSchema>;
export type ErrorResponse = z.output<typeof errorResponseSchema>;
export type IterationComparisonResponse = z.output<typeof iterationComparisonResponseSchema>;
export type IterationListResponse = z.output<typeof iterationListResponseSchema>;
