import { attentionBlocks, mlpBlocks, projectionShapes } from '../memory/lora';
import { countParametersCached } from '../memory/cache';
import type { ModelSpec } from '../memory/spec';
import { ggmlBytes, rowCompatible, type GgmlTypeName } from './ggml';

/** The llama-quantize mixes Tunewise plans for, highest quality first. */
export const GGUF_MIXES = ['Q8_0', 'Q6_K', 'Q5_K_M', 'Q4_K_M'] as const;
export type GgufMix = (typeof GGUF_MIXES)[number];

interface MixRule {
  base: GgmlTypeName;
  /** attn_v and ffn_down on the layers use_more_bits picks. */
  moreBits: GgmlTypeName;
  output: GgmlTypeName;
}

/** llama_tensor_get_type for each mix (FACTS.quantMix). */
const MIX_RULES: Record<GgufMix, MixRule> = {
  Q8_0: { base: 'Q8_0', moreBits: 'Q8_0', output: 'Q8_0' },
  Q6_K: { base: 'Q6_K', moreBits: 'Q6_K', output: 'Q6_K' },
  Q5_K_M: { base: 'Q5_K', moreBits: 'Q6_K', output: 'Q6_K' },
  Q4_K_M: { base: 'Q4_K', moreBits: 'Q6_K', output: 'Q6_K' },
};

/** llama-quant.cpp's use_more_bits: the first and last eighth of the layers and every third between. */
export function takesMoreBits(layer: number, layers: number): boolean {
  const eighth = Math.floor(layers / 8);
  return layer < eighth || layer >= Math.floor((7 * layers) / 8) || (layer - eighth) % 3 === 2;
}

function moreBitsLayers(layers: number): number {
  let count = 0;
  for (let i = 0; i < layers; i++) if (takesMoreBits(i, layers)) count++;
  return count;
}

export interface GgufSize {
  mix: GgufMix;
  /** Bytes of the .gguf file: tensors plus the metadata and tokenizer header. */
  fileBytes: number;
  /** Bytes of the output (or, tied, the embedding) tensor: kept on the GPU with -ngl ≥ layers + 1. */
  outputBytes: number;
  /** Bytes of one transformer block's tensors, on average: what each -ngl layer moves to the GPU. */
  perLayerBytes: number;
  bitsPerWeight: number;
}

/** Down-projection elements of one MLP block (all experts and the shared one in a mixture). */
function downElements(model: ModelSpec): { perLayer: number; row: number } {
  const h = model.hiddenSize;
  const moe = model.moe;
  if (!moe) return { perLayer: model.intermediateSize * h, row: model.intermediateSize };
  return {
    perLayer: (moe.numExperts * moe.expertIntermediateSize + moe.sharedIntermediateSize) * h,
    row: moe.expertIntermediateSize,
  };
}

/**
 * Size of the GGUF file llama-quantize writes for `model` at `mix`: token embeddings at the base
 * type (untied) or the output's type (tied), the output at Q6_K (Q8_0 for Q8_0), attn_v and
 * ffn_down at Q6_K on use_more_bits layers for the _M mixes (attn_k and attn_v at Q8_0 for 8-expert
 * models), every other block weight at the base
 * type with llama.cpp's fallback for rows that are not whole super-blocks, norms and biases in F32,
 * and a header of about 32 bytes per vocabulary entry (token strings, scores, merges). Weights the
 * spec cannot place (latent attention, recurrent mixers, extras) count at the base type. The vision
 * tower is left out: llama.cpp ships it as a separate mmproj file.
 */
export function ggufSize(model: ModelSpec, mix: GgufMix): GgufSize {
  const rule = MIX_RULES[mix];
  const counts = countParametersCached(model);
  const h = model.hiddenSize;
  const shapes = projectionShapes(model);
  const attnLayers = attentionBlocks(model);
  const mlpLayers = mlpBlocks(model);
  const vPerLayer = shapes.v[0] * shapes.v[1];
  const down = downElements(model);
  const vMore = moreBitsLayers(attnLayers);
  const downMore = moreBitsLayers(mlpLayers);
  const moreType = (type: GgmlTypeName, row: number) => rowCompatible(type, row);
  // llama-quant.cpp raises attn_v and attn_k of 8-expert models (Mixtral) to Q8_0 ("trades just
  // ~128MB"); a Q8_0 file has them there anyway.
  const eightExperts = model.moe?.numExperts === 8;
  const kPerLayer = shapes.k[0] * shapes.k[1];
  const vBytes = eightExperts
    ? ggmlBytes('Q8_0', vPerLayer * attnLayers)
    : ggmlBytes(moreType(rule.moreBits, h), vPerLayer * vMore) +
      ggmlBytes(moreType(rule.base, h), vPerLayer * (attnLayers - vMore));
  const kBytes = eightExperts
    ? ggmlBytes('Q8_0', kPerLayer * attnLayers)
    : ggmlBytes(moreType(rule.base, h), kPerLayer * attnLayers);
  const downBytes =
    ggmlBytes(moreType(rule.moreBits, down.row), down.perLayer * downMore) +
    ggmlBytes(moreType(rule.base, down.row), down.perLayer * (mlpLayers - downMore));
  const placed = (vPerLayer + kPerLayer) * attnLayers + down.perLayer * mlpLayers;
  const restElements = Math.max(0, counts.linear - placed);
  const restBytes = ggmlBytes(moreType(rule.base, h), restElements);
  const outputType = moreType(rule.output, h);
  const embeddingType = model.tiedEmbeddings ? outputType : moreType(rule.base, h);
  const embeddingBytes = ggmlBytes(embeddingType, counts.embedding);
  const outputBytes = model.tiedEmbeddings ? embeddingBytes : ggmlBytes(outputType, counts.lmHead);
  const small = Math.max(0, counts.other - model.visionParameters) * 4;
  const header = model.vocabSize * 32;
  const blockBytes = vBytes + kBytes + downBytes + restBytes;
  const fileBytes =
    blockBytes + embeddingBytes + (model.tiedEmbeddings ? 0 : outputBytes) + small + header;
  const weights = counts.linear + counts.embedding + counts.lmHead;
  return {
    mix,
    fileBytes,
    outputBytes,
    perLayerBytes: blockBytes / Math.max(1, model.numLayers + model.numDecoderLayers),
    bitsPerWeight: weights > 0 ? ((fileBytes - header - small) * 8) / weights : 0,
  };
}
