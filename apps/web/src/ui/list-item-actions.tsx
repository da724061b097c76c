/**
 * Move up, move down and remove for one item of an editable list. `noun`
 * names the item for screen readers ("Move skill 2 up"); `label` adds its
 * words to the remove button so a person knows what goes.
 */
export function ListItemActions({
  noun,
  index,
  count,
  label,
  onMove,
  onRemove,
}: {
  noun: string;
  index: number;
  count: number;
  label: string;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <div className="text-list-actions">
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${noun} ${index + 1} up`}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${noun} ${index + 1} down`}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Remove ${noun} ${index + 1}${label ? `: ${label}` : ''}`}
        onClick={onRemove}
      >
        ✕
      </button>
    </div>
  );
}
