/**
 * Constants of the memory model, each with where it comes from. Those marked "calibrated" were
 * fitted to the published measurements in fixtures/measurements.ts (see measured.test.ts); the
 * rest follow from the formats themselves.
 */

export const GIB = 2 ** 30;

/**
 * NF4 (bitsandbytes 4-bit): 4-bit codes plus one fp32 absmax per block of 64 weights = 4.5 bits.
 * With double quantisation the absmaxes are stored as 8-bit in blocks of 256 with one fp32
 * constant each: 4 + 8/64 + 32/(64·256) ≈ 4.127 bits. (Dettmers et al., "QLoRA", 2023, §3.)
 */
export const NF4_BITS = 4 + 32 / 64;
export const NF4_DOUBLE_QUANT_BITS = 4 + 8 / 64 + 32 / (64 * 256);

/** GPTQ / AWQ int4 with group size 128: fp16 scale and packed 4-bit zero point per group. */
export const GPTQ_INT4_BITS = 4 + (16 + 4) / 128;

/** LLM.int8 / 8-bit weight-only: one byte per weight plus a per-row fp32 scale (negligible). */
export const INT8_BITS = 8;

/** 8-bit AdamW (bitsandbytes): two 1-byte states plus an fp32 absmax per block of 256. */
export const ADAM_8BIT_BYTES_PER_PARAM = 2 + (2 * 4) / 256;

/**
 * CUDA context, cuBLAS/cuDNN handles and loaded kernels, outside PyTorch's allocator. Hugging Face
 * measured 1,343 MB on its reference setup (transformers docs, "Model training anatomy"); lazy
 * module loading in CUDA 11.7+ brings it to ~0.3–0.5 GB. Calibrated on the nvidia-smi rows.
 */
export const CUDA_CONTEXT_BYTES = 0.9 * GIB;

/**
 * PyTorch's caching allocator keeps freed blocks and rounds allocations up, so reserved memory
 * exceeds allocated memory. Calibrated on rows that report both ways.
 */
export const ALLOCATOR_RESERVE_FRACTION = 0.08;

/**
 * Bytes per logit element at the loss, peak, with the usual Hugging Face loss: bf16 logits, their
 * fp32 copy, the fp32 log-softmax kept for backward and the fp32 gradient. torchtune measured
 * 8.1 GiB saved by chunking the loss for 2 × 4096 tokens × 128,256 vocabulary (~8 B/element).
 */
export const LOGIT_BYTES_UNCHUNKED = 12;

/**
 * torchtune's CEWithChunkedOutputLoss and litgpt's chunked cross-entropy: the bf16 logits and
 * their bf16 gradient stay whole; the fp32 upcast happens one chunk at a time.
 */
export const LOGIT_BYTES_CHUNKED_OUTPUT = 4;

/**
 * TRL's `chunked_nll` (trl/trainer/sft_trainer.py, TRL 1.13.0: `_CHUNKED_LM_HEAD_CHUNK_SIZE = 256`):
 * the output head runs on 256 tokens at a time under checkpointing, so at most one chunk's logits
 * live: the product in the compute dtype, its fp32 copy, the fp32 log-softmax and the gradient.
 */
export const TRL_LOSS_CHUNK_TOKENS = 256;
export const TRL_CHUNK_BYTES_PER_LOGIT = 2 + 4 + 4 + 4;

/**
 * Liger's fused linear cross-entropy (linkedin/Liger-Kernel, ops/fused_linear_cross_entropy.py):
 * chunks of next_power_of_2(⌈tokens / ⌈vocabulary / hidden⌉⌉) rows, so a chunk's logits are about
 * one hidden-state tensor in size; fp32 in the kernel, plus the input gradient it accumulates.
 */
export const LIGER_CHUNK_BYTES_PER_LOGIT = 4;

/** Calibrated: framework copies (reshapes, casts, RoPE temporaries) above the saved tensors. */
export const ACTIVATION_OVERHEAD = 1.2;

/** vLLM's default budget of prompt tokens per forward pass with chunked prefill. */
export const DEFAULT_PREFILL_CHUNK = 8192;
