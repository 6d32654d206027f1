import { findModel } from '../catalog/models';
import { fp16OverflowOf, type Fp16Overflow } from '../recommend/fp16Fit';

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
 * The YaRN extension the recommendation chose for a model (`Candidate.ropeScaling`, one rule for
 * the card, the advice and every export), with the model's rope_theta, which transformers 5's
 * `rope_parameters` carries beside it.
 */
export function ropeExtension(
  modelId: string,
  scaling: { factor: number; originalMaxPositionEmbeddings: number } | null,
): RopeExtension | null {
  if (!scaling) return null;
  const theta = findModel(modelId)?.config.rope_theta;
  return {
    ropeType: 'yarn',
    factor: scaling.factor,
    originalMaxPositions: scaling.originalMaxPositionEmbeddings,
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
 * The FIM tokens of a model, from its catalog entry (`fim`, read in its card or repository), or
 * null when it was not trained on fill-in-the-middle.
 */
export function fimTokens(modelId: string): FimTokens | null {
  const fim = findModel(modelId)?.fim;
  return fim ? { ...fim.tokens, source: fim.source } : null;
}

/** The fp16 overflow reported for a model's family (Qwen, Gemma 3, Gemma 4), or null. */
export function fp16OverflowOfId(modelId: string): Fp16Overflow | null {
  return fp16OverflowOf(findModel(modelId) ?? { id: modelId, config: { model_type: '' } });
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
