import { lazy, Suspense, useLayoutEffect } from 'react';
import { Link } from 'react-router';
import { removeFirstPaint } from '../app/firstPaint/firstPaintLink';
import { useAnswersHash } from '../app/wizard/answersHash';
import { ContextChartFigure, MethodChartFigure } from '../components/charts';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useAfterFirstPaint } from '../components/useAfterFirstPaint';
import { useFocusHeading } from '../components/useFocusHeading';
import { licenseById } from '../domain/recommend/licenseVerdict';
import { useRecommendation } from '../state/selectors';
import { useWizard } from '../state/store';
import { AdviceSection } from './AdviceSection';
import { BaselineSection } from './BaselineSection';
import { planAssumptions } from '../domain/recommend/planWords';
import { BreakdownTable } from './BreakdownTable';
import { CatalogReviewed } from './CatalogReviewed';
import { NearMisses, Shortlist } from './CandidateList';
import { CustomModelNotice } from './CustomModelNotice';
import { DecisionSection } from './DecisionSection';
import { DeploymentSection } from './DeploymentSection';
import { LicenseTable } from './LicenseTable';
import { CompareLink } from './compare/CompareLink';
import { CustomModelCard } from './compare/CustomModelCard';
import { PinNotice } from './compare/PinNotice';
import { UNKNOWN_LICENSE } from './compare/words';
import { withListedPrice } from '../domain/cost';
import { CostSection } from './cost/CostSection';
import { EvidenceNote } from './cost/EvidenceNote';
import { FitAdviceSection } from './cost/FitAdviceSection';

/**
 * Share and export buttons, with the export writers they call (about 30 kB gzipped): loaded after
 * the decision shows, so a shared link does not wait for code that runs only on a click.
 */
const ShareActions = lazy(() =>
  import('./ShareActions').then((module) => ({ default: module.ShareActions })),
);

/** The recommendation: the decision first, then the evidence behind it. */
export function RecommendationPage() {
  useDocumentTitle('Your recommendation');
  const heading = useFocusHeading('recommendation');
  const recommendation = useRecommendation();
  const hash = useAnswersHash();
  const setScale = useWizard((s) => s.setScale);
  const painted = useAfterFirstPaint();
  // The decision a shared link showed before the app loaded gives way to this page's own.
  useLayoutEffect(removeFirstPaint, []);
  const top = recommendation.top;
  const topLicense = top?.license
    ? recommendation.licenses.find((l) => l.licenseId === top.license?.licenseId)
    : null;

  return (
    <article className="results" aria-labelledby="results-title">
      <h1 id="results-title" tabIndex={-1} ref={heading}>
        Your recommendation
      </h1>
      <p className="lead decision-sentence">{recommendation.decision}</p>
      <PinNotice recommendation={recommendation} />
      <Suspense fallback={<div className="share-actions no-print" data-pending="share-actions" />}>
        {painted ? (
          <ShareActions recommendation={recommendation} />
        ) : (
          <div className="share-actions no-print" data-pending="share-actions" />
        )}
      </Suspense>
      <p className="no-print">
        <Link to={{ pathname: '/task', hash }}>Change your answers</Link>
      </p>
      <CatalogReviewed />
      <DecisionSection recommendation={recommendation} />
      <CustomModelNotice recommendation={recommendation} hash={hash} />
      <CompareLink recommendation={recommendation} hash={hash} />
      <Shortlist recommendation={recommendation} />
      <NearMisses recommendation={recommendation} />
      <CustomModelCard recommendation={recommendation} />
      <AdviceSection advice={recommendation.advice} />
      {top?.training.plan ? (
        <section aria-labelledby="breakdown-title">
          <h2 id="breakdown-title">Memory breakdown</h2>
          <BreakdownTable
            estimate={top.training.plan.estimate}
            caption={`Training ${top.name}`}
            runtime={recommendation.hardware.training.runtime}
            assumptions={planAssumptions(top.training.plan, recommendation.hardware.training)}
          />
          <EvidenceNote label="Memory" evidence={recommendation.evidence?.memory ?? null} />
        </section>
      ) : null}
      <CostSection
        recommendation={recommendation}
        onPrice={(gpuHourPrice) => setScale({ gpuHourPrice })}
        onOtherPrice={(gpuId, price) =>
          setScale({
            gpuPrices: withListedPrice(recommendation.answers.scale.gpuPrices, gpuId, price),
          })
        }
      />
      <FitAdviceSection recommendation={recommendation} />
      <section aria-labelledby="charts-title">
        <h2 id="charts-title">Charts</h2>
        <MethodChartFigure chart={recommendation.charts.memoryByMethod} title="Memory by method" />
        {recommendation.charts.memoryByContext ? (
          <ContextChartFigure
            chart={recommendation.charts.memoryByContext}
            title="Memory against context length"
          />
        ) : null}
      </section>
      <DeploymentSection recommendation={recommendation} />
      <section aria-labelledby="license-title">
        <h2 id="license-title">License</h2>
        {top?.license && topLicense ? (
          <>
            <p>
              {top.name} is under the <strong>{topLicense.name}</strong>. What it asks of you:
            </p>
            <ul>
              {licenseById(topLicense.licenseId).obligations.map((obligation) => (
                <li key={obligation}>{obligation}</li>
              ))}
            </ul>
          </>
        ) : null}
        {top?.custom ? (
          <p>
            {top.name}: {UNKNOWN_LICENSE.toLowerCase()}.
          </p>
        ) : null}
        <LicenseTable
          verdicts={recommendation.licenses}
          caption="Every license family, for your answers"
        />
        <p className="muted">Plain-language summaries, not legal advice.</p>
      </section>
      <BaselineSection plan={recommendation.baseline} />
    </article>
  );
}
