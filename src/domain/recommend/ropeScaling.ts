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
 * YaRN scaling when the user's context (served or trained) exceeds the model's native window and
 * the catalog documents an extended one (`context.extended`: the developer's published YaRN
 * setting, e.g. Qwen2.5 and Qwen3: factor 4 over 32,768); null otherwise. The factor is the
 * published extended window over the native one, not the user's length: the developers publish
 * one setting, and vLLM and transformers apply it statically whatever the prompt's length.
 */
export function ropeScalingFor(model: CatalogModel, scale: ScaleAnswers): RopeScaling | null {
  const { native, extended } = model.context;
  if (!extended || extended <= native) return null;
  if (Math.max(scale.contextWindow, scale.trainingSeqLen) <= native) return null;
  return { type: 'yarn', factor: extended / native, originalMaxPositionEmbeddings: native };
}

const k = (n: number) => (n % 1024 === 0 ? `${n / 1024}k` : n.toLocaleString('en-US'));

/** The card's sentence for a scaling in use. */
export function ropeScalingSentence(scaling: RopeScaling, extended: number): string {
  return `Trained at ${k(scaling.originalMaxPositionEmbeddings)} tokens: your context needs YaRN RoPE scaling (factor ${scaling.factor} over ${scaling.originalMaxPositionEmbeddings.toLocaleString('en-US')} positions, up to ${k(extended)}) in the config for training and serving, and long examples in the training data so the model learns to use it.`;
}
