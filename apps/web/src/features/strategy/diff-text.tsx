import type { DiffPart } from '@trailmap/domain';
import { sideOfDiff } from './diff-sides.ts';

/**
 * One side of a word diff: the earlier side shows what was removed (struck
 * through), the later side what was added (underlined). Each change also
 * carries words for screen readers, so nothing depends on colour alone.
 */
export function DiffText({
  parts,
  side,
}: {
  parts: readonly DiffPart[];
  side: 'before' | 'after';
}) {
  const [Mark, words] =
    side === 'before' ? (['del', 'removed'] as const) : (['ins', 'added'] as const);
  return sideOfDiff(parts, side).map((part, index) =>
    part.changed ? (
      <Mark key={index}>
        <span className="visually-hidden">[{words}: </span>
        {part.text}
        <span className="visually-hidden">]</span>
      </Mark>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}

/** A visible word beside a changed item: "New", "Removed", "Reworded". */
export function ChangeTag({ children }: { children: string }) {
  return <span className="change-tag">{children}</span>;
}
