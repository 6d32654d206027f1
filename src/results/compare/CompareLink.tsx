import { Link } from 'react-router';
import { MIN_COMPARED } from '../../domain/compare';
import type { Recommendation } from '../../domain/recommend';

/** The way to the comparison: how many models are ticked, and the link once there are enough. */
export function CompareLink({
  recommendation,
  hash,
}: {
  recommendation: Recommendation;
  hash: string;
}) {
  const ids = recommendation.answers.scale.compareModels;
  const names = ids.map((id) => recommendation.models.find((model) => model.id === id)?.name ?? id);
  return (
    <div className="compare-link no-print" role="status">
      {ids.length >= MIN_COMPARED ? (
        <p>
          <Link className="button" to={{ pathname: '/compare', hash }}>
            Compare {ids.length} models
          </Link>{' '}
          <span className="muted">{names.join(', ')}</span>
        </p>
      ) : (
        <p className="muted">
          Tick “Compare” on two to four models (shortlist, near misses or your own) to see them side
          by side{ids.length === 1 ? `; ${names[0]} is ticked` : ''}.{' '}
          <Link to={{ pathname: '/compare', hash }}>Open the comparison</Link>
        </p>
      )}
    </div>
  );
}
