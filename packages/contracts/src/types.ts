import type { z } from 'zod';
import type {
  aiExposureBatchRequestSchema,
  aiExposureBatchResponseSchema,
  occupationAiExposureSchema,
  backpackRequestSchema,
  backpackResponseSchema,
  taskMatchRequestSchema,
  taskMatchResponseSchema,
} from './ai-exposure.schema.ts';
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
import type {
  assistantCheckResponseSchema,
  assistantDraftEventSchema,
  assistantDraftRequestSchema,
  assistantSettingsRequestSchema,
  assistantSettingsResponseSchema,
} from './assistant.schema.ts';
import type { iterationComparisonResponseSchema } from './iterations.schema.ts';
import type {
  coachFindingSchema,
  coachJobTitlesResponseSchema,
  coachPlanResponseSchema,
  coachValuesResponseSchema,
} from './coach.schema.ts';
import type {
  aboutResponseSchema,
  elementSearchResponseSchema,
  gapRequestSchema,
  gapResponseSchema,
  occupationProfileSchema,
  occupationSearchResponseSchema,
  pathwaysResponseSchema,
  personProfileSchema,
  portfolioRequestSchema,
  portfolioResponseSchema,
  recommendationsRequestSchema,
  recommendationsResponseSchema,
  similarOccupationsResponseSchema,
} from './occupations.schema.ts';

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
export type OccupationSearchResponse = z.output<typeof occupationSearchResponseSchema>;
export type OccupationProfile = z.output<typeof occupationProfileSchema>;
export type SimilarOccupationsResponse = z.output<typeof similarOccupationsResponseSchema>;
export type PersonProfileRequest = z.input<typeof personProfileSchema>;
export type RecommendationsRequest = z.input<typeof recommendationsRequestSchema>;
export type RecommendationsResponse = z.output<typeof recommendationsResponseSchema>;
export type GapRequest = z.input<typeof gapRequestSchema>;
export type GapResponse = z.output<typeof gapResponseSchema>;
export type PortfolioRequest = z.input<typeof portfolioRequestSchema>;
export type PortfolioResponse = z.output<typeof portfolioResponseSchema>;
export type PathwaysResponse = z.output<typeof pathwaysResponseSchema>;
export type AboutResponse = z.output<typeof aboutResponseSchema>;
export type ElementSearchResponse = z.output<typeof elementSearchResponseSchema>;

export type CoachJobTitlesResponse = z.output<typeof coachJobTitlesResponseSchema>;
export type CoachValuesResponse = z.output<typeof coachValuesResponseSchema>;
export type CoachPlanResponse = z.output<typeof coachPlanResponseSchema>;
export type CoachFindingDto = z.output<typeof coachFindingSchema>;

export type OccupationAiExposure = z.output<typeof occupationAiExposureSchema>;
export type AiExposureBatchRequest = z.input<typeof aiExposureBatchRequestSchema>;
export type AiExposureBatchResponse = z.output<typeof aiExposureBatchResponseSchema>;
export type TaskMatchRequest = z.input<typeof taskMatchRequestSchema>;
export type TaskMatchResponse = z.output<typeof taskMatchResponseSchema>;
export type BackpackRequest = z.input<typeof backpackRequestSchema>;
export type BackpackResponse = z.output<typeof backpackResponseSchema>;

export type AssistantSettingsRequest = z.input<typeof assistantSettingsRequestSchema>;
export type AssistantSettingsResponse = z.output<typeof assistantSettingsResponseSchema>;
export type AssistantCheckResponse = z.output<typeof assistantCheckResponseSchema>;
export type AssistantDraftRequest = z.input<typeof assistantDraftRequestSchema>;
export type AssistantDraftEvent = z.output<typeof assistantDraftEventSchema>;
