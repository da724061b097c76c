/**
 * The career-planning method as immutable data. Every shape here is plain JSON:
 * it crosses the API unchanged and is stored as a document (see
 * docs/decisions/0004-plan-stored-as-versioned-document.md).
 *
 * Ids of list items are chosen by the client (any non-empty string up to 64
 * characters) so that links between items survive edits and reorderings.
 */

/** An id of an item inside a plan (value, skill, action …). */
export type ItemId = string;

/** A calendar date without time, `YYYY-MM-DD`. */
export type IsoDate = string;

/** An instant, ISO 8601 with offset, e.g. `2026-11-21T10:00:00.000Z`. */
export type IsoDateTime = string;

/** A line of free text the person wrote, kept with a stable id. */
export interface TextItem {
  readonly id: ItemId;
  readonly text: string;
}

// ---------------------------------------------------------------------------
// A. Strategy — the compass that comes before any plan
// ---------------------------------------------------------------------------

/** A value phrased as a present-tense verb ("builds trust"). */
export interface StrategyValue {
  readonly id: ItemId;
  readonly phrase: string;
}

/** One region of the Venn diagram where 2–4 values meet, with the person's line for it. */
export interface ValueOverlap {
  /** Ids of the 2–4 values whose circles meet here, in any order; a set, so no repeats. */
  readonly valueIds: readonly ItemId[];
  readonly line: string;
}

export interface Strategy {
  /** The most gratifying work, described without any job title. */
  readonly gratifyingWork: string;
  /** 3–5 values for a complete strategy; at most 5 are accepted. */
  readonly values: readonly StrategyValue[];
  readonly overlaps: readonly ValueOverlap[];
}

/** A named snapshot of the strategy, kept so drafts can be compared. */
export interface StrategyIteration {
  readonly id: string;
  readonly planId: string;
  readonly name: string;
  /** The plan version the snapshot was taken from. */
  readonly planVersion: number;
  readonly strategy: Strategy;
  readonly createdAt: IsoDateTime;
}

// ---------------------------------------------------------------------------
// B. The plan — seven steps
// ---------------------------------------------------------------------------

/** A 1–5 self-rating; null while not yet rated. */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** The four drivers of the value a career delivers. */
export interface ValueDrivers {
  readonly problemDifficulty: Rating | null;
  readonly speedAndQuality: Rating | null;
  readonly styleAndInfluence: Rating | null;
  readonly communicatingValue: Rating | null;
}

/** "I help [who] solve [problems] so they can [result]." */
export interface ValueProposition {
  readonly who: string;
  readonly problems: string;
  readonly result: string;
}

/** Step 1: career product and value proposition. */
export interface CareerProduct {
  readonly problemsSolved: readonly TextItem[];
  readonly reliedOnFor: readonly TextItem[];
  readonly outcomesImproved: readonly TextItem[];
  readonly proposition: ValueProposition;
  readonly drivers: ValueDrivers;
}

/** Step 2: the five-year vision, a value evolution rather than a title. */
export interface Vision {
  readonly problems: readonly TextItem[];
  readonly teams: readonly TextItem[];
  readonly impact: string;
  readonly statement: string;
}

/** Where a critical skill came from: typed by the person, or picked from a taxonomy. */
export type SkillSource =
  | { readonly kind: 'free' }
  | {
      readonly kind: 'taxonomy';
      readonly taxonomy: 'skill' | 'knowledge' | 'work_activity' | 'technology';
      /** The element id in the occupational taxonomy, e.g. O*NET `2.A.1.a`. */
      readonly elementId: string;
    };

export interface CriticalSkill {
  readonly id: ItemId;
  readonly name: string;
  readonly source: SkillSource;
}

/** Step 3: three (up to five) skills the vision needs. */
export interface CriticalSkills {
  readonly skills: readonly CriticalSkill[];
}

/** A yes/no answer; null while unanswered. */
export type Answer = boolean | null;

/** The four audit questions, asked of one skill. */
export interface SkillAuditAnswers {
  readonly skillId: ItemId;
  /** Do I use it in my current role? */
  readonly usesNow: Answer;
  /** Am I confident with it when the stakes are high? */
  readonly confidentUnderPressure: Answer;
  /** Do others trust me with it? */
  readonly trustedByOthers: Answer;
  /** Could I teach it or lead with it tomorrow? */
  readonly couldTeach: Answer;
}

/** Step 4: the audit, and the person's choice of strengths and gap. */
export interface SkillAudit {
  readonly answers: readonly SkillAuditAnswers[];
  /** 1–2 strengths to make world-class (ids of critical skills). */
  readonly strengthIds: readonly ItemId[];
  /** The one skill that must be built (id of a critical skill). */
  readonly mustBuildId: ItemId | null;
}

export interface CapabilityTarget {
  readonly id: ItemId;
  readonly text: string;
}

/** A role 3–5 years out that matches the vision. */
export interface TargetRole {
  readonly id: ItemId;
  readonly title: string;
  /** O*NET-SOC code when linked to an occupation, e.g. `11-1021.00`. */
  readonly occupationCode: string | null;
  readonly problems: string;
  readonly success: string;
  /** Ids of the vision problems this role lets the person work on. */
  readonly visionProblemIds: readonly ItemId[];
  readonly capabilityTargets: readonly CapabilityTarget[];
}

export type ActionKind = 'project' | 'relationship' | 'habit';
export type ActionStatus = 'planned' | 'in_progress' | 'done' | 'dropped';

