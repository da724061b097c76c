import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * One full garbage collection, run first thing in main(): after every module
 * has loaded and before anything has scheduled work.
 *
 * Why: V8 gives objects of the same shape one hidden class ("map") by recording
 * a transition from the empty shape for each first property added. It keeps at
 * most 1,536 transitions per shape; the English tagger (compromise, loaded by
 * the coach) builds thousands of short-lived objects with distinct first keys
 * while it loads and fills that table. Only a full collection empties it;
 * until then every object literal with a computed key, such as the
 * symbol-keyed objects Node makes on every process.nextTick and in its streams,
 * gets a brand-new map. Worse, the inline caches of the code that builds those
 * objects see a new map each time and turn megamorphic, and they stay so for
 * the life of the process, collection or not. So the collection must come
 * before Node runs any of that code: loading modules does not, main() does.
 * Measured as server CPU per plan read and save, see decision 0024. A
 * collection of a freshly started heap takes a few milliseconds.
 *
 * `gc` is exposed to a new context only, so nothing else in the process sees it.
 */
export function collectStartupGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}
