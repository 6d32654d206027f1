import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../components/useDocumentTitle';

export function NotFound() {
  const { pathname } = useLocation();
  useDocumentTitle('Page not found');
  return (
    <section className="page narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>.
      </p>
      <p>
        <Link to="/" className="button">
          Go to the start
        </Link>
      </p>
    </section>
  );
}
