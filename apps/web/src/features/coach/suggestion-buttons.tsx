import type { CoachFinding } from '@trailmap/domain';
import { useCoach } from './coach-context.tsx';

/**
 * The coach's replacement texts for a field, one button each: pressing one
 * writes it in place of the words (autosaved, and "Undo last change" takes it back).
 */
export function SuggestionButtons({
  finding,
  current,
  onAccepted,
}: {
  finding: CoachFinding;
  /** The words the suggestions replace, for the buttons' accessible names. */
  current: string;
  onAccepted?: (text: string) => void;
}) {
  const coach = useCoach();
  if (!coach || finding.suggestions.length === 0) return null;
  return (
    <ul className="coach-suggestions" aria-label={`Verb phrases for “${current}”`}>
      {finding.suggestions.map((text) => (
        <li key={text}>
          <button
            type="button"
            className="secondary-button small-button"
            aria-label={`Use “${text}” instead of “${current}”`}
            onClick={() => {
              coach.accept(finding, text);
              onAccepted?.(text);
            }}
          >
            Use “{text}”
          </button>
        </li>
      ))}
    </ul>
  );
}
