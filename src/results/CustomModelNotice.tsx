import { Link } from 'react-router';
import { Notice } from '../components/Notice';
import type { Recommendation } from '../domain/recommend';

/**
 * Where the user's own model would have appeared: why it is not there. The scale step shows the
 * same message beside the config, where it can be fixed.
 */
export function CustomModelNotice({
  recommendation,
  hash,
}: {
  recommendation: Recommendation;
  hash: string;
}) {
  const custom = recommendation.answers.scale.customModel;
  if (!custom || !recommendation.customError) return null;
  return (
    <Notice tone="warning" title={`Your own model “${custom.name}” was not used`}>
      <p className="preserve-lines">{recommendation.customError}</p>
      <p className="no-print">
        <Link to={{ pathname: '/scale', hash }}>Fix or remove it on the scale step</Link>
      </p>
    </Notice>
  );
}
