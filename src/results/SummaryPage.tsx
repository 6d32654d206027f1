import { Link } from 'react-router';
import { useAnswersHash } from '../app/wizard/answersHash';
import { absoluteUrl } from '../app/adapters/browser';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFocusHeading } from '../components/useFocusHeading';
import { answerSections } from '../domain/export';
import { PURPOSES } from '../domain/recommend';
import { licenseById } from '../domain/recommend/licenseVerdict';
import { useRecommendation } from '../state/selectors';
import { stepMeta } from '../steps/steps';
import { AdviceSection } from './AdviceSection';
import { BaselineSection } from './BaselineSection';
import { planAssumptions } from '../domain/recommend/planWords';
import { BreakdownTable } from './BreakdownTable';
import { DecisionSection } from './DecisionSection';
import { DeploymentSection } from './DeploymentSection';
import { LicenseTable } from './LicenseTable';
import { ShareActions, todayIso } from './ShareActions';
import { CustomModelNotice } from './CustomModelNotice';
import { CostSection } from './cost/CostSection';
import { EvidenceNote } from './cost/EvidenceNote';
import { FitAdviceSection } from './cost/FitAdviceSection';
import { ShortlistTable } from './ShortlistTable';
import { SummaryCharts } from './SummaryCharts';
import { CatalogReviewed } from './CatalogReviewed';
import { PinNotice } from './compare/PinNotice';
import { UNKNOWN_LICENSE } from './compare/words';

/** The printable summary: a document for paper and PDF with every answer and the whole plan. */
export function SummaryPage() {
  const recommendation = useRecommendation();
  const hash = useAnswersHash();
  const { answers, top } = recommendation;
  const title = answers.task.projectName || `${PURPOSES[answers.task.purpose].label} model`;
  useDocumentTitle(`Summary: ${title}`);
  const heading = useFocusHeading('summary');
  const link = absoluteUrl(`/recommendation${hash}`);
  const topLicense = top?.license ? licenseById(top.license.licenseId) : null;

  return (
    <article className="summary results" aria-labelledby="summary-title">
      <header className="summary-header">
        <p className="step-kicker">Tunewise fine-tuning plan</p>
        <h1 id="summary-title" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        <p>
          Prepared on <time dateTime={todayIso()}>{todayIso()}</time>. Link to this plan:{' '}
          <a href={link} className="summary-link">
            {link}
          </a>
        </p>
        <p className="lead decision-sentence">{recommendation.decision}</p>
        <CatalogReviewed />
        <PinNotice recommendation={recommendation} />
      </header>
      <ShareActions recommendation={recommendation} onSummary />
      <section aria-labelledby="answers-title" className="keep-together">
        <h2 id="answers-title">Your answers</h2>
        <div className="answers-grid">
          {answerSections(recommendation).map((section) => (
            <div key={section.step} className="answer-block">
              <h3>
                {section.title}{' '}
                <Link
                  className="no-print change-link"
                  to={{ pathname: stepMeta(section.step).path, hash }}
                >
                  Change<span className="visually-hidden"> {section.title.toLowerCase()}</span>
                </Link>
              </h3>
              <dl>
                {section.lines.map((line) => (
                  <div key={line.label}>
                    <dt>{line.label}</dt>
                    <dd>{line.value}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </div>
      </section>
      <DecisionSection recommendation={recommendation} />
      <section aria-labelledby="summary-shortlist-title" className="keep-together">
        <h2 id="summary-shortlist-title">Shortlist</h2>
        <CustomModelNotice recommendation={recommendation} hash={hash} />
        <ShortlistTable recommendation={recommendation} />
      </section>
      {recommendation.nearMisses.length > 0 ? (
        <section aria-labelledby="summary-near-title" className="keep-together">
          <h2 id="summary-near-title">Near misses</h2>
          <ul className="tight">
            {recommendation.nearMisses.map((candidate) => (
              <li key={candidate.id}>
                <strong>{candidate.name}</strong>: {candidate.whyNot.join(' ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <AdviceSection advice={recommendation.advice} />
      {top?.training.plan ? (
        <section aria-labelledby="summary-breakdown-title" className="keep-together">
          <h2 id="summary-breakdown-title">Memory breakdown</h2>
          <BreakdownTable
            estimate={top.training.plan.estimate}
            caption={`Training ${top.name}`}
            runtime={recommendation.hardware.training.runtime}
            assumptions={planAssumptions(top.training.plan, recommendation.hardware.training)}
          />
          <EvidenceNote label="Memory" evidence={recommendation.evidence?.memory ?? null} />
        </section>
      ) : null}
      <CostSection recommendation={recommendation} print />
      <FitAdviceSection recommendation={recommendation} compact />
      <SummaryCharts recommendation={recommendation} />
      <DeploymentSection recommendation={recommendation} print />
      <section aria-labelledby="summary-license-title">
        <h2 id="summary-license-title">License</h2>
        {top && topLicense ? (
          <>
            <p>
              {top.name}: <strong>{topLicense.name}</strong>. What it asks of you:
            </p>
            <ul>
              {topLicense.obligations.map((obligation) => (
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
        {/* Paper carries the licenses of the models on it; the page lists every family. */}
        <LicenseTable
          verdicts={recommendation.licenses.filter((verdict) =>
            recommendation.shortlist.some(
              (candidate) => candidate.license?.licenseId === verdict.licenseId,
            ),
          )}
          caption="The licenses of the shortlisted models, for your answers"
        />
      </section>
      <BaselineSection plan={recommendation.baseline} />
      <footer className="summary-footer">
        <p>
          Memory figures are Tunewise estimates from each model’s architecture, checked against
          published measurements (median error about 8%). License notes are plain-language
          summaries, not legal advice.
        </p>
      </footer>
    </article>
  );
}
