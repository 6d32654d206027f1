import { FieldReader, ownObject } from './configFields';
import { mambaHybridOf } from './hybridMamba';
import { gatedDeltaNetOf, kimiDeltaAttentionOf, mamba2Of } from './recurrent';
import type { BlockLayout, RecurrentSpec } from './spec';

/** A hybrid stack: what its blocks hold, its recurrent mixer, and how many FFN blocks are dense. */
export interface HybridStack {
  layout: BlockLayout;
  recurrent: RecurrentSpec;
  /** Feed-forward blocks with a dense MLP when the pattern says so (Nemotron-H "-"); else null. */
  denseFeedForward: number | null;
}

/**
 * Linear-attention blocks of a Gated DeltaNet stack: `layer_types` ("linear_attention" /
 * "full_attention"), or without it every block but each full_attention_interval-th (default 4), as
 * Qwen3NextConfig and Qwen3_5TextConfig derive it.
 */
function deltaNetLayers(fields: FieldReader, layers: number): number {
  const types = fields.raw.layer_types;
  if (Array.isArray(types))
    return types.slice(0, layers).filter((type) => type === 'linear_attention').length;
  const interval = fields.optionalInt(['full_attention_interval'], { min: 1, max: layers }, 4);
  return layers - Math.floor(layers / interval);
}

/**
 * Nemotron-H's hybrid_override_pattern, one character per block (configuration_nemotron_h.py):
 * "M" Mamba-2, "*" attention, "E" mixture of experts, "-" dense MLP; each block holds one of them.
 */
function nemotronStack(fields: FieldReader, layers: number, h: number): HybridStack | null {
  const pattern = fields.string(['hybrid_override_pattern']);
  if (pattern === null) return null;
  if (pattern.length !== layers || /[^M*E-]/.test(pattern)) {
    fields.fail(
      'hybrid_override_pattern',
      `hybrid_override_pattern must have one of M, *, E or - for each of the ${layers} layers, got "${pattern.slice(0, 60)}"`,
    );
  }
  const count = (char: string) => pattern.split('').filter((c) => c === char).length;
  return {
    layout: { attention: count('*'), recurrent: count('M'), feedForward: count('E') + count('-') },
    recurrent: mamba2Of(fields, h),
    denseFeedForward: count('-'),
  };
}

/** Kimi-Linear: linear_attn_config lists the KDA blocks (1-based); the others are latent attention. */
function kimiLinearStack(fields: FieldReader, layers: number, h: number): HybridStack | null {
  const nested = ownObject(fields.raw.linear_attn_config);
  if (!nested) return null;
  const inner = new FieldReader(nested);
  const recurrent = kimiDeltaAttentionOf(inner, h);
  for (const issue of inner.issues)
    fields.fail(`linear_attn_config.${issue.field}`, `linear_attn_config.${issue.message}`);
  const kda = Array.isArray(nested.kda_layers)
    ? nested.kda_layers.filter((n) => typeof n === 'number' && n >= 1 && n <= layers).length
    : 0;
  return {
    layout: { attention: layers - kda, recurrent: kda, feedForward: layers },
    recurrent,
    denseFeedForward: null,
  };
}

/**
 * The hybrid layout of a config with linear-attention or state-space blocks, or null for a stack of
 * attention blocks: Gated DeltaNet (linear_num_value_heads: Qwen3-Next, Qwen3.5/3.6), Mamba-2
 * (hybrid_override_pattern: Nemotron-H), Kimi Delta Attention (linear_attn_config), or the Mamba
 * hybrids read by model_type (Jamba, Granite 4.0-H, Falcon-H1: see hybridMamba.ts).
 */
export function hybridStackOf(fields: FieldReader, layers: number, h: number): HybridStack | null {
  if (fields.has(['linear_num_value_heads'])) {
    const recurrent = deltaNetLayers(fields, layers);
    return {
      layout: { attention: layers - recurrent, recurrent, feedForward: layers },
      recurrent: gatedDeltaNetOf(fields, h),
      denseFeedForward: null,
    };
  }
  return (
    mambaHybridOf(fields, layers, h) ??
    nemotronStack(fields, layers, h) ??
    kimiLinearStack(fields, layers, h)
  );
}
