import type { AuditChoiceIssueCode } from '../audit.ts';
import { COMPLETENESS_PARTS, type CompletenessPart } from '../completeness.ts';
import type { ProblemPath } from '../plan-problem.ts';
import type { TitleMention } from './title-matcher.ts';

/**
 * The offline coach: rules over the plan that say what to change, in plain
 * words, beside the step they concern. Nothing here blocks a save (that is
 * validation's job); a finding is advice.
 */

/** The coach reads the same eight parts completeness measures, in the same order. */
export type CoachStep = CompletenessPart;

export const COACH_STEPS: readonly CoachStep[] = COMPLETENESS_PARTS;

/**
 * - `warning`: the plan goes against the method or does not add up (a title in
 *   the gratifying work, more hours reinvested than freed);
 * - `suggestion`: it would read or work better another way (a value as a noun);
 * - `info`: worth knowing, nothing wrong (freed hours not yet reinvested).
 */
export type CoachSeverity = 'warning' | 'suggestion' | 'info';

export type CoachFindingCode =
  | 'strategy.job_title'
  | 'strategy.value_not_verb'
  | 'product.proposition_missing'
  | 'product.problem_reads_like_task'
  | 'vision.job_title'
  | 'vision.no_stretch'
  | 'skills.too_few'
  | 'skills.too_many'
  | AuditChoiceIssueCode
  | 'audit.strength_not_chosen'
  | 'audit.must_build_not_chosen'
  | 'roadmap.action_without_target'
  | 'roadmap.target_without_action'
  | 'roadmap.role_without_vision_problem'
  | 'restructure.over_reinvested'
  | 'restructure.under_reinvested'
  | 'restructure.week_overflow';

/** A stretch of a text the finding points at; offsets are UTF-16 code units. */
export interface CoachSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface CoachFinding {
  readonly code: CoachFindingCode;
  readonly severity: CoachSeverity;
  readonly step: CoachStep;
  /** JSON path to the field inside the plan content. */
  readonly path: ProblemPath;
  /** What is wrong and what to change. */
  readonly message: string;
  /** Where in the field's text, when the finding is about some words of it. */
  readonly spans: readonly CoachSpan[];
  /** Replacements the person may accept for the field (or the spans). */
  readonly suggestions: readonly string[];
}

/** How a value reads: a present-tense verb phrase, or not, with verb phrases to propose. */
export interface ValueAnalysis {
  readonly value: string;
  readonly isVerbPhrase: boolean;
  readonly suggestions: readonly string[];
}

/**
 * The language-dependent parts the rules need, passed in so the domain stays
 * pure: the title finder (null when the occupation data is not loaded) and the
 * verb analysis of a value.
 */
export interface CoachTools {
  readonly findTitles: ((text: string) => readonly TitleMention[]) | null;
  readonly analyzeValue: (value: string) => ValueAnalysis;
}
