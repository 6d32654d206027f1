import { FitBar } from '../components/FitBar';
import type { Candidate, Recommendation } from '../domain/recommend';
import { METHOD_NAMES, sizeText } from './format';
import { VERDICT_TEXT } from './LicenseTable';
import { ModelActions } from './compare/ModelActions';
import { PlanBadge } from './compare/PlanBadge';

/** The ranked shortlist: fit bars, method, license and the reasons each model is there. */
export function Shortlist({ recommendation }: { recommendation: Recommendation }) {
  const capacity = recommendation.hardware.training.usableBytes;
  return (
    <section aria-labelledby="shortlist-title">
      <h2 id="shortlist-title">Shortlist</h2>
      {recommendation.shortlist.length === 0 ? <p>No model meets every answer.</p> : null}
      <ol className="candidates">
        {recommendation.shortlist.map((candidate) => (
          <li key={candidate.id} className="candidate">
            <CandidateHeader candidate={candidate} recommendation={recommendation} />
            {candidate.training.plan ? (
              <FitBar
                usedBytes={candidate.training.plan.estimate.reservedBytes}
                capacityBytes={capacity}
                label={`Training memory of ${candidate.name}`}
              />
            ) : null}
            {candidate.basis ? <p className="candidate-basis">{candidate.basis.sentence}</p> : null}
            <ul className="tight">
              {candidate.why
                .filter((reason) => reason !== candidate.basis?.sentence)
                .map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
            </ul>
            <ModelActions candidate={candidate} recommendation={recommendation} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function CandidateHeader({
  candidate,
  recommendation,
}: {
  candidate: Candidate;
  recommendation: Recommendation;
}) {
  const plan = candidate.training.plan;
  return (
    <div className="candidate-header">
      <h3>
        {candidate.name} <PlanBadge candidate={candidate} recommendation={recommendation} />
      </h3>
      <p className="candidate-meta">
        <span>{sizeText(candidate)}</span>
        {plan ? <span>{METHOD_NAMES[plan.method]}</span> : null}
        {candidate.license ? (
          <span className={`verdict verdict-${candidate.license.verdict}`}>
            {VERDICT_TEXT[candidate.license.verdict]}: {candidate.license.name}
          </span>
        ) : null}
        <span className="muted">{candidate.id}</span>
      </p>
    </div>
  );
}

/** Models that almost made it, and what stops each one. */
export function NearMisses({ recommendation }: { recommendation: Recommendation }) {
  if (recommendation.nearMisses.length === 0) return null;
  return (
    <section aria-labelledby="near-misses-title">
      <h2 id="near-misses-title">Near misses</h2>
      <ul className="candidates near">
        {recommendation.nearMisses.map((candidate) => (
          <li key={candidate.id} className="candidate">
            <CandidateHeader candidate={candidate} recommendation={recommendation} />
            <ul className="tight">
              {candidate.whyNot.map((reason) => (
                <li key={reason}>
                  <span className="visually-hidden">Why not: </span>
                  {reason}
                </li>
              ))}
            </ul>
            <ModelActions candidate={candidate} recommendation={recommendation} />
          </li>
        ))}
      </ul>
    </section>
  );
}
