import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown instead of a blank page when rendering a route throws. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <section className="page narrow" aria-labelledby="error-title">
      <h1 id="error-title">Something went wrong on this page</h1>
      <p>
        Your answers are kept. Go back to the start and pick up where you left off, or reload the
        page.
      </p>
      <p className="muted">Technical detail: {detail}</p>
      <p>
        <Link to="/" className="button">
          Back to the start
        </Link>
      </p>
    </section>
  );
}
