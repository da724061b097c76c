export type * from './model.ts';
export { LIMITS } from './limits.ts';
export { createEmptyPlanContent } from './empty.ts';
export { createSamplePlanContent } from './fixtures.ts';
export { hasText, quoteForMessage, pluralize, formatHours, joinWords } from './text.ts';
export { keyOfIdSet } from './ids.ts';
export {
  levelOfSkill,
  labelOfLevel,
  summarizeAudit,
  SKILL_LEVEL_LABELS,
  STRENGTH_MIN_LEVEL,
} from './audit.ts';
export type {
  SkillLevel,
  SkillLevelLabel,
  SkillLevelResult,
  AuditedSkill,
  AuditChoiceIssue,
  AuditChoiceIssueCode,
  AuditSummary,
} from './audit.ts';
export { removeCriticalSkill } from './remove-critical-skill.ts';
export {
  HOURS_EPSILON,
  hoursTotalPerWeek,
  hoursFreedPerWeek,
  hoursKeptPerWeek,
  hoursUndecidedPerWeek,
  hoursPerWeekByDecision,
  hoursReinvestedPerWeek,
  balanceOfHours,
  summarizeRestructure,
} from './restructure.ts';
export type {
  DecisionBucket,
  HoursPerWeekByDecision,
  ReinvestmentBalance,
  RestructureSummary,
} from './restructure.ts';
export { findPlanProblems } from './validate-plan.ts';
export { findProofProblems } from './validate-proof.ts';
export type { PlanProblem, PlanProblemCode, ProblemPath } from './plan-problem.ts';
export { measureCompleteness, COMPLETENESS_PARTS } from './completeness.ts';
export type { CompletenessPart, StepCompleteness, PlanCompleteness } from './completeness.ts';
export { traceActions } from './traceability.ts';
export type {
  TraceStatus,
  ActionTrace,
  TraceOrphan,
  TraceOrphans,
  PlanTraceability,
} from './traceability.ts';
export { compareStrategies, compareText, diffWords, tokenizeWords } from './compare-strategies.ts';
export type {
  DiffOp,
  DiffPart,
  TextComparison,
  ValueChange,
  ValueComparison,
  OverlapChange,
  OverlapComparison,
  StrategyComparison,
} from './compare-strategies.ts';
export { mergeThreeWay, sameJson, shareUnchanged } from './merge-plan.ts';
export type { MergeConflict, MergeResult, MergeSide } from './merge-plan.ts';
export { dropDanglingLinks } from './repair-links.ts';
export {
  removeStrategyValue,
  addStrategyValue,
  setOverlapLine,
  overlapLineOf,
  overlapSetsOf,
} from './strategy-edits.ts';
export {
  actionsLinkedTo,
  capabilityTargetIdsOf,
  removeTargetRole,
  setCapabilityTargets,
  unlinkDanglingActions,
} from './roadmap.ts';
export {
  parseOccupationCode,
  toUnitScore,
  percentOf,
  majorGroupOf,
  minorGroupOf,
} from './occupation-code.ts';
export type { OccupationCode, UnitScore, Percent } from './occupation-code.ts';
export { buildTitleMatcher, findTitleMentions, formsOfTitle } from './coach/title-matcher.ts';
export type { TitleEntry, TitleMatcher, TitleMention } from './coach/title-matcher.ts';
export { COACH_STEPS } from './coach/coach-finding.ts';
export type {
  CoachStep,
  CoachSeverity,
  CoachFindingCode,
  CoachSpan,
  CoachFinding,
  ValueAnalysis,
  CoachTools,
} from './coach/coach-finding.ts';
export { coachPlan } from './coach/coach-plan.ts';
export type { PlanCoaching } from './coach/coach-plan.ts';
export {
  coachGratifyingWork,
  coachValues,
  coachProduct,
  coachVision,
  visionNovelty,
  MIN_VISION_NOVELTY,
} from './coach/coach-strategy.ts';
export { coachSkills, coachAudit, coachRoadmap, coachRestructure } from './coach/coach-steps.ts';
export { readsLikeTask } from './coach/task-like.ts';
export { ASSISTANCE_KINDS, AI_TOOL_OUTCOMES } from './ai-backpack.ts';
export { buildDraftPrompt } from './assistant/prompts.ts';
export type { ChatMessage, DraftKind, DraftPrompt } from './assistant/prompts.ts';
export { readPropositionDraft, readTextDraft, readValueVerbsDraft } from './assistant/answers.ts';
