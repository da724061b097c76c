import { findingsAt } from './coach-findings.ts';
import { useCoach } from './coach-context.tsx';
import { SuggestionButtons } from './suggestion-buttons.tsx';
import './coach.css';

/**
 * Beside a value that is not a verb phrase: the coach's verb phrasings, one
 * button each; accepting one rewrites the value and puts the keyboard back on it.
 */
export function ValueSuggestions({
  index,
  phrase,
  onAccepted,
}: {
  index: number;
  phrase: string;
  onAccepted: () => void;
}) {
  const coach = useCoach();
  const finding = coach
    ? findingsAt(coach.findingsFor('strategy'), ['strategy', 'values', index, 'phrase'])[0]
    : undefined;
  if (!finding || finding.suggestions.length === 0) return null;
  return (
    <div className="coach-value">
      <p className="coach-value-note">
        <span className="coach-severity">Suggestion</span> Say it as something you do:
      </p>
      <SuggestionButtons finding={finding} current={phrase} onAccepted={onAccepted} />
    </div>
  );
}
