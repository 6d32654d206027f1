import { LIMITS, type FieldReader } from './configFields';
import type { RecurrentSpec } from './spec';

/** 4 bytes per state element when the config keeps the state in float32, else 2 (bf16/fp16). */
function stateBytes(fields: FieldReader): number {
  const dtype = fields.string(['mamba_ssm_dtype', 'mamba_ssm_cache_dtype']);
  return dtype === 'float32' ? 4 : 2;
}

/**
 * Gated DeltaNet, as in transformers models/qwen3_next/modeling_qwen3_next.py (v4.57,
 * Qwen3NextGatedDeltaNet) and models/qwen3_5/modeling_qwen3_5.py (v5, the same weights split into
 * in_proj_qkv, in_proj_z, in_proj_b, in_proj_a): with key width K = linear_num_key_heads ×
 * linear_key_head_dim and value width V = linear_num_value_heads × linear_value_head_dim,
 * in_proj_qkvz (h → 2K + 2V), in_proj_ba (h → 2 × value heads), a depthwise conv1d over q, k and v
 * (2K + V channels × linear_conv_kernel_dim, no bias), dt_bias and A_log (one per value head), a
 * gated RMSNorm over one value head (linear_value_head_dim) and out_proj (V → h). Each sequence
 * keeps a value-heads × key-dim × value-dim delta-rule state and the conv's last kernel − 1 inputs.
 */
export function gatedDeltaNetOf(fields: FieldReader, h: number): RecurrentSpec {
  const keyHeads = fields.int(['linear_num_key_heads'], LIMITS.heads);
  const valueHeads = fields.int(['linear_num_value_heads'], LIMITS.heads);
  const keyDim = fields.int(['linear_key_head_dim'], LIMITS.headDim);
  const valueDim = fields.int(['linear_value_head_dim'], LIMITS.headDim);
  const kernel = fields.optionalInt(['linear_conv_kernel_dim'], { min: 1, max: 64 }, 4);
  const keys = keyHeads * keyDim;
  const values = valueHeads * valueDim;
  const convChannels = 2 * keys + values;
  return {
    kind: 'gated-deltanet',
    linearParameters: h * (2 * keys + 2 * values) + h * 2 * valueHeads + values * h,
    otherParameters: convChannels * kernel + 2 * valueHeads + valueDim,
    stateElements: valueHeads * keyDim * valueDim,
    stateBytesPerElement: stateBytes(fields),
    convStateElements: convChannels * (kernel - 1),
  };
}

/**
 * A Mamba-2 mixer, as in transformers models/nemotron_h/modeling_nemotron_h.py (v4.55,
 * NemotronHMamba2Mixer; the same shapes as models/mamba2, GraniteMoeHybridMambaLayer in
 * models/granitemoehybrid/modeling_granitemoehybrid.py and FalconH1Mixer in
 * models/falcon_h1/modeling_falcon_h1.py, transformers 5.18.0): inner width I = mamba_d_ssm when stated (Falcon-H1),
 * else mamba_num_heads × mamba_head_dim; conv channels C = I + 2 × n_groups × ssm_state_size;
 * in_proj (h → I + C + heads, bias when use_bias), conv1d (C × conv_kernel, bias when
 * use_conv_bias), dt_bias, A_log and D (one per head), a gated RMSNorm over I (Falcon-H1 only when
 * mamba_rms_norm), out_proj (I → h, bias when use_bias; Falcon-H1's projectors_bias). Each sequence
 * keeps a heads × head_dim × ssm_state_size state and the conv's last kernel − 1 inputs.
 */
