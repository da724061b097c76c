import { COACH_STEPS } from '@trailmap/domain';
import type {
  CoachFinding,
  CoachFindingCode,
  CoachSeverity,
  CoachStep,
  PlanContent,
} from '@trailmap/domain';
import type { PlanPart } from '../workspace/plan-parts.ts';
import { settleSpans } from './coach-spans.ts';

/**
 * The coach's findings as the screens show them: kept in step with the draft
 * (the coach read an older one), counted, and turned into edits when the
 * person accepts a suggestion.
 */

type Path = CoachFinding['path'];
export type SeverityCounts = Readonly<Record<CoachSeverity, number>>;

/** Findings whose suggestions are replacement texts for the field at their path. */
const REWRITES: ReadonlySet<CoachFindingCode> = new Set(['strategy.value_not_verb']);

export const rewritesText = (finding: CoachFinding): boolean =>
  REWRITES.has(finding.code) && finding.suggestions.length > 0;

export const SEVERITY_WORDS: Readonly<Record<CoachSeverity, string>> = {
  warning: 'Warning',
  suggestion: 'Suggestion',
  info: 'Note',
};

/** The value at a JSON path inside the plan content, or undefined when the path leads nowhere. */
export function valueAtPath(content: PlanContent, path: Path): unknown {
  let node: unknown = content;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function setIn(node: unknown, path: Path, value: string): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (Array.isArray(node) && typeof key === 'number' && key < node.length) {
    const copy: unknown[] = [...node];
    copy[key] = setIn(node[key], rest, value);
    return copy;
  }
  if (node !== null && typeof node === 'object' && typeof key === 'string' && key in node) {
    const record = node as Record<string, unknown>;
    return { ...record, [key]: setIn(record[key], rest, value) };
  }
  return node;
}

/**
 * `content` with the text at `path` replaced, only while that text still
 * reads `expected` (what the coach read): an accepted suggestion never
 * overwrites words typed since. The same object when nothing changes.
 */
export function rewriteAt(
  content: PlanContent,
  path: Path,
  expected: string,
  text: string,
): PlanContent {
  if (valueAtPath(content, path) !== expected || expected === text) return content;
  return setIn(content, path, text) as PlanContent;
}

/** The part of the plan a path edits (for undo and the save), or null. */
export function partOfPath(path: Path): PlanPart | null {
  const [first, second] = path;
  if (first === 'strategy' || first === 'knownFor') return first;
  if (first === 'steps' && typeof second === 'string' && second !== 'title')
    return second as PlanPart;
  return null;
}

/**
 * The findings that still apply to the draft on screen. A field edited since
 * the coach read it keeps its flagged words where they still appear; an
 * accepted or rewritten suggestion disappears at once instead of waiting for
 * the next answer.
 */
export function freshFindings(
  findings: readonly CoachFinding[],
  read: PlanContent,
  current: PlanContent,
): CoachFinding[] {
  return findings.flatMap((finding) => {
    const before = valueAtPath(read, finding.path);
    const now = valueAtPath(current, finding.path);
    if (before === now) return [finding];
    if (finding.spans.length > 0) {
      if (typeof now !== 'string') return [];
      const spans = settleSpans(now, finding.spans);
      return spans.length > 0 ? [{ ...finding, spans }] : [];
    }
    return REWRITES.has(finding.code) ? [] : [finding];
  });
}

export function countBySeverity(findings: readonly CoachFinding[]): SeverityCounts {
  const counts = { warning: 0, suggestion: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "1 warning and 2 suggestions"; "nothing to change" when there is none. */
export function describeCounts(counts: SeverityCounts): string {
  const parts = [
    counts.warning > 0 ? plural(counts.warning, 'warning') : null,
    counts.suggestion > 0 ? plural(counts.suggestion, 'suggestion') : null,
    counts.info > 0 ? plural(counts.info, 'note') : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return 'nothing to change';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export interface StepSummary {
  readonly step: CoachStep;
  readonly counts: SeverityCounts;
  readonly total: number;
}

/** Counts per step, in the method's order, for the dashboard. */
export function summarizeSteps(
  findingsFor: (step: CoachStep) => readonly CoachFinding[],
): StepSummary[] {
  return COACH_STEPS.map((step) => {
    const findings = findingsFor(step);
    return { step, counts: countBySeverity(findings), total: findings.length };
  });
}

/** Findings about one field (e.g. the job titles in the gratifying work). */
export const findingsAt = (findings: readonly CoachFinding[], path: Path): CoachFinding[] =>
  findings.filter(
    (finding) =>
      finding.path.length === path.length && finding.path.every((key, i) => key === path[i]),
  );
