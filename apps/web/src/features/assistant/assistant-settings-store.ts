import { useEffect, useSyncExternalStore } from 'react';
import type { AssistantSettingsResponse } from '@trailmap/contracts';
import { api } from '../../api/client.ts';

/**
 * Whether a language model is configured, asked once per page and shared by
 * every coach panel (decision 0020). Until the answer arrives, and when the
 * server cannot say, it counts as off: nothing offers to draft.
 */
type Known = AssistantSettingsResponse | null;

let known: Known = null;
let asked = false;
const listeners = new Set<() => void>();

function set(next: Known): void {
  known = next;
  for (const listener of listeners) listener();
}

/** Ask the server again (after a save or on first use). */
export function refreshAssistantSettings(): Promise<void> {
  asked = true;
  return api.assistantSettings().then(set, () => set(null));
}

/** The settings the server answered, e.g. after saving them. */
export const rememberAssistantSettings = (settings: AssistantSettingsResponse): void =>
  set(settings);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The configured endpoint, or null while unknown or off. */
export function useAssistantSettings(): Known {
  const settings = useSyncExternalStore(subscribe, () => known);
  useEffect(() => {
    if (!asked) void refreshAssistantSettings();
  }, []);
  return settings;
}
