import { Link, Outlet } from 'react-router';
import { ForgetAnswers } from './ForgetAnswers';

export function Layout() {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path
              d="M7 21c3-8 6-8 9 0s6 8 9 0"
              fill="none"
              stroke="var(--brand-ink)"
              strokeWidth="3"
              strokeLinecap="round"
            />
          </svg>
          <span>Tunewise</span>
        </Link>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Tunewise runs entirely in your browser: nothing you enter leaves this page. Memory figures
          are estimates checked against published measurements; license notes are not legal advice.
        </p>
        <ForgetAnswers />
      </footer>
    </div>
  );
}
