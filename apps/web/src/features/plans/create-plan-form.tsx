import { useId, useState, type FormEvent } from 'react';
import type { Plan } from '@trailmap/domain';
import { api, ApiError } from '../../api/client.ts';

/** Creates a plan from a title; the title is kept in the field if the server refuses it. */
export function CreatePlanForm({ onCreated }: { onCreated: (plan: Plan) => void }) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError('Give the plan a title, e.g. "Main plan" or "Move into operations strategy".');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const plan = await api.createPlan({ title: title.trim() });
      setTitle('');
      onCreated(plan);
    } catch (caught) {
      setError(
        caught instanceof ApiError ? caught.message : 'The plan could not be created. Try again.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="create-plan" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>New plan</label>
      <div className="create-plan-row">
        <input
          id={inputId}
          name="title"
          value={title}
          maxLength={120}
          placeholder="e.g. Main plan, or Scenario: move to a startup"
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create plan'}
        </button>
      </div>
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
