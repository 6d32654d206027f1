import { SummaryPage } from '../../results/SummaryPage';
import { ResultsRoute } from './StepRoute';

/** The printable summary, guarded: it needs every step answered. */
export function SummaryRoute() {
  return <ResultsRoute component={SummaryPage} name="the printable summary" />;
}
