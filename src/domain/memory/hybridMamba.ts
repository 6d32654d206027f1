import { LIMITS, type FieldReader } from './configFields';
import type { HybridStack } from './hybrid';
import { mamba1Of, mamba2Of } from './recurrent';

/** Blocks i in [0, layers) with i % period === offset, as Jamba's config derives its layer kinds. */
function periodic(layers: number, period: number, offset: number): number {
  let count = 0;
  for (let i = 0; i < layers; i++) if (i % period === offset) count++;
  return count;
}

/**
 * Jamba (configuration_jamba.py, transformers 5.18.0): block i is attention when i % attn_layer_period equals
 * attn_layer_offset, else Mamba-1; its feed-forward part is mixture of experts when
 * i % expert_layer_period equals expert_layer_offset, else a dense MLP. Every block has both.
 */
function jambaStack(fields: FieldReader, layers: number, h: number): HybridStack {
  const range = { min: 1, max: LIMITS.layers.max };
  const attnPeriod = fields.optionalInt(['attn_layer_period'], range, 8);
  const attnOffset = fields.optionalInt(['attn_layer_offset'], { min: 0, max: range.max }, 4);
  const expertPeriod = fields.optionalInt(['expert_layer_period'], range, 2);
  const expertOffset = fields.optionalInt(['expert_layer_offset'], { min: 0, max: range.max }, 1);
  const attention = periodic(layers, attnPeriod, attnOffset);
  return {
    layout: { attention, recurrent: layers - attention, feedForward: layers },
    recurrent: mamba1Of(fields, h),
    denseFeedForward: layers - periodic(layers, expertPeriod, expertOffset),
  };
}

/**
 * Granite 4.0-H (configuration_granitemoehybrid.py, transformers 5.18.0): layer_types names each block "mamba"
 * (a Mamba-2 mixer) or "attention"; every block then has its feed-forward part (experts with a
 * shared expert, or the shared MLP alone when num_local_experts is 0).
 */
function graniteStack(fields: FieldReader, layers: number, h: number): HybridStack | null {
  const types = fields.raw.layer_types;
  if (!Array.isArray(types)) return null;
  const mamba = types.slice(0, layers).filter((type) => type === 'mamba').length;
  if (mamba === 0) return null;
  return {
    layout: { attention: layers - mamba, recurrent: mamba, feedForward: layers },
    recurrent: mamba2Of(fields, h),
    denseFeedForward: null,
  };
}

/**
 * Falcon-H1 (models/falcon_h1/modeling_falcon_h1.py, transformers 5.18.0, FalconH1DecoderLayer): every block runs
 * attention and a Mamba-2 mixer side by side on the same normed input, then the MLP; so every
 * block caches keys and values and also keeps a Mamba state.
 */
function falconH1Stack(fields: FieldReader, layers: number, h: number): HybridStack {
  return {
    layout: { attention: layers, recurrent: layers, feedForward: layers },
    recurrent: mamba2Of(fields, h),
    denseFeedForward: null,
  };
}

/** The Mamba hybrids told apart by model_type: Jamba, Granite 4.0-H and Falcon-H1; else null. */
export function mambaHybridOf(fields: FieldReader, layers: number, h: number): HybridStack | null {
  const modelType = fields.raw.model_type;
  if (modelType === 'jamba') return jambaStack(fields, layers, h);
  if (modelType === 'granitemoehybrid') return graniteStack(fields, layers, h);
  if (modelType === 'falcon_h1') return falconH1Stack(fields, layers, h);
  return null;
}
