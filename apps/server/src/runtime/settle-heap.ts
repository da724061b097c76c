import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * One full garbage collection, run once after every module has loaded and before
 * the server listens.
 *
 * Why: V8 gives objects of the same shape one hidden class ("map") by recording
 * a transition from the empty shape for each first property added. It keeps at
 * most 1,536 transitions per shape; the English tagger (compromise, loaded by
 * the coach) builds thousands of short-lived objects with distinct first keys
 * while it loads and fills those tables. They are emptied only by a full
 * collection; until then every object literal with a computed key, such as the
 * symbol-keyed objects Node makes for each request (process.nextTick, streams,
 * the HTTP parser), gets a brand-new map, which is slow to make and turns the
 * code reading those objects megamorphic. Measured as server CPU per plan read,
 * see decision 0024. A collection of a freshly started heap takes a few ms.
 *
 * `gc` is exposed to a new context only, so nothing else in the process sees it.
 */
export function collectStartupGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}
