import { FitBar } from '../components/FitBar';
import type { Recommendation } from '../domain/recommend';
import { ArtifactTable } from './deploy/ArtifactTable';
import { EngineFacts } from './deploy/EngineFacts';
import { EngineTable } from './deploy/EngineTable';
import { LaunchCommand } from './deploy/LaunchCommand';
import { ServingChartFigure } from './deploy/ServingChartFigure';
import { tokens } from './format';

/**
 * Serving on the deployment device, per engine: what the default engine (vLLM on NVIDIA/AMD, MLX
 * on Apple, llama.cpp on edge and CPU) takes, its settings and speed bounds, every engine's limits
 * at the same request, memory against context per engine, and the launch command. The verdict is
 * the shortlist's: the same engine plan decided whether the model made the shortlist.
 */
export function DeploymentSection({
  recommendation,
  print = false,
}: {
  recommendation: Recommendation;
  /** The printable summary: the default engine and its command only, to keep it to a few pages. */
  print?: boolean;
}) {
  const deployment = recommendation.deployment;
  if (!deployment) return null;
  const { serving } = deployment;
  const plan = serving.engines[0];
  if (!plan) return null;
  return (
    <section aria-labelledby="deployment-title">
      <h2 id="deployment-title">Deployment</h2>
      <p>
        Serving <strong>{deployment.modelName}</strong> on the {deployment.deviceName} with{' '}
        <strong>{plan.label}</strong> ({plan.weightFormat} weights),{' '}
        {tokens(deployment.contextTokens)} tokens of context × {deployment.concurrency} concurrent
        sequences:
      </p>
      <FitBar
        usedBytes={plan.totalBytes}
        capacityBytes={plan.capacityBytes}
        label={`Serving memory of ${deployment.modelName} with ${plan.label}`}
      />
      <p className={deployment.fits ? undefined : 'field-error'}>{deployment.verdict}</p>
      <EngineFacts plan={plan} speed={serving.speed} brief={print} />
      {!deployment.fits ? (
        <p className="field-error">
          Lower the concurrency or the context window, or serve on a larger device.
        </p>
      ) : null}
      {print ? null : (
        <>
          <EngineTable
            engines={serving.engines}
            contextTokens={deployment.contextTokens}
            concurrency={deployment.concurrency}
          />
          <ServingChartFigure chart={serving.chart} />
          <ArtifactTable
            artifacts={serving.artifacts}
            contextTokens={deployment.contextTokens}
            concurrency={deployment.concurrency}
            capacityBytes={plan.capacityBytes}
          />
        </>
      )}
      <LaunchCommand recommendation={recommendation} />
    </section>
  );
}
