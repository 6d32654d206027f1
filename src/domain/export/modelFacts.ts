import { findModel } from '../catalog/models';

/**
 * What an export must know about a model family beyond the memory plan: its RoPE extension,
 * its fill-in-the-middle tokens, its fp16 behaviour and whether it ships its own modelling code.
 * Read from the catalog entry where the catalog records it, else from the family with a source.
 */

/** A YaRN RoPE extension: transformers 5's `rope_parameters` keys (it replaced `rope_scaling`). */
export interface RopeExtension {
  ropeType: 'yarn';
  factor: number;
  /** The trained window the factor stretches. */
  originalMaxPositions: number;
  /** The model's rope_theta, which `rope_parameters` carries in transformers 5. */
  ropeTheta: number | null;
}

/**
 * YaRN when the training sequence is longer than the model's trained window and the catalog
 * documents an extended window (`context.extended`, e.g. Qwen2.5-7B+: 32,768 → 131,072 with
 * factor 4). The factor is the smallest power of two that covers the sequence, capped at the
 * documented one: Qwen's model cards advise a factor only as large as the length needs, because
 * static YaRN can hurt short texts.
 */
export function ropeExtension(modelId: string, seqLen: number): RopeExtension | null {
  const model = findModel(modelId);
  const extended = model?.context.extended;
  if (!model || extended === undefined) return null;
  const native = model.context.native;
  if (seqLen <= native) return null;
  const documented = extended / native;
  const needed = 2 ** Math.ceil(Math.log2(seqLen / native));
  const theta = model.config.rope_theta;
  return {
    ropeType: 'yarn',
    factor: Math.min(documented, needed),
    originalMaxPositions: native,
    ropeTheta: typeof theta === 'number' ? theta : null,
  };
}

/** Fill-in-the-middle sentinel tokens, in prompt order: prefix, suffix, middle. */
export interface FimTokens {
  prefix: string;
  suffix: string;
  middle: string;
  source: string;
}

/**
 * Families trained with fill-in-the-middle. The catalog has no FIM flag, so this is decided by
 * family: Qwen2.5-Coder documents PSM-format FIM with these tokens (the general Qwen2.5 models
 * share the tokenizer but were not trained on FIM).
 */
const FIM_FAMILIES: readonly { pattern: RegExp; tokens: FimTokens }[] = [
  {
    pattern: /^Qwen\/Qwen2\.5-Coder-/,
    tokens: {
      prefix: '<|fim_prefix|>',
      suffix: '<|fim_suffix|>',
      middle: '<|fim_middle|>',
      source:
        'github:QwenLM/Qwen2.5-Coder README.md, "File-Level Code Completion (Fill in the middle)"',
    },
  },
];

/** The FIM tokens of a model, or null when its family was not trained on fill-in-the-middle. */
export function fimTokens(modelId: string): FimTokens | null {
  return FIM_FAMILIES.find((family) => family.pattern.test(modelId))?.tokens ?? null;
}

/** Where Qwen's maintainers say fp16 overflows: the models were trained in bf16. */
export const QWEN_FP16_SOURCE =
  'https://github.com/QwenLM/Qwen3/issues/868 (Qwen maintainer: trained in bf16, fp16 overflows to inf/NaN without fp32-accumulating fused kernels)';

/** Whether a model is from the Qwen family, whose activations overflow fp16. */
export function isQwenFamily(modelId: string): boolean {
  const model = findModel(modelId);
  const type = model?.config.model_type ?? '';
  return /^Qwen\//.test(modelId) || type.startsWith('qwen');
}

/** Model types whose modelling code lives in the model repository (`trust_remote_code=True`). */
const REMOTE_CODE_TYPES = new Set(['nomic_bert']);
const REMOTE_CODE_IDS = new Set(['jinaai/jina-reranker-v2-base-multilingual']);

/** Whether loading the model runs code from its repository. */
export function needsRemoteCode(modelId: string): boolean {
  const type = findModel(modelId)?.config.model_type ?? '';
  return REMOTE_CODE_TYPES.has(type) || REMOTE_CODE_IDS.has(modelId);
}

/** DeBERTa-v2/v3 tokenizers are SentencePiece models: sentencepiece and protobuf must be installed. */
export function needsSentencePiece(modelId: string): boolean {
  const type = findModel(modelId)?.config.model_type ?? '';
  return type === 'deberta-v2' || /deberta-v[23]/i.test(modelId);
}
