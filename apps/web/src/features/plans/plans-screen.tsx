import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanSummary } from '@trailmap/contracts';
import type { Plan } from '@trailmap/domain';
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
  // What the status line says besides "loading": a short sentence for screen
  // readers, instead of a live region around the whole grid that would read
  // every card out again on each refresh.
  const [announcement, setAnnouncement] = useState('');
  // The plan just created: its card heading takes focus once the card renders,
  // so keyboard and screen-reader users land on what they made.
  const [focusPlanId, setFocusPlanId] = useState<string | null>(null);
  const focusTarget = useRef<HTMLHeadingElement | null>(null);
  // Numbers each refresh; only the latest may update the screen, since an
  // earlier list that arrives late would hide a plan just created.
  const latestRefresh = useRef(0);

  const refresh = useCallback(async () => {
    const call = ++latestRefresh.current;
    let next: Load;
    try {
      const { plans } = await api.listPlans();
      next = { state: 'ready', plans };
    } catch (caught) {
      next = {
        state: 'failed',
        message: caught instanceof ApiError ? caught.message : 'Your plans could not be loaded.',
      };
    }
    if (call === latestRefresh.current) setLoad(next);
  }, []);

  useEffect(() => {
    void refresh();
    // A list that arrives after the screen is gone has nowhere to go.
    return () => {
      latestRefresh.current += 1;
    };
  }, [refresh]);

  // Runs after the commit that renders the new card, when its heading's ref is set.
  useEffect(() => {
    if (focusPlanId === null || !focusTarget.current) return;
    focusTarget.current.focus();
    setFocusPlanId(null);
  }, [focusPlanId, load]);

  const onCreated = (plan: Plan) => {
    setAnnouncement(`Plan “${plan.title}” created.`);
    setFocusPlanId(plan.id);
    void refresh();
  };

  return (
    <section aria-labelledby="plans-heading" className="plans">
      <h1 id="plans-heading">Your plans</h1>
      <p className="lede">
        Keep one plan, or one per scenario you are weighing. Each starts with your strategy and
        follows seven steps.
      </p>
      <CreatePlanForm onCreated={onCreated} />
      <p role="status" className="visually-hidden">
        {load.state === 'loading' ? 'Loading your plans…' : announcement}
      </p>
      <section
        aria-labelledby="all-plans-heading"
        aria-busy={load.state === 'loading'}
        className="plan-list"
      >
        <h2 id="all-plans-heading">All plans</h2>
        {/* Hidden from screen readers: the status line above already says it. */}
        {load.state === 'loading' && (
          <p className="muted" aria-hidden="true">
            Loading your plans…
          </p>
        )}
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
              <PlanCard
                key={plan.id}
                plan={plan}
                headingRef={plan.id === focusPlanId ? focusTarget : undefined}
              />
            ))}
          </div>
        )}
      </section>
    </section>
  );
}
