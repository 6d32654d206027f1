import { findModel } from '../catalog/models';
import type { LoraTarget } from '../memory';

/**
 * Hugging Face module names of the seven LoRA targets, per `config.model_type`. Llama-style
 * families name each projection separately (`modeling_llama.py` and the Qwen, Mistral, Gemma,
 * Granite and OLMo-2 files that follow it); Phi-3 fuses q/k/v into `qkv_proj` and gate/up into
 * `gate_up_proj` (`modeling_phi3.py`).
 */
const LLAMA_STYLE: Record<LoraTarget, string> = {
  q: 'q_proj',
  k: 'k_proj',
  v: 'v_proj',
  o: 'o_proj',
  gate: 'gate_proj',
  up: 'up_proj',
  down: 'down_proj',
};

const PHI3: Record<LoraTarget, string> = {
  q: 'qkv_proj',
  k: 'qkv_proj',
  v: 'qkv_proj',
  o: 'o_proj',
  gate: 'gate_up_proj',
  up: 'gate_up_proj',
  down: 'down_proj',
};

const BY_MODEL_TYPE: Record<string, Record<LoraTarget, string>> = {
  llama: LLAMA_STYLE,
  mistral: LLAMA_STYLE,
  qwen2: LLAMA_STYLE,
  qwen3: LLAMA_STYLE,
  gemma: LLAMA_STYLE,
  gemma2: LLAMA_STYLE,
  gemma3_text: LLAMA_STYLE,
  granite: LLAMA_STYLE,
  olmo2: LLAMA_STYLE,
  phi3: PHI3,
};

/**
 * Mixture-of-experts families name their attention like Llama, but their experts differ between
 * families and transformers versions (Mixtral's `w1/w2/w3`, fused expert tensors in newer
 * releases), so MLP targets there fall back to PEFT's "all-linear".
 */
const MOE_ATTENTION_ONLY = new Set(['mixtral', 'qwen3_moe']);
const ATTENTION: readonly LoraTarget[] = ['q', 'k', 'v', 'o'];

/** PEFT's shorthand for every linear layer except the output head (`peft/utils/constants.py`). */
export const ALL_LINEAR = 'all-linear';

/** The `model_type` of a catalog model's config.json, or null for an unknown id. */
export function modelTypeOf(modelId: string): string | null {
  return findModel(modelId)?.config.model_type ?? null;
}

/**
 * The `target_modules` for PEFT (and `lora_target_modules` for Axolotl) that adapt the chosen
 * projections of a decoder: a de-duplicated list of module names in target order, or "all-linear"
 * when the family's names are not known (encoders, custom configs, MoE experts).
 */
export function loraModuleNames(
  modelType: string | null,
  targets: readonly LoraTarget[],
): string[] | typeof ALL_LINEAR {
  if (modelType === null) return ALL_LINEAR;
  const attentionOnly = targets.every((target) => ATTENTION.includes(target));
  const names =
    (Object.hasOwn(BY_MODEL_TYPE, modelType) ? BY_MODEL_TYPE[modelType] : undefined) ??
    (MOE_ATTENTION_ONLY.has(modelType) && attentionOnly ? LLAMA_STYLE : undefined);
  if (!names) return ALL_LINEAR;
  return [...new Set(targets.map((target) => names[target]))];
}