export function mamba2Of(fields: FieldReader, h: number): RecurrentSpec {
  const heads = fields.int(['mamba_num_heads', 'mamba_n_heads'], LIMITS.heads);
  const headDim = fields.int(['mamba_head_dim', 'mamba_d_head'], LIMITS.headDim);
  const groups = fields.optionalInt(['n_groups', 'mamba_n_groups'], LIMITS.heads, 1);
  const state = fields.int(['ssm_state_size', 'mamba_d_state'], LIMITS.headDim);
  const kernel = fields.optionalInt(['conv_kernel', 'mamba_d_conv'], { min: 1, max: 64 }, 4);
  const projBias = fields.bool(['use_bias', 'mamba_proj_bias'], false);
  const outBias = fields.bool(['projectors_bias'], projBias);
  const convBias = fields.bool(['use_conv_bias', 'mamba_conv_bias'], true);
  const gatedNorm = fields.bool(['mamba_rms_norm'], true);
  const inner = fields.optionalInt(['mamba_d_ssm'], LIMITS.intermediate, heads * headDim);
  const conv = inner + 2 * groups * state;
  const inProj = inner + conv + heads;
  return {
    kind: 'mamba2',
    linearParameters: h * inProj + inner * h,
    otherParameters:
      conv * kernel +
      (convBias ? conv : 0) +
      3 * heads +
      (gatedNorm ? inner : 0) +
      (projBias ? inProj : 0) +
      (outBias ? h : 0),
    stateElements: heads * headDim * state,
    stateBytesPerElement: stateBytes(fields),
    convStateElements: conv * (kernel - 1),
  };
}

/**
 * A Mamba-1 mixer as Jamba builds it (transformers models/jamba/modeling_jamba.py, transformers 5.18.0,
 * JambaMambaMixer): inner width I = mamba_expand × h, dt rank R = mamba_dt_rank ("auto": ⌈h / 16⌉),
 * state S = mamba_d_state; in_proj (h → 2I), depthwise conv1d (I × mamba_d_conv, bias when
 * mamba_conv_bias), x_proj (I → R + 2S), dt_proj (R → I, with bias), A_log (I × S), D (I), the
 * dt/B/C RMSNorms (R + 2S), out_proj (I → h); in_proj and out_proj carry biases when
 * mamba_proj_bias. Each sequence keeps an I × S scan state, in float32 as the selective-scan
 * kernels (mamba_ssm, vLLM's mamba_mixer) hold it, and the conv's last d_conv − 1 inputs.
 */
export function mamba1Of(fields: FieldReader, h: number): RecurrentSpec {
  const expand = fields.optionalInt(['mamba_expand'], { min: 1, max: 64 }, 2);
  const rank =
    fields.raw.mamba_dt_rank === 'auto' || fields.raw.mamba_dt_rank === undefined
      ? Math.ceil(h / 16)
      : fields.int(['mamba_dt_rank'], LIMITS.hiddenSize);
  const state = fields.optionalInt(['mamba_d_state'], LIMITS.headDim, 16);
  const kernel = fields.optionalInt(['mamba_d_conv'], { min: 1, max: 64 }, 4);
  const convBias = fields.bool(['mamba_conv_bias'], true);
  const projBias = fields.bool(['mamba_proj_bias'], false);
  const inner = expand * h;
  return {
    kind: 'mamba1',
    linearParameters: h * 2 * inner + inner * (rank + 2 * state) + rank * inner + inner * h,
    otherParameters:
      inner * kernel +
      (convBias ? inner : 0) +
      inner +
      inner * state +
      inner +
      rank +
      2 * state +
      (projBias ? 2 * inner + h : 0),
    stateElements: inner * state,
    stateBytesPerElement: 4,
    convStateElements: inner * (kernel - 1),
  };
}

/**
 * Kimi Delta Attention from Kimi-Linear's config (linear_attn_config: num_heads, head_dim,
 * short_conv_kernel_size), as its remote modeling_kimi.py builds it and its safetensors list it:
 * q, k, v projections (h → D = heads × head_dim) each with a depthwise conv1d, low-rank forget
 * and output gates (f_a, f_b, g_a, g_b through head_dim), b_proj (h → heads), A_log (heads),
 * dt_bias (D), o_norm (head_dim), o_proj (D → h). The state is heads × head_dim × head_dim.
 */
export function kimiDeltaAttentionOf(fields: FieldReader, h: number): RecurrentSpec {
  const heads = fields.int(['num_heads'], LIMITS.heads);
  const headDim = fields.int(['head_dim'], LIMITS.headDim);
  const kernel = fields.optionalInt(['short_conv_kernel_size'], { min: 1, max: 64 }, 4);
  const width = heads * headDim;
  return {
    kind: 'kda',
    linearParameters: 3 * h * width + 2 * (h * headDim + headDim * width) + h * heads + width * h,
    otherParameters: 3 * width * kernel + heads + width + headDim,
    stateElements: heads * headDim * headDim,
    stateBytesPerElement: stateBytes(fields),
    convStateElements: 3 * width * (kernel - 1),
  };
}
