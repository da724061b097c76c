import type { ActionKind, ActionStatus } from '@trailmap/domain';

/** Words for the closed lists of an action, shared by the form and the timeline. */
export const KIND_LABELS: Readonly<Record<ActionKind, string>> = {
  project: 'Project',
  relationship: 'Relationship',
  habit: 'Habit',
};

export const STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const KINDS = Object.keys(KIND_LABELS) as ActionKind[];
export const STATUSES = Object.keys(STATUS_LABELS) as ActionStatus[];
