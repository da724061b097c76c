import type { ShortTermAction, TargetRole } from '@trailmap/domain';
import { newItemId } from '../../../ui/new-id.ts';

/** Blank items the roadmap adds: a fresh id each, every field empty, nothing linked yet. */
export const emptyRole = (): TargetRole => ({
  id: newItemId(),
  title: '',
  occupationCode: null,
  problems: '',
  success: '',
  visionProblemIds: [],
  capabilityTargets: [],
});

export const emptyAction = (): ShortTermAction => ({
  id: newItemId(),
  title: '',
  kind: 'project',
  capabilityTargetId: null,
  dueDate: null,
  status: 'planned',
  notes: '',
});
