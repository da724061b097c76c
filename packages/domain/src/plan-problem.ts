import { LIMITS } from './limits.ts';
import type { ItemId } from './model.ts';
import { pluralize, quoteForMessage } from './text.ts';

/**
 * The shape of a problem that makes a save invalid, and the small checks the
 * plan and proof validators share. A problem carries a stable dotted code for
 * programs, a JSON path to the field, and a message for the person.
 */

export type PlanProblemCode =
  | 'plan.duplicate_id'
  | 'plan.unknown_reference'
  | 'plan.too_many_values'
  | 'plan.too_many_critical_skills'
  | 'plan.too_many_text_items'
  | 'plan.too_many_target_roles'
  | 'plan.too_many_capability_targets'
  | 'plan.too_many_actions'
  | 'plan.too_many_portfolio_entries'
  | 'plan.too_many_tasks'
  | 'plan.too_many_backpack_entries'
  | 'plan.backpack_link_invalid'
  | 'plan.too_many_strengths'
  | 'plan.overlap_values_invalid'
  | 'plan.duplicate_overlap'
  | 'plan.duplicate_audit_answers'
  | 'plan.duplicate_strength'
  | 'plan.task_hours_out_of_range'
  | 'plan.week_overflow'
  | 'plan.reinvestment_negative'
  | 'plan.reinvestment_exceeds_week'
  | 'proof.unknown_reference';

/** A JSON path into the checked document, e.g. `['steps', 'restructure', 'tasks', 3, 'hoursPerWeek']`. */
export type ProblemPath = (string | number)[];

export interface PlanProblem {
  readonly path: ProblemPath;
  readonly code: PlanProblemCode;
  /** Says what is wrong and what to change, in words a person understands. */
  readonly message: string;
}

/** Collects one problem; validators push in document order. */
export type ReportProblem = (path: ProblemPath, code: PlanProblemCode, message: string) => void;

export function checkTextItems(
  items: readonly { readonly id: ItemId; readonly text: string }[],
  path: ProblemPath,
  noun: string,
  report: ReportProblem,
): void {
  checkMaxCount(
    items.length,
    LIMITS.maxTextItemsPerList,
    path,
    'plan.too_many_text_items',
    noun,
    report,
    'keep the ones that matter most',
  );
  checkUniqueIds(items, path, noun, (item) => item.text, report);
}

/** Reports every item whose id an earlier item in the same list already uses. */
export function checkUniqueIds<T extends { readonly id: ItemId }>(
  items: readonly T[],
  path: ProblemPath,
  noun: string,
  labelOf: (item: T) => string,
  report: ReportProblem,
): void {
  const seen = new Set<ItemId>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      report(
        [...path, index, 'id'],
        'plan.duplicate_id',
        duplicateIdMessage(noun, labelOf(item), item.id),
      );
    }
    seen.add(item.id);
  });
}

export function duplicateIdMessage(noun: string, label: string, id: ItemId): string {
  return `The ${noun} ${quoteForMessage(label, '(untitled)')} has the same id ('${id}') as another ${noun}; each needs its own id. Remove the copy or give it a new id.`;
}

export function checkMaxCount(
  count: number,
  max: number,
  path: ProblemPath,
  code: PlanProblemCode,
  noun: string,
  report: ReportProblem,
  why: string,
): void {
  if (count > max) {
    report(
      path,
      code,
      `You have ${pluralize(count, noun)}; the limit is ${max} (${why}). Remove ${pluralize(count - max, noun)}.`,
    );
  }
}
