import { countParametersCached } from './cache';
import { ownObject, type RawConfig } from './configFields';
import { NF4_BITS, NF4_DOUBLE_QUANT_BITS } from './constants';
import type { ModelSpec, StoredWeights } from './spec';

/** MXFP4 (OCP Microscaling): 4-bit E2M1 values with one 8-bit E8M0 scale per 32 = 4.25 bits. */
export const MXFP4_BITS = 4 + 8 / 32;

/** FP8 block-wise (DeepSeek-V3): 8-bit E4M3 with one fp32 scale per 128 × 128 block. */
function fp8Bits(block: unknown): number {
  const [rows, cols] = Array.isArray(block) ? block : [];
  const size = typeof rows === 'number' && typeof cols === 'number' ? rows * cols : 0;
  return size > 0 ? 8 + 32 / size : 8;
}

/** GPTQ/AWQ: `bits` per weight plus an fp16 scale and a packed zero point per group. */
function groupedBits(bits: number, groupSize: number): number {
  return groupSize > 0 ? bits + (16 + bits) / groupSize : bits;
}

const num = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;

/**
 * The stored format of a checkpoint's weights from its quantization_config: MXFP4 (gpt-oss,
 * experts only), FP8 block-wise (DeepSeek-V3), GPTQ/AWQ (bits, group_size) or bitsandbytes
 * (load_in_4bit with nf4/fp4 and double quantisation, load_in_8bit). Null without one; an unknown
 * method is noted in `assumptions` and read as 16-bit.
 */
export function storedWeightsOf(
  raw: RawConfig,
  modelType: string | null,
  assumptions: string[],
): StoredWeights | null {
  const q = ownObject(raw.quantization_config);
  if (!q) return null;
  const method = typeof q.quant_method === 'string' ? q.quant_method : 'unknown';
  if (method === 'mxfp4') {
    // gpt-oss keeps attention, router, embeddings and head in bf16 (modules_to_not_convert).
    return {
      method,
      bitsPerWeight: MXFP4_BITS,
      scope: modelType === 'gpt_oss' ? 'experts' : 'linear',
    };
  }
  if (method === 'fp8')
    return { method, bitsPerWeight: fp8Bits(q.weight_block_size), scope: 'linear' };
  if (method === 'gptq' || method === 'awq') {
    const bits = num(q.bits ?? q.w_bit, 4);
    return {
      method,
      bitsPerWeight: groupedBits(bits, num(q.group_size ?? q.q_group_size, 128)),
      scope: 'linear',
    };
  }
  if (method === 'bitsandbytes') {
    if (q.load_in_8bit === true) return { method, bitsPerWeight: 8, scope: 'linear' };
    if (q.load_in_4bit === true) {
      const bits = q.bnb_4bit_use_double_quant === true ? NF4_DOUBLE_QUANT_BITS : NF4_BITS;
      return { method, bitsPerWeight: bits, scope: 'linear' };
    }
  }
  assumptions.push(
    `quantization_config method "${method}" is not one Tunewise reads: weights sized as 16-bit`,
  );
  return null;
}

/** Weights of the routed experts' linear layers, the part MXFP4 replaces in gpt-oss. */
function expertLinearParameters(spec: ModelSpec): number {
  const moe = spec.moe;
  if (!moe) return 0;
  const matrices = spec.gatedMlp ? 3 : 2;
  return (
    (spec.numLayers - moe.denseLayers) *
    moe.numExperts *
    matrices *
    spec.hiddenSize *
    moe.expertIntermediateSize
  );
}

/**
 * Bytes of the weights as the checkpoint stores them: the quantised part at its bits per weight,
 * everything else (embeddings, head, norms, biases, and for gpt-oss attention and router) in
 * 16-bit. Without a quantization_config, 2 bytes per parameter.
 */
export function storedWeightBytes(spec: ModelSpec): number {
  const counts = countParametersCached(spec);
  const storage = spec.storage;
  if (!storage) return counts.total * 2;
  const quantised = storage.scope === 'experts' ? expertLinearParameters(spec) : counts.linear;
  return (quantised * storage.bitsPerWeight) / 8 + (counts.total - quantised) * 2;
}

const STORED_NAME: Record<string, string> = {
  mxfp4: 'MXFP4',
  fp8: 'FP8',
  gptq: 'GPTQ',
  awq: 'AWQ',
  bitsandbytes: 'bitsandbytes',
};

/** How a quantised checkpoint's weights are held, in words, or null for a 16-bit checkpoint. */
export function storedWeightsNote(spec: ModelSpec, use: 'serving' | 'training'): string | null {
  const storage = spec.storage;
  if (!storage) return null;
  const format = `${STORED_NAME[storage.method] ?? storage.method} (${storage.bitsPerWeight.toFixed(2)} bits per weight${storage.scope === 'experts' ? ', experts only' : ''})`;
  return use === 'serving'
    ? `the checkpoint stores its weights as ${format}; they are served as stored unless the chosen weight bits are smaller`
    : `the checkpoint stores its weights as ${format}; training loads them dequantised to bf16 (QLoRA re-quantises them to NF4), so they are sized as 16-bit`;
}
