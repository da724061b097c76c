import { useCallback, useEffect, useState } from 'react';
import type { PlanSummary } from '@trailmap/contracts';
import { api, ApiError } from '../../api/client.ts';
import { CreatePlanForm } from './create-plan-form.tsx';
import { PlanCard } from './plan-card.tsx';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; plans: PlanSummary[] }
  | { state: 'failed'; message: string };

/** The first screen: your plans and how far each has come, and a way to start a new one. */
export function PlansScreen() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const { plans } = await api.listPlans();
      setLoad({ state: 'ready', plans });
    } catch (caught) {
      setLoad({
        state: 'failed',
        message: caught instanceof ApiError ? caught.message : 'Your plans could not be loaded.',
      });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <section aria-labelledby="plans-heading" className="plans">
      <h1 id="plans-heading">Your plans</h1>
      <p className="lede">
        Keep one plan, or one per scenario you are weighing. Each starts with your strategy and
        follows seven steps.
      </p>
      <CreatePlanForm onCreated={() => void refresh()} />
      <div aria-live="polite" aria-busy={load.state === 'loading'}>
        {load.state === 'loading' && <p className="muted">Loading your plans…</p>}
        {load.state === 'failed' && (
          <p className="field-error" role="alert">
            {load.message}{' '}
            <button type="button" className="link-button" onClick={() => void refresh()}>
              Try again
            </button>
          </p>
        )}
        {load.state === 'ready' && load.plans.length === 0 && (
          <p className="empty">No plans yet. Name your first one above to begin.</p>
        )}
        {load.state === 'ready' && load.plans.length > 0 && (
          <div className="plan-grid">
            {load.plans.map((plan) => (
              <PlanCard key={plan.id} plan={plan} />
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
