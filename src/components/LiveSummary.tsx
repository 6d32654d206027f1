import type { Recommendation } from '../domain/recommend';
import { FitBar } from './FitBar';

const METHOD = { full: 'full fine-tuning', lora: 'LoRA', qlora: 'QLoRA (4-bit)' } as const;

/** The current answer at a glance: the top model, its method and how it fits. Updates live. */
export function LiveSummary({ recommendation }: { recommendation: Recommendation }) {
  const top = recommendation.top;
  const plan = top?.training.plan;
  return (
    <section className="live-summary" aria-labelledby="live-summary-title" aria-live="polite">
      <h2 id="live-summary-title">So far</h2>
      {top && plan ? (
        <>
          <p>
            <strong>{top.name}</strong> with {METHOD[plan.method]}: batch {plan.options.batchSize} ×{' '}
            {plan.options.seqLen.toLocaleString('en-US')} tokens
            {plan.options.gradientCheckpointing ? ', gradient checkpointing' : ''}.
          </p>
          <FitBar
            usedBytes={plan.estimate.reservedBytes}
            capacityBytes={recommendation.hardware.training.usableBytes}
            label={`Training memory of ${top.name} on ${recommendation.hardware.training.name}`}
          />
        </>
      ) : (
        <p>
          No model in the catalog fits every answer yet; see the near misses on the result page.
        </p>
      )}
    </section>
  );
}
