import type { ItemId, ShortTermAction, TargetRole } from '@trailmap/domain';
import { newItemId } from '../../../ui/new-id.ts';

/** Blank items the roadmap adds: a fresh id each, every field empty, nothing linked yet. */
export const emptyRole = (id: ItemId = newItemId()): TargetRole => ({
  id,
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
