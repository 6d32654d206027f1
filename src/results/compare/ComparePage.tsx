import { useMemo } from 'react';
import { Link } from 'react-router';
import { absoluteUrl, printPage } from '../../app/adapters/browser';
import { useAnswersHash } from '../../app/wizard/answersHash';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFocusHeading } from '../../components/useFocusHeading';
import { compareModels } from '../../domain/compare';
import { useRecommendation } from '../../state/selectors';
import { todayIso } from '../ShareActions';
import { ComparePicker } from './ComparePicker';
import { compareSections } from './compareRows';
import { CompareTable } from './CompareTable';
import { PinNotice } from './PinNotice';

/** Two to four models side by side, each with the plan it gets when chosen; printable. */
export function ComparePage() {
  useDocumentTitle('Compare models');
  const heading = useFocusHeading('compare');
  const recommendation = useRecommendation();
  const hash = useAnswersHash();
  const comparison = useMemo(() => compareModels(recommendation), [recommendation]);
  const link = absoluteUrl(`/compare${hash}`);
  const { hardware } = recommendation;
  const gpus =
    hardware.gpuCount > 1
      ? `${hardware.gpuCount} × ${hardware.training.name}`
      : hardware.training.name;

  return (
    <article className="results compare-page" aria-labelledby="compare-title">
      <header className="summary-header">
        <p className="step-kicker">Tunewise comparison</p>
        <h1 id="compare-title" tabIndex={-1} ref={heading}>
          Compare models
        </h1>
        <p>
          Prepared on <time dateTime={todayIso()}>{todayIso()}</time>. Link to this comparison:{' '}
          <a href={link} className="summary-link">
            {link}
          </a>
        </p>
        <p className="lead">
          Each column is the plan a model gets on the {gpus} when you choose it: the same figures
          the recommendation shows for it.
        </p>
        <PinNotice recommendation={recommendation} />
      </header>
      <div className="actions no-print">
        <button type="button" className="button secondary" onClick={printPage}>
          Print or save as PDF
        </button>
        <Link className="button secondary" to={{ pathname: '/recommendation', hash }}>
          Back to the recommendation
        </Link>
      </div>
      {comparison.leftOut.length > 0 ? (
        <div className="notice notice-warning" role="status">
          <p className="notice-title">Not every model in the link could be compared</p>
          <ul className="tight">
            {comparison.leftOut.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {comparison.ready ? (
        compareSections(comparison, recommendation).map((section) => (
          <CompareTable key={section.id} section={section} models={comparison.models} />
        ))
      ) : (
        <p className="compare-empty">
          {comparison.models.length === 1
            ? `Only ${comparison.models[0]?.candidate.name} is chosen. Tick at least one more model below.`
            : 'No models are chosen yet. Tick two to four below.'}
        </p>
      )}
      <ComparePicker recommendation={recommendation} />
      <footer className="summary-footer">
        <p>
          Memory and speed figures are Tunewise estimates from each model’s architecture and the
          plan’s settings. License notes are plain-language summaries, not legal advice.
        </p>
      </footer>
    </article>
  );
}
