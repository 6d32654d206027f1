import { ComparePage } from '../../results/compare/ComparePage';
import { ResultsRoute } from './StepRoute';

/** The comparison, guarded like the other results pages: it needs every step answered. */
export function CompareRoute() {
  return <ResultsRoute component={ComparePage} name="the comparison" />;
}
