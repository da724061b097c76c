import { Suspense, useEffect, useMemo, useState } from 'react';
import { measureCompleteness } from '@trailmap/domain';
import { api, ApiError } from '../../api/client.ts';
import { Link, navigate } from '../../app/router.tsx';
import { takeEarlyPlan } from '../../app/open-plan-early.ts';
import { planPath } from '../../app/routes.ts';
import type { PlanScreen } from '../../app/routes.ts';
import { ProgressBar } from '../../ui/progress-bar.tsx';
import { CoachProvider } from '../coach/coach-context.tsx';
import { startAutosave } from './autosave-machine.ts';
import type { AutosaveState } from './autosave-machine.ts';
import { ConflictDialog } from './conflict-dialog.tsx';
import { createDraftStore, resumeAutosave } from './local-drafts.ts';
import { PlanWorkspaceProvider, usePlanWorkspace } from './plan-workspace.tsx';
import { SaveStatus } from './save-status.tsx';
import { preloadScreen, SCREENS } from './screens.tsx';
import { METHOD_ORDER, neighboursOf, SCREEN_LABELS } from './screen-list.ts';
import './workspace.css';

type Opening =
  | { state: 'loading' }
  | { state: 'open'; initial: AutosaveState; offline: boolean }
  | { state: 'failed'; message: string; missing: boolean };

const safeStorage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/** An open plan: it loads the plan, resumes unsent edits, and shows the chosen screen. */
export function WorkspaceScreen({ planId, screen }: { planId: string; screen: PlanScreen }) {
  const store = useMemo(() => createDraftStore(safeStorage()), []);
  const [opening, setOpening] = useState<Opening>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setOpening({ state: 'loading' });
    // Fetch the screen's code while the plan loads, not after (unless the
    // page load already asked for both).
    const early = takeEarlyPlan(planId);
    if (!early) preloadScreen(screen);
    (early ?? api.getPlan(planId)).then(
      (plan) => {
        if (current) {
          setOpening({
            state: 'open',
            initial: resumeAutosave(plan, store.read(planId)),
            offline: false,
          });
        }
      },
      (caught: unknown) => {
        if (!current) return;
        const stored = store.read(planId);
        if (caught instanceof ApiError && caught.unreachable && stored) {
          // Unsent edits from an earlier visit: open them and keep trying to send.
          const initial = startAutosave(stored.server, stored.draft);
          setOpening({
            state: 'open',
            initial: { ...initial, status: 'offline', failures: 1, retryInMs: 1000 },
            offline: true,
          });
          return;
        }
        setOpening({
          state: 'failed',
          missing: caught instanceof ApiError && caught.status === 404,
          message: caught instanceof ApiError ? caught.message : 'This plan could not be loaded.',
        });
      },
    );
    return () => {
      current = false;
    };
    // `screen` is left out on purpose: moving between screens must not reload the
    // plan, and only the screen first asked for needs its code fetched early.
  }, [planId, store, attempt]);

  if (opening.state === 'loading') {
    return (
      <div className="workspace-loading" aria-busy="true">
        <p role="status">Opening your plan…</p>
      </div>
    );
  }
  if (opening.state === 'failed') {
    return (
      <div className="workspace-failed" role="alert">
        <h1>{opening.missing ? 'No such plan' : 'The plan could not be opened'}</h1>
        <p>{opening.message}</p>
        <p>
          {!opening.missing && (
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </button>
          )}{' '}
          <Link href="/">Back to your plans</Link>
        </p>
      </div>
    );
  }
  return (
    <PlanWorkspaceProvider key={planId} initial={opening.initial} store={store}>
      <CoachProvider>
        <WorkspaceLayout screen={screen} />
      </CoachProvider>
    </PlanWorkspaceProvider>
  );
}

function WorkspaceLayout({ screen }: { screen: PlanScreen }) {
  const { draft, saved } = usePlanWorkspace();
  const completeness = useMemo(() => measureCompleteness(draft.content), [draft.content]);
  const ratioOf = (step: string) => completeness.steps.find((entry) => entry.step === step)?.ratio;
  const Screen = SCREENS[screen];

  // Alt+Shift+→ / ← move along the method from anywhere, typing included.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey) return;
      const { previous, next } = neighboursOf(screen);
      const target =
        event.key === 'ArrowRight' ? next : event.key === 'ArrowLeft' ? previous : null;
      if (!target) return;
      event.preventDefault();
      navigate(planPath(saved.id, target));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screen, saved.id]);

  useEffect(() => {
    document.title = `${SCREEN_LABELS[screen]} · ${draft.title} · Trailmap`;
  }, [screen, draft.title]);

  const navItems: PlanScreen[] = ['dashboard', 'quick-start', ...METHOD_ORDER];
  return (
    <div className="workspace">
      <div className="workspace-bar">
        <p className="workspace-plan-title">
          <Link href="/">Plans</Link> › <span>{draft.title}</span>
        </p>
        <SaveStatus />
      </div>
      <div className="workspace-columns">
        <nav className="workspace-nav" aria-label="Plan screens">
          <ol>
            {navItems.map((item) => {
              const ratio = ratioOf(item);
              return (
                <li key={item}>
                  <Link
                    href={planPath(saved.id, item)}
                    aria-current={item === screen ? 'page' : undefined}
                    className="workspace-nav-link"
                  >
                    <span>{SCREEN_LABELS[item]}</span>
                    {ratio !== undefined && (
                      <ProgressBar
                        ratio={ratio}
                        label={`${SCREEN_LABELS[item]} progress`}
                        compact
                      />
                    )}
                  </Link>
                </li>
              );
            })}
          </ol>
          <p className="workspace-shortcuts muted">
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>→</kbd> next step · <kbd>←</kbd> previous ·{' '}
            <kbd>Z</kbd> undo
          </p>
        </nav>
        <main className="workspace-main" id="main">
          <Suspense
            fallback={
              <div className="screen-loading" role="status">
                Loading…
              </div>
            }
          >
            <Screen />
          </Suspense>
        </main>
      </div>
      <ConflictDialog />
    </div>
  );
}
