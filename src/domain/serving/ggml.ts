import { FACTS } from './sources';

/** A ggml storage type: `blockBytes` bytes hold `blockElements` weights. Source: FACTS.ggmlBlocks. */
export interface GgmlType {
  blockElements: number;
  blockBytes: number;
}

export const GGML_TYPES = {
  F32: { blockElements: 1, blockBytes: 4 },
  F16: { blockElements: 1, blockBytes: 2 },
  Q4_0: { blockElements: 32, blockBytes: 18 },
  Q5_0: { blockElements: 32, blockBytes: 22 },
  Q5_1: { blockElements: 32, blockBytes: 24 },
  Q8_0: { blockElements: 32, blockBytes: 34 },
  Q4_K: { blockElements: 256, blockBytes: 144 },
  Q5_K: { blockElements: 256, blockBytes: 176 },
  Q6_K: { blockElements: 256, blockBytes: 210 },
} as const satisfies Record<string, GgmlType>;

export type GgmlTypeName = keyof typeof GGML_TYPES;

export const GGML_SOURCE = FACTS.ggmlBlocks;

/** Bytes of `elements` weights stored as `type` (whole blocks). */
export function ggmlBytes(type: GgmlTypeName, elements: number): number {
  const t = GGML_TYPES[type];
  return Math.ceil(elements / t.blockElements) * t.blockBytes;
}

/** Bits per weight of a type: Q4_K is 4.5, Q6_K 6.5625, Q8_0 8.5. */
export function bitsPerWeight(type: GgmlTypeName): number {
  const t = GGML_TYPES[type];
  return (t.blockBytes * 8) / t.blockElements;
}

/**
 * llama.cpp's fallback when a row is not a whole number of 256-element super-blocks
 * (llama-quant.cpp, FACTS.quantMix): Q4_K → Q5_0, Q5_K → Q5_1, Q6_K → Q8_0, and F16 when even
 * that does not divide.
 */
export function rowCompatible(type: GgmlTypeName, rowLength: number): GgmlTypeName {
  if (rowLength % GGML_TYPES[type].blockElements === 0) return type;
  const fallback: Partial<Record<GgmlTypeName, GgmlTypeName>> = {
    Q4_K: 'Q5_0',
    Q5_K: 'Q5_1',
    Q6_K: 'Q8_0',
  };
  const next = fallback[type] ?? 'F16';
  return rowLength % GGML_TYPES[next].blockElements === 0 ? next : 'F16';
}

/** KV cache element types llama.cpp accepts for -ctk / -ctv. */
export type LlamaKvType = 'f16' | 'q8_0' | 'q4_0';

export const KV_TYPE_BYTES: Record<LlamaKvType, number> = {
  f16: 2,
  q8_0: 34 / 32,
  q4_0: 18 / 32,
};
