import type { ValueProposition } from '@trailmap/domain';

const blank = (text: string, placeholder: string) =>
  text.trim() === '' ? (
    <span className="preview-blank">[{placeholder}]</span>
  ) : (
    <strong>{text.trim()}</strong>
  );

/** The value proposition read as one sentence, updated as the person types. */
export function PropositionPreview({ proposition }: { proposition: ValueProposition }) {
  return (
    <figure className="proposition-preview">
      <figcaption>Your sentence so far</figcaption>
      <blockquote>
        I help {blank(proposition.who, 'who')} solve {blank(proposition.problems, 'which problems')}{' '}
        so they can {blank(proposition.result, 'what result')}.
      </blockquote>
    </figure>
  );
}
