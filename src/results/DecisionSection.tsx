import type { Recommendation } from '../domain/recommend';
import { LAUNCHER_NAMES } from '../domain/recommend/planWords';
import { METHOD_NAMES, params, tokens } from './format';

/** The decision: architecture, base/instruct, size, method and settings, the top model. */
export function DecisionSection({ recommendation }: { recommendation: Recommendation }) {
  const { architecture, variant, sizeBand, top, hardware } = recommendation;
  const plan = top?.training.plan;
  const precision = hardware.training.capabilities.bf16
    ? 'bf16 mixed precision'
    : 'fp16 mixed precision (no bf16 on this GPU)';
  return (
    <section aria-labelledby="decision-title" className="decision">
      <h2 id="decision-title">The decision</h2>
      <dl className="decision-grid">
        <div>
          <dt>Architecture</dt>
          <dd>
            <strong>{architecture.architectureLabel}</strong> — {architecture.head};{' '}
            {architecture.objectiveLabel.charAt(0).toLowerCase() +
              architecture.objectiveLabel.slice(1)}
            .<p className="muted">{architecture.reason}</p>
          </dd>
        </div>
        <div>
          <dt>Starting point</dt>
          <dd>
            <strong>
              {variant.variant === 'task-tuned'
                ? 'A model already trained for the task'
                : variant.variant === 'base'
                  ? 'Base model'
                  : 'Instruct model'}
            </strong>
            <p className="muted">{variant.reason}</p>
          </dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd>
            <strong>{sizeBand.band.label}</strong>
            <p className="muted">{sizeBand.reasons.join(' ')}</p>
          </dd>
        </div>
        <div>
          <dt>Method and settings</dt>
          <dd>
            {plan ? (
              <>
                <strong>{METHOD_NAMES[plan.method]}</strong>, batch {plan.options.batchSize} ×{' '}
                {tokens(plan.options.seqLen)} tokens, {precision}
                {plan.method !== 'full'
                  ? `, LoRA rank ${plan.options.loraRank} on ${plan.options.loraTargets?.join(', ')}`
                  : ''}
                {plan.options.gradientCheckpointing ? ', gradient checkpointing' : ''}
                {plan.options.gpus > 1
                  ? `, ${LAUNCHER_NAMES[plan.options.launcher]} across ${plan.options.gpus} GPUs`
                  : ''}
                .
                {plan.adjustments.length > 0 ? (
                  <ul className="tight muted">
                    {plan.adjustments.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            ) : (
              <strong>Nothing fits yet</strong>
            )}
          </dd>
        </div>
        <div>
          <dt>Model</dt>
          <dd>
            {top ? (
              <>
                <strong>{top.name}</strong> ({params(top.parameters)} parameters)
                <ul className="tight muted">
                  {top.why.slice(0, 3).map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </>
            ) : (
              'No catalog model meets every answer; see the near misses.'
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
