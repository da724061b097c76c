import { useEffect, useMemo, useRef, useState } from 'react';
import { dropDanglingLinks, mergeThreeWay } from '@trailmap/domain';
import type { MergeSide } from '@trailmap/domain';
import { draftOf } from './autosave-machine.ts';
import { describePath, describeValue } from './describe-change.ts';
import { usePlanWorkspace } from './plan-workspace.tsx';

/**
 * Shown when another tab saved the plan first. Changes on one side only are
 * combined on their own; for every part both sides changed, the person sees
 * both versions and picks, or keeps all of theirs or all of the other tab's.
 * Nothing is sent until they decide, and their edits stay in local storage.
 */
export function ConflictDialog() {
  const { autosave, draft, resolve } = usePlanWorkspace();
  const theirs = autosave.theirs;
  const dialog = useRef<HTMLDialogElement>(null);
  const base = useMemo(() => draftOf(autosave.server), [autosave.server]);
  const merge = useMemo(
    () => (theirs ? mergeThreeWay(base, draft, draftOf(theirs)) : null),
    [base, draft, theirs],
  );
  const [choices, setChoices] = useState<Record<string, MergeSide>>({});

  useEffect(() => {
    const element = dialog.current;
    if (element && theirs && !element.open) element.showModal();
    if (element && !theirs && element.open) element.close();
  }, [theirs]);

  if (!theirs || !merge) return null;
  const conflicts = merge.conflicts;
  const combine = (side: MergeSide | null) => {
    const { merged } = mergeThreeWay(
      base,
      draft,
      draftOf(theirs),
      (conflict) => side ?? choices[conflict.path] ?? 'mine',
    );
    setChoices({});
    // One side may have removed an item the other side's new text links to.
    resolve({ ...merged, content: dropDanglingLinks(merged.content) });
  };

  return (
    <dialog
      ref={dialog}
      className="conflict-dialog"
      aria-labelledby="conflict-title"
      // Escape must not dismiss the choice: the edits would sit unsent.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="conflict-title">This plan was changed in another tab</h2>
      <p>
        It was saved elsewhere (now version {theirs.version}) while you were editing here. Your
        edits are safe on this device.{' '}
        {conflicts.length === 0
          ? 'Both sets of changes touch different parts, so they can be combined as they are.'
          : `Both changed ${conflicts.length === 1 ? 'one part' : `${conflicts.length} parts`}: choose which version to keep for each. Everything else is combined.`}
      </p>
      {conflicts.length > 0 && (
        <ol className="conflict-list">
          {conflicts.map((conflict) => {
            const chosen = choices[conflict.path] ?? 'mine';
            const group = `conflict-${conflict.path}`;
            return (
              <li key={conflict.path} className="conflict-item">
                <fieldset>
                  <legend>{describePath(conflict.path)}</legend>
                  <div className="conflict-sides">
                    {(['mine', 'theirs'] as const).map((side) => (
                      <label
                        key={side}
                        className={`conflict-side${chosen === side ? ' chosen' : ''}`}
                      >
                        <input
                          type="radio"
                          name={group}
                          value={side}
                          checked={chosen === side}
                          onChange={() => setChoices((all) => ({ ...all, [conflict.path]: side }))}
                        />
                        <span className="conflict-side-name">
                          {side === 'mine' ? 'Keep this tab’s' : 'Take the other tab’s'}
                        </span>
                        <span className="conflict-side-text">{describeValue(conflict[side])}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <div className="conflict-actions">
        <button type="button" onClick={() => combine(null)}>
          {conflicts.length === 0 ? 'Combine both and save' : 'Save with these choices'}
        </button>
        <button type="button" className="secondary-button" onClick={() => combine('mine')}>
          Keep mine everywhere
        </button>
        <button type="button" className="secondary-button" onClick={() => combine('theirs')}>
          Take theirs everywhere
        </button>
      </div>
    </dialog>
  );
}
