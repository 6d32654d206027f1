import { cacheGroups, recurrentStateBytes } from '../memory/cacheLayers';
import type { ModelSpec } from '../memory/spec';

/**
 * KV cache bytes for `sequences` sequences of `tokens` tokens each, at `bytesPerElement` (2 for
 * bf16/f16, 1 for FP8, 34/32 for llama.cpp's q8_0): every cache group of the model (sliding blocks
 * at most their window, latent blocks their latent), rounded up to whole blocks of `blockTokens`
 * tokens per sequence (16 in vLLM, 1 in SGLang and llama.cpp), split across `gpus` tensor-parallel
 * GPUs by KV head, plus the fixed recurrent state of linear-attention and Mamba blocks.
 */
export function kvBytes(
  model: ModelSpec,
  tokens: number,
  sequences: number,
  bytesPerElement: number,
  blockTokens = 1,
  gpus = 1,
): number {
  let bytes = 0;
  for (const group of cacheGroups(model)) {
    const split = group.kvHeads === null ? 1 : Math.max(1, group.kvHeads / gpus) / group.kvHeads;
    const held = group.window === null ? tokens : Math.min(tokens, group.window);
    const rounded = Math.ceil(held / blockTokens) * blockTokens;
    bytes += group.layers * group.elementsPerToken * split * bytesPerElement * rounded;
  }
  return bytes * sequences + recurrentStateBytes(model, sequences, gpus);
}

/** The largest n in [1, limit] with fits(n), for a monotone predicate; 0 when 1 does not fit. */
export function largest(fits: (n: number) => boolean, limit: number): number {
  if (!(limit >= 1) || !fits(1)) return 0;
  let low = 1;
  let high = Math.floor(limit);
  if (fits(high)) return high;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}
