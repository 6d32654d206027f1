import { FitBar } from '../components/FitBar';
import type { Recommendation } from '../domain/recommend';
import { gib, tokens } from './format';

/** Serving memory at the context window and concurrency asked for, and the largest context that fits. */
export function DeploymentSection({ recommendation }: { recommendation: Recommendation }) {
  const deployment = recommendation.deployment;
  if (!deployment) return null;
  return (
    <section aria-labelledby="deployment-title">
      <h2 id="deployment-title">Deployment</h2>
      <p>
        Serving <strong>{deployment.modelName}</strong> on the {deployment.deviceName} with{' '}
        {deployment.weightBits}-bit weights, {tokens(deployment.contextTokens)} tokens of context ×{' '}
        {deployment.concurrency} concurrent sequences:
      </p>
      <FitBar
        usedBytes={deployment.totalBytes}
        capacityBytes={deployment.capacityBytes}
        label={`Serving memory of ${deployment.modelName}`}
      />
      <dl className="figures">
        <div>
          <dt>Weights</dt>
          <dd>{gib(deployment.weightsBytes)}</dd>
        </div>
        <div>
          <dt>KV cache</dt>
          <dd>{gib(deployment.kvCacheBytes)}</dd>
        </div>
        <div>
          <dt>Total</dt>
          <dd>{gib(deployment.totalBytes)}</dd>
        </div>
        <div>
          <dt>Largest context that fits</dt>
          <dd>{tokens(deployment.maxContextTokens)} tokens per sequence</dd>
        </div>
      </dl>
      {!deployment.fits ? (
        <p className="field-error">
          It does not fit: lower the concurrency or the context window, or serve on a larger GPU.
        </p>
      ) : null}
    </section>
  );
}
