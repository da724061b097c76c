/**
 * A labelled progress bar; the text beside it carries the figure for screen
 * readers and print. `compact` drops the figure where space is short (the
 * figure stays in the accessible value).
 */
export function ProgressBar({
  ratio,
  label,
  compact = false,
}: {
  ratio: number;
  label: string;
  compact?: boolean;
}) {
  const percent = Math.round(ratio * 100);
  return (
    <div className={compact ? 'progress progress-compact' : 'progress'}>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      {!compact && <span className="progress-figure">{percent}%</span>}
    </div>
  );
}
