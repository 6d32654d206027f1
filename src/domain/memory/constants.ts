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

/** With a chunked/fused loss only the bf16 logits and their bf16 gradient stay whole. */
export const LOGIT_BYTES_CHUNKED = 4;

/** Calibrated: framework copies (reshapes, casts, RoPE temporaries) above the saved tensors. */
export const ACTIVATION_OVERHEAD = 1.2;

/** vLLM's default budget of prompt tokens per forward pass with chunked prefill. */
export const DEFAULT_PREFILL_CHUNK = 8192;
