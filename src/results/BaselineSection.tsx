import type { BaselinePlan } from '../domain/recommend';
import { PublishedFigures } from './PublishedFigures';

/** What to measure before fine-tuning, the recorded floor and target, and the verdict on the gap. */
export function BaselineSection({ plan }: { plan: BaselinePlan }) {
  return (
    <section aria-labelledby="baseline-title">
      <h2 id="baseline-title">Baseline plan</h2>
      <p>
        <strong>Metric:</strong> {plan.metric}. Also track: {plan.alsoTrack.join('; ')}.
      </p>
      <p>
        <strong>Held-out set:</strong> about {plan.suggestedHeldOutSize.toLocaleString('en-US')}{' '}
        examples
        {plan.heldOutSize ? ` (yours: ${plan.heldOutSize.toLocaleString('en-US')})` : ''}.{' '}
        {plan.heldOutReason}
      </p>
      <ol>
        {plan.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <dl className="figures">
        <div>
          <dt>Measured floor</dt>
          <dd>{plan.floor === null ? 'not recorded yet' : `${plan.floor}%`}</dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>{plan.target === null ? 'not recorded yet' : `${plan.target}%`}</dd>
        </div>
        <div>
          <dt>Gap</dt>
          <dd>{plan.gap === null ? '—' : `${plan.gap} points`}</dd>
        </div>
      </dl>
      <p className="verdict-line">{plan.verdict}</p>
      <PublishedFigures plan={plan} />
    </section>
  );
}
