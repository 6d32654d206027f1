import {
  LIGER_CHUNK_BYTES_PER_LOGIT,
  LOGIT_BYTES_CHUNKED_OUTPUT,
  LOGIT_BYTES_UNCHUNKED,
  TRL_CHUNK_BYTES_PER_LOGIT,
  TRL_LOSS_CHUNK_TOKENS,
} from './constants';
import type { ResolvedTraining } from './resolve';
import type { ModelSpec } from './spec';

/** The next power of two at or above n (n ≥ 1). */
function nextPowerOfTwo(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, n)));
}

/**
 * Bytes the loss holds at its peak for one micro-step: the output head's logits as the loss
 * kernel keeps them (decoders with their head only; encoders' heads are a few labels wide, and an
 * embedding model has none). `tokens` is every
 * position of the micro-step; TRL's chunked loss skips ignored positions, so a prompt-masked run
 * needs less than this (the estimate keeps the full count, which is the worst case).
 */
export function lossBytes(model: ModelSpec, o: ResolvedTraining, tokens: number): number {
  if (model.kind === 'encoder' || model.outputHead === false) return 0;
  const vocab = model.vocabSize;
  const hidden = model.hiddenSize;
  // The hidden states the head reads, and their gradient, in the compute dtype.
  const hiddenCopy = tokens * hidden * 2;
  switch (o.lossKernel) {
    case 'plain':
      return tokens * vocab * LOGIT_BYTES_UNCHUNKED;
    case 'chunked-output':
      return tokens * vocab * LOGIT_BYTES_CHUNKED_OUTPUT;
    case 'chunked':
      // TRL reorders the hidden states (one copy) and holds one chunk's logits at a time.
      return (
        Math.min(tokens, TRL_LOSS_CHUNK_TOKENS) * vocab * TRL_CHUNK_BYTES_PER_LOGIT + hiddenCopy
      );
    case 'liger': {
      const chunk = Math.min(tokens, nextPowerOfTwo(Math.ceil(tokens / Math.ceil(vocab / hidden))));
      return chunk * vocab * LIGER_CHUNK_BYTES_PER_LOGIT + hiddenCopy;
    }
    case 'cce':
      // Cut Cross-Entropy computes logits block by block in on-chip memory: only the input gradient.
      return hiddenCopy;
  }
}
