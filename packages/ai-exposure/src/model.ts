import type { OccupationCode } from '@trailmap/domain';
import type { RowReject } from './parse/rows.ts';

/**
 * The two studies in memory. "GPTs are GPTs" rates O*NET tasks and
 * occupations; "Working with AI" scores 2018 SOC occupations (6 digits) and
 * O*NET intermediate work activities (IWAs).
 */

/** E0 no exposure; E1 a language model alone halves the time; E2 software built on one would. */
export type ExposureLabel = 'E0' | 'E1' | 'E2';
/** GPT-4's automation rating of a task: T0 none … T4 full. */
export type AutomationLabel = 'T0' | 'T1' | 'T2' | 'T3' | 'T4';

/** Shares of an occupation's tasks (0–1): α = E1, β = E1 + ½·E2, γ = E1 + E2. */
export interface ExposureShares {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
}

export interface GptsOccupation {
  readonly code: OccupationCode;
  readonly title: string;
  /** Rated by GPT-4 (the paper's "dv" ratings). */
  readonly gpt4: ExposureShares;
  readonly human: ExposureShares;
}

export interface TaskExposure {
  readonly code: OccupationCode;
  readonly taskId: number;
  readonly task: string;
  readonly core: boolean | null;
  readonly human: ExposureLabel;
  readonly gpt4: ExposureLabel;
  readonly gpt4AltRubric: ExposureLabel;
  readonly gpt4Automation: AutomationLabel | null;
}

export interface GptsStudy {
  readonly occupations: ReadonlyMap<string, GptsOccupation>;
  readonly tasksByCode: ReadonlyMap<string, readonly TaskExposure[]>;
}

/** One 6-digit 2018 SOC occupation of "Working with AI"; shares 0–1. */
export interface SocApplicability {
  readonly soc: string;
  readonly title: string;
  readonly score: number;
  /** From soc_metrics.csv when present there. */
  readonly metrics: {
    /** Share of the occupation's work activities seen in conversations, as the user's goal / as what the AI did. */
    readonly coverageUser: number;
    readonly coverageAi: number;
    readonly completionUser: number;
    readonly completionAi: number;
    readonly impactScopeUser: number;
    readonly impactScopeAi: number;
  } | null;
}

export interface IwaMetrics {
  readonly id: string;
  readonly title: string;
  /** Share of conversations (0–1) with this activity as the user's goal / as the AI's action. */
  readonly shareUser: number;
  readonly shareAi: number;
  /** Null where the AI never performed the activity, so the rate is not measured. */
  readonly completionAi: number | null;
  readonly impactScopeAi: number | null;
}

export interface WorkingWithAiStudy {
  readonly bySoc: ReadonlyMap<string, SocApplicability>;
  readonly iwasBySoc: ReadonlyMap<string, readonly string[]>;
  readonly iwas: ReadonlyMap<string, IwaMetrics>;
}

export interface FileReport {
  readonly file: string;
  readonly present: boolean;
  readonly linesRead: number;
  readonly rowsAccepted: number;
  readonly rowsRejected: number;
  /** SHA-256 of the bytes read (hex), null when absent. */
  readonly sha256: string | null;
  /** The published version these bytes are, when Trailmap knows them; otherwise null. */
  readonly knownVersion: string | null;
}

export interface AiExposureReport {
  readonly dir: string;
  readonly files: readonly FileReport[];
  readonly rejects: readonly RowReject[];
  readonly durationMs: number;
}

export interface AiExposureData {
  /** Null when the study's folder is absent. */
  readonly gpts: GptsStudy | null;
  readonly workingWithAi: WorkingWithAiStudy | null;
  readonly report: AiExposureReport;
}
