import type { PortfolioSuggestion } from './portfolio-lanes.ts';

/** The evidence behind a suggestion: overlap, the gap, and what it would build. */
export function SuggestionFacts({ suggestion }: { suggestion: PortfolioSuggestion }) {
  const { overlapPercent, gap = [], builds = [] } = suggestion;
  if (overlapPercent === undefined && gap.length === 0 && builds.length === 0) return null;
  return (
    <dl className="suggestion-facts">
      {overlapPercent !== undefined && (
        <>
          <dt>Overlap</dt>
          <dd>{overlapPercent}% of what the role asks for, you have</dd>
        </>
      )}
      {gap.length > 0 && (
        <>
          <dt>Gap</dt>
          <dd>{gap.join('; ')}</dd>
        </>
      )}
      {builds.length > 0 && (
        <>
          <dt>Would build</dt>
          <dd>{builds.join('; ')}</dd>
        </>
      )}
    </dl>
  );
}
