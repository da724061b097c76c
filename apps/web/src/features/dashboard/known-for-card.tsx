import { LIMITS } from '@trailmap/domain';
import { TextField } from '../../ui/text-field.tsx';
import { useKnownFor } from '../workspace/plan-workspace.tsx';

/** The question that frames the whole plan, answered and edited in place. */
export function KnownForCard() {
  const [knownFor, setKnownFor] = useKnownFor();
  return (
    <section className="dashboard-card known-for" aria-labelledby="known-for-title">
      <h2 id="known-for-title">What do I want to be known for in five years?</h2>
      <TextField
        label="Your answer"
        hint="One or two sentences in your own words. Come back to it whenever the plan changes; it is the test every step should pass."
        value={knownFor}
        onChange={setKnownFor}
        multiline
        rows={3}
        maxLength={LIMITS.maxLongText}
        placeholder="e.g. the person who makes a cross-team change actually land"
      />
    </section>
  );
}
