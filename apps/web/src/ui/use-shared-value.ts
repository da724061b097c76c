import { useRef } from 'react';
import { shareUnchanged } from '@trailmap/domain';

/**
 * `value`, with the objects of the previous render's value wherever the two
 * are equal as JSON: a figure recomputed after a keystroke that did not move
 * it is the same object, so memoised views of it do not render again.
 */
export function useSharedValue<T>(value: T): T {
  const previous = useRef(value);
  const shared = shareUnchanged(value, previous.current);
  previous.current = shared;
  return shared;
}