/** A short-term (1–2 years) action in the current role. */
export interface ShortTermAction {
  readonly id: ItemId;
  readonly title: string;
  readonly kind: ActionKind;
  /** The capability target this action builds, or null while unlinked. */
  readonly capabilityTargetId: ItemId | null;
  readonly dueDate: IsoDate | null;
  readonly status: ActionStatus;
  readonly notes: string;
}

/** Step 5: medium-term target roles and short-term actions. */
export interface Roadmap {
  readonly targetRoles: readonly TargetRole[];
  readonly actions: readonly ShortTermAction[];
}

export type PortfolioLane = 'next' | 'ideal' | 'adjacent' | 'cross_functional';

export interface PortfolioEntry {
  readonly id: ItemId;
  readonly lane: PortfolioLane;
  readonly title: string;
  readonly occupationCode: string | null;
  readonly notes: string;
  /** Ids of the critical skills this role would build. */
  readonly skillIds: readonly ItemId[];
}

/** The occupation a person holds today, picked by search (an O*NET-SOC code and its title). */
export interface CurrentOccupation {
  readonly code: string;
  readonly title: string;
}

/** Step 6: several pathways, not one ladder. */
export interface RolePortfolio {
  readonly entries: readonly PortfolioEntry[];
  /**
   * Where the pathways start from; suggestions and skill gaps are measured
   * from it. Absent in plans written before it existed: read as null.
   */
  readonly currentOccupation?: CurrentOccupation | null;
}

export type TaskValue = 'low' | 'medium' | 'high';
export type EdaDecision = 'eliminate' | 'delegate' | 'automate' | 'keep';

export interface RecurringTask {
  readonly id: ItemId;
  readonly name: string;
  /** Hours per week spent on the task today, 0–168, quarter-hour steps allowed. */
  readonly hoursPerWeek: number;
  readonly value: TaskValue;
  readonly decision: EdaDecision | null;
}

/** Freed hours put back to work, per week, in the four categories of the method. */
export interface Reinvestment {
  readonly highImpactProjects: number;
  readonly crossTeamCollaboration: number;
  readonly skillPractice: number;
  readonly visibility: number;
}

/** Kinds of AI assistance the backpack proposes (ai-backpack.ts lists them with labels). */
export type AssistanceKind =
  | 'drafting'
  | 'summarising'
  | 'data_analysis'
  | 'coding_assistance'
  | 'meeting_notes'
  | 'research'
  | 'tutoring'
  | 'brainstorming'
  | 'scheduling'
  | 'translation';

/** How trying the tool went, as the person judges it. */
export type AiToolOutcome = 'not_tried' | 'helped' | 'mixed' | 'did_not_help';

/**
 * The AI backpack: a kind of AI assistance chosen for one recurring task
 * (marked Automate) or one critical skill — at most one of the two links —
 * with the tool the person picked and how it went. Neither link means the
 * entry is detached: its task or skill was removed, and the person's words
 * are kept until they link it again or remove it (decision 0023).
 */
export interface AiBackpackEntry {
  readonly id: ItemId;
  readonly forTaskId: ItemId | null;
  readonly forSkillId: ItemId | null;
  readonly assistanceKind: AssistanceKind;
  /** The tool, as the person names it ("Copilot in Excel", "a local model"). */
  readonly tool: string;
  readonly notes: string;
  readonly outcome: AiToolOutcome;
}

/** Step 7: restructure today's role with Eliminate / Delegate / Automate. */
export interface RoleRestructure {
  readonly tasks: readonly RecurringTask[];
  readonly reinvestmentHoursPerWeek: Reinvestment;
  /** Absent in plans written before the backpack existed: read as empty. */
  readonly aiBackpack?: readonly AiBackpackEntry[];
}

export interface PlanSteps {
  readonly product: CareerProduct;
  readonly vision: Vision;
  readonly skills: CriticalSkills;
  readonly audit: SkillAudit;
  readonly roadmap: Roadmap;
  readonly portfolio: RolePortfolio;
  readonly restructure: RoleRestructure;
}

/** Everything a person writes into a plan. This is what a revision stores. */
export interface PlanContent {
  readonly strategy: Strategy;
  readonly steps: PlanSteps;
  /** The answer to "what do I want to be known for in five years?" */
  readonly knownFor: string;
}

/** A plan as the API returns it: content plus server-managed fields. */
export interface Plan {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  /** Starts at 1, grows by one with every save. */
  readonly version: number;
  readonly createdAt: IsoDateTime;
  readonly updatedAt: IsoDateTime;
  readonly content: PlanContent;
}

/** A stored past state of a plan. */
export interface PlanRevision {
  readonly planId: string;
  readonly version: number;
  readonly title: string;
  readonly content: PlanContent;
  readonly createdAt: IsoDateTime;
}

// ---------------------------------------------------------------------------
// D. Proof of progress
// ---------------------------------------------------------------------------

export interface ProofEntry {
  readonly id: string;
  readonly planId: string;
  readonly ownerId: string;
  /** The day the win happened. */
  readonly occurredOn: IsoDate;
  readonly title: string;
  readonly evidence: string;
  /** Ids of critical skills this proves. */
  readonly skillIds: readonly ItemId[];
  /** Ids of short-term actions this came from. */
  readonly actionIds: readonly ItemId[];
  readonly version: number;
  readonly createdAt: IsoDateTime;
  readonly updatedAt: IsoDateTime;
}

/** The fields of a proof entry a person writes. */
export type ProofEntryInput = Pick<
  ProofEntry,
  'occurredOn' | 'title' | 'evidence' | 'skillIds' | 'actionIds'
>;
