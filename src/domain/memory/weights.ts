import { GPTQ_INT4_BITS, INT8_BITS, NF4_BITS, NF4_DOUBLE_QUANT_BITS } from './constants';
import type { ParameterCounts } from './parameters';

export type WeightFormat = 'fp32' | 'bf16' | 'int8' | 'nf4' | 'nf4-dq' | 'gptq' | 'awq';

/** Bits per weight of the formats that quantisation uses for linear layers. */
const QUANTISED_BITS: Record<Exclude<WeightFormat, 'fp32' | 'bf16'>, number> = {
  int8: INT8_BITS,
  nf4: NF4_BITS,
  'nf4-dq': NF4_DOUBLE_QUANT_BITS,
  gptq: GPTQ_INT4_BITS,
  awq: GPTQ_INT4_BITS,
};

/**
 * Bytes of a model's weights in a format. Quantised formats replace only the blocks' linear
 * layers; embeddings, the output head, norms and biases stay in 16-bit (the default of
 * bitsandbytes, which skips lm_head, and of AutoGPTQ/AutoAWQ).
 */
export function weightBytes(counts: ParameterCounts, format: WeightFormat): number {
  if (format === 'fp32') return counts.total * 4;
  if (format === 'bf16') return counts.total * 2;
  const unquantised = counts.total - counts.linear;
  return (counts.linear * QUANTISED_BITS[format]) / 8 + unquantised * 2;
}

/** Bytes of the blocks' linear weights alone in a format (what FSDP gathers, block by block). */
export function linearWeightBytes(counts: ParameterCounts, format: WeightFormat): number {
  if (format === 'fp32') return counts.linear * 4;
  if (format === 'bf16') return counts.linear * 2;
  return (counts.linear * QUANTISED_BITS[format]) / 8;
}
