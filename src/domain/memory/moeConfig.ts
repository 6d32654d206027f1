import { LIMITS, type FieldReader } from './configFields';
import type { FamilyTraits } from './families';
import type { MoeSpec } from './spec';

/** Config names of the expert count and the experts each token visits, across families. */
export const EXPERT_NAMES = {
  experts: ['num_local_experts', 'num_experts', 'n_routed_experts', 'moe_num_experts'],
  // Kimi-Linear says num_experts_per_token; Gemma 4 top_k_experts.
  expertsPerToken: [
    'num_experts_per_tok',
    'num_experts_per_token',
    'moe_topk',
    'top_k',
    'top_k_experts',
  ],
} as const;

/**
 * Families whose shared expert has a sigmoid gate (shared_expert_gate, h → 1): Qwen2-MoE
 * (modeling_qwen2_moe.py), Qwen3-Next and Qwen3.5-MoE (modeling_qwen3_next.py, modeling_qwen3_5_moe.py).
 */
const SHARED_EXPERT_GATE = new Set(['qwen2_moe', 'qwen3_next', 'qwen3_5_moe_text']);

/** Mixture-of-experts routing and widths under each family's field names; null for a dense model. */
export function moeSpec(
  fields: FieldReader,
  layers: number,
  intermediate: number,
  traits: FamilyTraits,
): MoeSpec | null {
  // 0 is a dense model as Granite 4.0-H writes it (num_local_experts 0).
  const experts = fields.optionalInt(EXPERT_NAMES.experts, { min: 0, max: LIMITS.experts.max }, 0);
  if (!(experts > 1)) return null;
  const raw = fields.raw;
  if (raw.model_type === 'gemma4_text')
    return gemma4Experts(fields, raw, intermediate, experts, traits);
  const expertsPerToken = fields.int(EXPERT_NAMES.expertsPerToken, { min: 1, max: experts });
  if (raw.model_type === 'llama4_text')
    return llama4Experts(fields, layers, experts, expertsPerToken, traits);
  const expertWidth = fields.optionalInt(
    ['moe_intermediate_size'],
    LIMITS.intermediate,
    intermediate,
  );
  const sharedExperts = fields.optionalInt(
    ['n_shared_experts', 'num_shared_experts'],
    LIMITS.experts,
    0,
  );
  const sharedWidth = fields.optionalInt(
    // Granite 4.0-H: shared_intermediate_size (GraniteMoeSharedMLP beside the experts).
    [
      'shared_expert_intermediate_size',
      'moe_shared_expert_intermediate_size',
      'shared_intermediate_size',
    ],
    LIMITS.intermediate,
    sharedExperts * expertWidth,
  );
  let denseLayers = fields.optionalInt(['first_k_dense_replace'], LIMITS.layers, 0);
  const step = typeof raw.decoder_sparse_step === 'number' ? raw.decoder_sparse_step : 1;
  const mlpOnly = Array.isArray(raw.mlp_only_layers) ? raw.mlp_only_layers : [];
  for (let layer = 0; layer < layers && step > 0; layer++) {
    if (mlpOnly.includes(layer) || (layer + 1) % step !== 0) denseLayers++;
  }
  return {
    numExperts: experts,
    expertsPerToken,
    expertIntermediateSize: expertWidth,
    sharedIntermediateSize: sharedWidth,
    sharedExpertGate: SHARED_EXPERT_GATE.has(String(raw.model_type)),
    routerBias: traits.routerBias,
    denseLayers: Math.min(denseLayers, layers),
  };
}

/**
 * Gemma 4 (transformers models/gemma4/modeling_gemma4.py and configuration_gemma4.py, 5.18.0):
 * experts exist only with enable_moe_block (default false: num_experts alone is a dense model).
 * Then every block runs its dense MLP (intermediate_size) beside the routed experts
 * (moe_intermediate_size, top_k_experts of num_experts), whose router holds a projection, a
 * scale per hidden unit and one per expert, and three more norms (post_feedforward_layernorm_1/_2,
 * pre_feedforward_layernorm_2). Checked against transformers' own count on the meta device.
 */
function gemma4Experts(
  fields: FieldReader,
  raw: FieldReader['raw'],
  intermediate: number,
  experts: number,
  traits: FamilyTraits,
): MoeSpec | null {
  if (raw.enable_moe_block !== true) return null;
  const hidden = fields.int(['hidden_size'], LIMITS.hiddenSize);
  return {
    numExperts: experts,
    expertsPerToken: fields.int(EXPERT_NAMES.expertsPerToken, { min: 1, max: experts }),
    expertIntermediateSize: fields.int(['moe_intermediate_size'], LIMITS.intermediate),
    sharedIntermediateSize: intermediate,
    sharedExpertGate: false,
    routerBias: traits.routerBias,
    denseLayers: 0,
    blockExtras: hidden + experts + 3 * hidden,
  };
}

/**
 * Llama 4 (transformers models/llama4/modeling_llama4.py and configuration_llama4.py, v4.51):
 * intermediate_size is the width of each expert and of the always-on shared expert;
 * intermediate_size_mlp that of the dense blocks. The blocks in moe_layers (by default every
 * interleave_moe_layer_step-th: Scout every block, Maverick every second) hold the experts.
 */
function llama4Experts(
  fields: FieldReader,
  layers: number,
  experts: number,
  expertsPerToken: number,
  traits: FamilyTraits,
): MoeSpec {
  const width = fields.int(['intermediate_size'], LIMITS.intermediate);
  const listed = fields.raw.moe_layers;
  const step = fields.optionalInt(['interleave_moe_layer_step'], LIMITS.layers, 1);
  const sparse = Array.isArray(listed)
    ? listed.filter((n) => typeof n === 'number' && n >= 0 && n < layers).length
    : Math.floor(layers / step);
  return {
    numExperts: experts,
    expertsPerToken,
    expertIntermediateSize: width,
    sharedIntermediateSize: width,
    sharedExpertGate: false,
    routerBias: traits.routerBias,
    denseLayers: Math.max(0, layers - sparse),
  };
}
