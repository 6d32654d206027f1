import { loraParameters, type ModelSpec } from '../memory';
import type { ScaleAnswers } from './answers';

const MLP_TARGETS = ['gate', 'up', 'down'] as const;
const m = (n: number) => (n >= 5e8 ? `${(n / 1e9).toFixed(2)}B` : `${(n / 1e6).toFixed(1)}M`);

/**
 * The card's sentence on a mixture of experts' adapters, or null for a dense model. By default
 * (the scale step's "attention" choice, the plan's `loraOnExperts: false`) the attention
 * projections and any shared-expert or dense MLP get adapters and the routed experts stay frozen:
 * wrapping every expert multiplies the adapter by the expert count (Qwen3-30B-A3B at rank 16:
 * 0.84B trainable parameters on all seven targets instead of 13M on q, k, v, o), and each expert
 * sees only the tokens routed to it. `trainable` is the plan's own count.
 */
export function moeLoraSentence(
  spec: ModelSpec,
  scale: ScaleAnswers,
  trainable: number,
): string | null {
  const moe = spec.moe;
  if (!moe) return null;
  const rank = scale.loraRank;
  if (scale.moeLoraTargets === 'experts') {
    return `Mixture of experts: LoRA on ${scale.loraTargets.join(', ')}, the MLP ones on all ${moe.numExperts} experts: ${m(trainable)} trainable parameters at rank ${rank}.`;
  }
  const everyExpert = loraParameters(spec, rank, scale.loraTargets);
  const mlp = scale.loraTargets.some((t) => (MLP_TARGETS as readonly string[]).includes(t));
  const shared = moe.sharedIntermediateSize > 0 || moe.denseLayers > 0;
  const where = mlp && shared ? 'attention and the shared or dense MLPs' : 'attention only';
  const frozen =
    everyExpert > trainable
      ? ` the ${moe.numExperts} routed experts stay frozen (adapting them too would train ${m(everyExpert)}).`
      : ` the ${moe.numExperts} routed experts stay frozen.`;
  return `Mixture of experts: LoRA on ${where}, ${m(trainable)} trainable parameters at rank ${rank};${frozen}`;
}
