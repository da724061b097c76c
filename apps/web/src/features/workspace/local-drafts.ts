import { dropDanglingLinks, mergeThreeWay } from '@trailmap/domain';
import type { Plan } from '@trailmap/domain';
import { draftOf, startAutosave } from './autosave-machine.ts';
import type { AutosaveState, Draft } from './autosave-machine.ts';

/**
 * Unsent edits kept in the browser's local storage, so a reload, a crash or a
 * closed laptop loses nothing. One entry per plan, written on every edit and
 * removed once the server confirms a version that holds it.
 */
export interface StoredDraft {
  /** The server's plan the edits were made on. */
  readonly server: Plan;
  readonly draft: Draft;
}

const keyOf = (planId: string) => `trailmap:unsent:${planId}`;

export interface DraftStore {
  read(planId: string): StoredDraft | null;
  write(planId: string, stored: StoredDraft | null): void;
}

const looksStored = (value: unknown): value is StoredDraft => {
  if (typeof value !== 'object' || value === null) return false;
  const { server, draft } = value as Partial<StoredDraft>;
  return (
    typeof server?.id === 'string' &&
    typeof server.version === 'number' &&
    typeof draft?.title === 'string' &&
    typeof draft.content === 'object' &&
    draft.content !== null
  );
};

/** The draft store on a Web Storage object (window.localStorage in the app). */
export function createDraftStore(storage: Storage | null): DraftStore {
  return {
    read(planId) {
      if (!storage) return null;
      try {
        const raw = storage.getItem(keyOf(planId));
        if (raw === null) return null;
        const parsed: unknown = JSON.parse(raw);
        return looksStored(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    write(planId, stored) {
      if (!storage) return;
      try {
        if (stored === null) storage.removeItem(keyOf(planId));
        else storage.setItem(keyOf(planId), JSON.stringify(stored));
      } catch {
        // A full or disabled storage must not stop the save to the server;
        // the status line still says whether the server holds the edits.
      }
    },
  };
}

/**
 * Where to start when a plan opens: the server's version, with any unsent
 * edits on top. Edits made on an older version are merged into the newer one;
 * if the same part changed in both, the person is asked (status `conflict`).
 */
export function resumeAutosave(server: Plan, stored: StoredDraft | null): AutosaveState {
  if (!stored || stored.server.id !== server.id) return startAutosave(server);
  if (stored.server.version === server.version) return startAutosave(server, stored.draft);
  const { merged, conflicts } = mergeThreeWay(
    draftOf(stored.server),
    stored.draft,
    draftOf(server),
  );
  if (conflicts.length === 0) {
    return startAutosave(server, { ...merged, content: dropDanglingLinks(merged.content) });
  }
  return { ...startAutosave(stored.server, stored.draft), status: 'conflict', theirs: server };
}
