import type { CatalogModel } from '../catalog/schema';
import type { ScaleAnswers } from './answers';

/** The RoPE scaling a config needs to reach a window beyond the one the model was trained at. */
export interface RopeScaling {
  type: 'yarn';
  /** extended / native window, e.g. 4 for 32,768 → 131,072. */
  factor: number;
  /** The trained window, as `original_max_position_embeddings`. */
  originalMaxPositionEmbeddings: number;
}

/**
 * YaRN scaling when the user's context (served or trained: both must use the same scaling)
 * exceeds the model's native window and the catalog documents an extended one (`context.extended`,
 * e.g. Qwen2.5 and Qwen3: up to factor 4 over 32,768); null otherwise. The factor is the smallest
 * power of two that covers the longer of the two lengths, capped at the documented one: static
 * YaRN applies whatever a prompt's length and can hurt short texts, so Qwen's model cards advise a
 * factor only as large as the application needs (2 for 65,536 tokens). The exports write this.
 */
export function ropeScalingFor(model: CatalogModel, scale: ScaleAnswers): RopeScaling | null {
  const { native, extended } = model.context;
  if (!extended || extended <= native) return null;
  const needed = Math.max(scale.contextWindow, scale.trainingSeqLen);
  if (needed <= native) return null;
  const factor = Math.min(extended / native, 2 ** Math.ceil(Math.log2(needed / native)));
  return { type: 'yarn', factor, originalMaxPositionEmbeddings: native };
}

const k = (n: number) => (n % 1024 === 0 ? `${n / 1024}k` : n.toLocaleString('en-US'));

/** The card's sentence for a scaling in use. */
export function ropeScalingSentence(scaling: RopeScaling, extended: number): string {
  return `Trained at ${k(scaling.originalMaxPositionEmbeddings)} tokens: your context needs YaRN RoPE scaling (factor ${scaling.factor} over ${scaling.originalMaxPositionEmbeddings.toLocaleString('en-US')} positions, up to ${k(extended)}) in the config for training and serving, and long examples in the training data so the model learns to use it.`;
}
