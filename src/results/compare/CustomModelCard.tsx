import { FitBar } from '../../components/FitBar';
import type { Recommendation } from '../../domain/recommend';
import { METHOD_NAMES, sizeText } from '../format';
import { ModelActions } from './ModelActions';
import { PlanBadge } from './PlanBadge';
import { UNKNOWN_LICENSE } from './words';

/**
 * The pasted config.json as a card of its own, like a shortlisted model: method, settings, fit,
 * serving (its reasons carry the default engine's verdict, as a shortlisted model's do) and the
 * licence it cannot know, with the choice to make it the plan.
 */
export function CustomModelCard({ recommendation }: { recommendation: Recommendation }) {
  const candidate = recommendation.custom;
  if (!candidate) return null;
  const plan = candidate.training.plan;
  const capacity = recommendation.hardware.training.usableBytes;
  return (
    <section aria-labelledby="own-model-title">
      <h2 id="own-model-title">Your own model</h2>
      <div className="candidate">
        <div className="candidate-header">
          <h3>
            {candidate.name} <PlanBadge candidate={candidate} recommendation={recommendation} />
          </h3>
          <p className="candidate-meta">
            <span>{sizeText(candidate)}</span>
            {plan ? <span>{METHOD_NAMES[plan.method]}</span> : null}
            <span className="verdict verdict-conditions">{UNKNOWN_LICENSE}</span>
            <span className="muted">from your config.json</span>
          </p>
        </div>
        {plan ? (
          <FitBar
            usedBytes={plan.estimate.reservedBytes}
            capacityBytes={capacity}
            label={`Training memory of ${candidate.name}`}
          />
        ) : null}
        <ul className="tight">
          {[...candidate.why, ...candidate.whyNot].map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
          <li>
            Not ranked: it publishes no benchmark figures. Its licence is not in the config, so
            check it yourself before you ship.
          </li>
        </ul>
        <ModelActions candidate={candidate} recommendation={recommendation} />
      </div>
    </section>
  );
}
