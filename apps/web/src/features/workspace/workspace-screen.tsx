import { memo, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { measureCompleteness } from '@trailmap/domain';
import type { PlanContent } from '@trailmap/domain';
import { api, ApiError } from '../../api/client.ts';
import { Link, navigate } from '../../app/router.tsx';
import { takeEarlyPlan, takeReadyEarlyPlan } from '../../app/open-plan-early.ts';
import { planPath } from '../../app/routes.ts';
import type { PlanScreen } from '../../app/routes.ts';
import { ProgressBar } from '../../ui/progress-bar.tsx';
import { CoachProvider } from '../coach/coach-context.tsx';
import { startAutosave } from './autosave-machine.ts';
import type { AutosaveState } from './autosave-machine.ts';
import { ConflictDialog } from './conflict-dialog.tsx';
import { createDraftStore, resumeAutosave } from './local-drafts.ts';
import { PlanWorkspaceProvider, usePlanActions, usePlanDraft } from './plan-workspace.tsx';
import { SaveStatus } from './save-status.tsx';
import { loadScreen, SCREENS } from './screens.tsx';
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
  // Which opening the state holds (plan and attempt), so the effect below
  // does not load again what the first render already opened.
  const openedFor = useRef<string | null>(null);
  const [opening, setOpening] = useState<Opening>(() => {
    const ready = takeReadyEarlyPlan(planId);
    if (!ready) return { state: 'loading' };
    openedFor.current = `${planId} 0`;
    return { state: 'open', initial: resumeAutosave(ready, store.read(planId)), offline: false };
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (openedFor.current === `${planId} ${attempt}`) return;
    openedFor.current = null;
    let current = true;
    setOpening({ state: 'loading' });
    // Fetch the screen's code while the plan loads, not after (unless the
    // page load already asked for both), and open once both are in: the
    // screen then renders in the same pass as the workspace around it,
    // without a "Loading…" fallback in between.
    const early = takeEarlyPlan(planId);
    const screenCode = early ? null : loadScreen(screen);
    (early ?? api.getPlan(planId).then((plan) => screenCode!.then(() => plan))).then(
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

/**
 * The frame around every screen. It reads no part of the plan itself, so a
 * keystroke re-renders the screen being typed in, the title line and the
 * progress in the navigation (deferred), not the whole workspace.
 */
function WorkspaceLayout({ screen }: { screen: PlanScreen }) {
  const { planId } = usePlanActions();
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
      navigate(planPath(planId, target));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screen, planId]);

  return (
    <div className="workspace">
      <div className="workspace-bar">
        <PlanTitle screen={screen} />
        <SaveStatus />
      </div>
      <div className="workspace-columns">
        <nav className="workspace-nav" aria-label="Plan screens">
          <WorkspaceNavProgress planId={planId} screen={screen} />
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

/** The plan's title in the bar and in the browser tab. */
function PlanTitle({ screen }: { screen: PlanScreen }) {
  const { title } = usePlanDraft();
  useEffect(() => {
    document.title = `${SCREEN_LABELS[screen]} · ${title} · Trailmap`;
  }, [screen, title]);
  return (
    <p className="workspace-plan-title">
      <Link href="/">Plans</Link> › <span>{title}</span>
    </p>
  );
}

/**
 * The navigation's progress bars follow a deferred copy of the plan: a
 * keystroke paints first, and completeness is measured again in a background
 * render React can interrupt when the next key arrives.
 */
function WorkspaceNavProgress({ planId, screen }: { planId: string; screen: PlanScreen }) {
  const content = useDeferredValue(usePlanDraft().content);
  return <WorkspaceNavList planId={planId} screen={screen} content={content} />;
}

const NAV_ITEMS: readonly PlanScreen[] = ['dashboard', 'quick-start', ...METHOD_ORDER];

const WorkspaceNavList = memo(function WorkspaceNavList({
  planId,
  screen,
  content,
}: {
  planId: string;
  screen: PlanScreen;
  content: PlanContent;
}) {
  const completeness = useMemo(() => measureCompleteness(content), [content]);
  const ratioOf = (step: string) => completeness.steps.find((entry) => entry.step === step)?.ratio;
  return (
    <ol>
      {NAV_ITEMS.map((item) => (
        <NavItem
          key={item}
          planId={planId}
          item={item}
          current={item === screen}
          ratio={ratioOf(item)}
        />
      ))}
    </ol>
  );
});

/** One link of the navigation; renders again only when its own progress moves. */
const NavItem = memo(function NavItem({
  planId,
  item,
  current,
  ratio,
}: {
  planId: string;
  item: PlanScreen;
  current: boolean;
  ratio: number | undefined;
}) {
  return (
    <li>
      <Link
        href={planPath(planId, item)}
        aria-current={current ? 'page' : undefined}
        className="workspace-nav-link"
      >
        <span>{SCREEN_LABELS[item]}</span>
        {ratio !== undefined && (
          <ProgressBar ratio={ratio} label={`${SCREEN_LABELS[item]} progress`} compact />
        )}
      </Link>
    </li>
  );
});
