import type {
  IsoDateTime,
  Plan,
  PlanContent,
  PlanRevision,
  ProofEntry,
  ProofEntryInput,
  StrategyIteration,
} from '@trailmap/domain';

/** A row of the revision history, without its content. */
export interface RevisionSummary {
  readonly version: number;
  readonly title: string;
  readonly createdAt: IsoDateTime;
}

/** The outcome of a write guarded by a version (optimistic concurrency). */
export type GuardedWrite<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'conflict'; readonly current: T };

export type IterationCreate =
  | { readonly kind: 'ok'; readonly value: StrategyIteration }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'name_taken' };

/**
 * The one persistence contract of Trailmap, kept by both engines and checked by
 * the same suite (src/testing/plan-store-contract.ts) against each.
 *
 * Every method is scoped by owner: a plan of another owner is "not found".
 * Every write is one transaction: it happens whole or not at all.
 * `null` from a list/get method means the plan (or item) does not exist for that owner.
 */
export interface PlanStore {
  readonly engine: 'sqlite' | 'postgres';

  /** Most recently updated first. */
  listPlans(ownerId: string): Promise<Plan[]>;
  getPlan(ownerId: string, planId: string): Promise<Plan | null>;
  /** Everything of the plan but its content: what a save checks before writing. */
  getPlanHeader(ownerId: string, planId: string): Promise<Omit<Plan, 'content'> | null>;
  /** The plan's current version without its content: a cheap check before serving a cached copy. */
  getPlanVersion(ownerId: string, planId: string): Promise<number | null>;
  /** Creates the plan at version 1 and stores revision 1. */
  createPlan(input: {
    id: string;
    ownerId: string;
    title: string;
    content: PlanContent;
    now: IsoDateTime;
  }): Promise<Plan>;
  /**
   * Saves title and content when the stored version equals `expectedVersion`,
   * bumping the version by one and storing the new state as a revision.
   * On a mismatch nothing is written and the current plan is returned.
   */
  updatePlan(input: {
    ownerId: string;
    planId: string;
    /** null writes whatever the stored version is (If-Match: *). */
    expectedVersion: number | null;
    title: string;
    content: PlanContent;
    now: IsoDateTime;
  }): Promise<GuardedWrite<Plan>>;
  /** Deletes the plan with its revisions, iterations and proof. `expectedVersion` null skips the check. */
  deletePlan(input: {
    ownerId: string;
    planId: string;
    expectedVersion: number | null;
  }): Promise<GuardedWrite<null>>;

  /** Newest first. */
  listRevisions(ownerId: string, planId: string): Promise<RevisionSummary[] | null>;
  getRevision(ownerId: string, planId: string, version: number): Promise<PlanRevision | null>;

  /** Snapshots the plan's current strategy under a name unique within the plan. */
  createIteration(input: {
    id: string;
    ownerId: string;
    planId: string;
    name: string;
    now: IsoDateTime;
  }): Promise<IterationCreate>;
  /** Oldest first. */
  listIterations(ownerId: string, planId: string): Promise<StrategyIteration[] | null>;
  getIteration(
    ownerId: string,
    planId: string,
    iterationId: string,
  ): Promise<StrategyIteration | null>;

  /** Newest `occurredOn` first, then newest created first. */
  listProof(ownerId: string, planId: string): Promise<ProofEntry[] | null>;
  getProof(ownerId: string, planId: string, proofId: string): Promise<ProofEntry | null>;
  /** null when the plan does not exist. */
  createProof(input: {
    id: string;
    ownerId: string;
    planId: string;
    entry: ProofEntryInput;
    now: IsoDateTime;
  }): Promise<ProofEntry | null>;
  /** `expectedVersion` null skips the check. */
  updateProof(input: {
    ownerId: string;
    planId: string;
    proofId: string;
    expectedVersion: number | null;
    entry: ProofEntryInput;
    now: IsoDateTime;
  }): Promise<GuardedWrite<ProofEntry>>;
  /** False when nothing was deleted: no such entry, or (with `expectedVersion`) it is at another version. */
  deleteProof(input: {
    ownerId: string;
    planId: string;
    proofId: string;
    expectedVersion?: number | null;
  }): Promise<boolean>;

  /** The owner's language-model endpoint, or null when none is configured (the feature is off). */
  getAssistantSettings(ownerId: string): Promise<AssistantSettings | null>;
  /**
   * Creates or replaces the owner's endpoint. `apiKey` undefined keeps the key
   * stored (or none), null removes it, a string replaces it.
   */
  saveAssistantSettings(input: {
    ownerId: string;
    baseUrl: string;
    model: string;
    apiKey: string | null | undefined;
    now: IsoDateTime;
  }): Promise<AssistantSettings>;
  /** Forgets the endpoint and its key; false when there was none. */
  deleteAssistantSettings(ownerId: string): Promise<boolean>;

  close(): Promise<void>;
}

/** An OpenAI-compatible chat endpoint a person configured (decision 0020). */
export interface AssistantSettings {
  readonly baseUrl: string;
  readonly model: string;
  /** Null when none is set. Never leaves the server. */
  readonly apiKey: string | null;
  readonly updatedAt: IsoDateTime;
}

export type DatabaseConfig =
  | { readonly engine: 'sqlite'; readonly path: string }
  | {
      readonly engine: 'postgres';
      readonly url: string;
      /** Schema to work in (created when missing); tests use one per run. Default `public`. */
      readonly schema?: string;
    };
