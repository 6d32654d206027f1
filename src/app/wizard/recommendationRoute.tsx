import { RecommendationPage } from '../../results/RecommendationPage';
import { ResultsRoute } from './StepRoute';

/**
 * The recommendation page, guarded: it needs every step answered. Its own module, so a shared
 * link loads the results page without the steps' forms.
 */
export function RecommendationRoute() {
  return <ResultsRoute component={RecommendationPage} name="the recommendation" />;
}
