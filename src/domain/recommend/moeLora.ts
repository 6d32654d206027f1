import { loraParameters, type ModelSpec } from '../memory';
import type { LoraTarget } from '../memory';
import type { ScaleAnswers } from './answers';

const ATTENTION: readonly LoraTarget[] = ['q', 'k', 'v', 'o'];

/**
 * The LoRA targets a run uses. For a mixture of experts with the default "attention" choice, only
 * the attention projections among the user's targets get adapters (all four when the user chose
 * none of them): wrapping every routed expert multiplies the adapter by the expert count (Qwen3-
 * 30B-A3B at rank 16: 0.85B trainable parameters on all seven targets instead of 13M on q, k, v, o) for a small gain, and each expert
 * sees only the tokens routed to it. Dense models keep the user's targets.
 */
export function effectiveLoraTargets(spec: ModelSpec, scale: ScaleAnswers): LoraTarget[] {
  if (!spec.moe || scale.moeLoraTargets === 'experts') return [...scale.loraTargets];
  const attention = scale.loraTargets.filter((t) => ATTENTION.includes(t));
  return attention.length > 0 ? attention : [...ATTENTION];
}

const m = (n: number) => (n >= 5e8 ? `${(n / 1e9).toFixed(2)}B` : `${(n / 1e6).toFixed(1)}M`);

/** The card's sentence on a mixture of experts' adapters, or null for a dense model. */
export function moeLoraSentence(spec: ModelSpec, scale: ScaleAnswers): string | null {
  const moe = spec.moe;
  if (!moe) return null;
  const used = loraParameters(spec, scale.loraRank, effectiveLoraTargets(spec, scale));
  const everyExpert = loraParameters(spec, scale.loraRank, scale.loraTargets);
  if (scale.moeLoraTargets === 'experts' || used === everyExpert) {
    return `Mixture of experts: LoRA on ${scale.loraTargets.join(', ')} of all ${moe.numExperts} experts, ${m(everyExpert)} trainable parameters at rank ${scale.loraRank}.`;
  }
  const frozen =
    moe.sharedIntermediateSize > 0 || moe.denseLayers > 0
      ? ` Its shared expert and dense MLP layers stay frozen too.`
      : '';
  return `Mixture of experts: LoRA on attention only (${effectiveLoraTargets(spec, scale).join(', ')}), ${m(used)} trainable parameters at rank ${scale.loraRank}; the ${moe.numExperts} routed experts stay frozen (adapting them too would train ${m(everyExpert)}).${frozen}`;
}
