import { PlansScreen } from '../features/plans/plans-screen.tsx';

/** The layout shell: header, main content, and the question that frames everything. */
export function App() {
  return (
    <div className="shell">
      <header className="shell-header">
        <a className="brand" href="/">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path d="M6 24 L13 12 L18 19 L22 14 L26 24 Z" fill="var(--surface)" />
          </svg>
          <span>Trailmap</span>
        </a>
        <p className="tagline">Strategy first, then the plan, then the proof.</p>
      </header>
      <main className="shell-main" id="main">
        <PlansScreen />
      </main>
      <footer className="shell-footer">
        <p>
          What do you want to be known for in five years? Every plan here starts from that question.
        </p>
      </footer>
    </div>
  );
}
