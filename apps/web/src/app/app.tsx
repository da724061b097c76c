import { lazy, Suspense, useEffect } from 'react';
import { PlansScreen } from '../features/plans/plans-screen.tsx';
import { Link, useRoute } from './router.tsx';
import type { Route } from './routes.ts';
import { useLoadedModule } from './lazy-module.ts';
import { WORKSPACE } from './workspace-module.ts';

const WorkspaceScreen = WORKSPACE.Component;
const AboutScreen = lazy(() =>
  import('../features/about/about-screen.tsx').then((m) => ({ default: m.AboutScreen })),
);
const LanguageModelScreen = lazy(() =>
  import('../features/assistant/language-model-screen.tsx').then((m) => ({
    default: m.LanguageModelScreen,
  })),
);
const OccupationsScreen = lazy(() =>
  import('../features/occupations/occupations-screen.tsx').then((m) => ({
    default: m.OccupationsScreen,
  })),
);

function Content({ route }: { route: Route }) {
  useEffect(() => {
    if (route.name === 'plans') document.title = 'Your plans · Trailmap';
    if (route.name === 'not-found') document.title = 'Not found · Trailmap';
  }, [route.name]);
  switch (route.name) {
    case 'plans':
      return (
        <main className="shell-main" id="main">
          <PlansScreen />
        </main>
      );
    case 'about':
      return (
        <main className="shell-main" id="main">
          <AboutScreen />
        </main>
      );
    case 'language-model':
      return (
        <main className="shell-main" id="main">
          <LanguageModelScreen />
        </main>
      );
    case 'occupations':
    case 'occupation':
      return (
        <main className="shell-main" id="main">
          <OccupationsScreen code={route.name === 'occupation' ? route.code : null} />
        </main>
      );
    case 'plan':
      return <PlanContent planId={route.planId} screen={route.screen} />;
    case 'not-found':
      return (
        <main className="shell-main" id="main">
          <h1>Nothing here</h1>
          <p>
            There is no page at <code>{route.path}</code>. <Link href="/">Go to your plans</Link>.
          </p>
        </main>
      );
  }
}

/** An open plan, once the workspace's code is in (the same "Loading…" line until then). */
function PlanContent({ planId, screen }: Omit<Extract<Route, { name: 'plan' }>, 'name'>) {
  const loaded = useLoadedModule(WORKSPACE);
  if (!loaded) {
    return (
      <div key="loading" className="shell-main shell-loading" role="status">
        Loading…
      </div>
    );
  }
  // A new element, not the placeholder restyled: a node that changes width
  // in place counts as a layout shift.
  return (
    <div key="plan" className="shell-main shell-wide">
      <WorkspaceScreen planId={planId} screen={screen} />
    </div>
  );
}

/** The layout shell: header, the current screen, and the question that frames everything. */
export function App() {
  const route = useRoute();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <Link className="brand" href="/">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path d="M6 24 L13 12 L18 19 L22 14 L26 24 Z" fill="var(--surface)" />
          </svg>
          <span>Trailmap</span>
        </Link>
        <p className="tagline">Strategy first, then the plan, then the proof.</p>
        <nav className="shell-links" aria-label="Site">
          <Link href="/">Plans</Link>
          <Link href="/occupations">Occupations</Link>
          <Link href="/about">About</Link>
        </nav>
      </header>
      <Suspense
        fallback={
          <div className="shell-main shell-loading" role="status">
            Loading…
          </div>
        }
      >
        <Content route={route} />
      </Suspense>
      <footer className="shell-footer">
        <p>
          What do you want to be known for in five years? Every plan here starts from that question.
        </p>
      </footer>
    </div>
  );
}
