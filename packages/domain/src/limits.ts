/**
 * Hard limits of the method and of reason. A save that breaks one is refused
 * with a message that says what to change; the softer targets of the method
 * (e.g. "three skills") are measured by completeness instead.
 */
export const LIMITS = {
  /** The method asks for 3–5 values; more than 5 dilutes the compass. */
  maxValues: 5,
  minValuesForComplete: 3,
  /** Up to five critical skills; three is the target. */
  maxCriticalSkills: 5,
  minCriticalSkillsForComplete: 3,
  /** 1–2 strengths to make world-class, one must-build skill. */
  maxStrengths: 2,
  /** 1–2 medium-term target roles. */
  maxTargetRoles: 2,
  maxCapabilityTargetsPerRole: 20,
  maxActions: 200,
  maxPortfolioEntries: 40,
  maxTextItemsPerList: 30,
  maxRecurringTasks: 100,
  /** A few tools per Automate task and per skill. */
  maxAiBackpackEntries: 100,
  /** There are 168 hours in a week; no task and no week can exceed it. */
  hoursInWeek: 168,
  /** A venn diagram with at most four circles stays readable. */
  maxOverlapValues: 4,
  /** Characters: a short line (titles, phrases) and a long text (statements, notes). */
  maxShortText: 200,
  maxLongText: 5000,
  maxPlanTitle: 120,
  maxIterationName: 120,
  maxItemId: 64,
} as const;
