/** What a LoRA adapter can be attached to: the attention and MLP projections. */
export type LoraTarget = 'q' | 'k' | 'v' | 'o' | 'gate' | 'up' | 'down';
export const LORA_TARGETS: readonly LoraTarget[] = ['q', 'k', 'v', 'o', 'gate', 'up', 'down'];

export type TrainingMethod = 'full' | 'lora' | 'qlora';

/**
 * How a fine-tuning run is set up. Every field but `method` and `seqLen` has a default.
 *
 * Precision: `'bf16'` is pure bf16 (weights, gradients and optimizer states in bf16, as torchtune
 * and litgpt's bf16-true run); `'mixed'` is bf16 compute with fp32 master weights, gradients and
 * optimizer states for what is trained (frozen base weights of LoRA stay bf16, as PEFT loads them);
 * `'fp32'` is full single precision. On GPUs without bf16 (T4, V100) "bf16" means fp16: same size.
 */
export interface TrainingOptions {
  method: TrainingMethod;
  /** Bits of the frozen base weights for QLoRA: 4 (NF4) or 8 (LLM.int8). Default 4. */
  quantBits?: 4 | 8;
  /** Default 'bf16'. */
  precision?: 'bf16' | 'mixed' | 'fp32';
  /** Default 'adamw'. 'sgd' is plain SGD without momentum (no state). */
  optimizer?: 'adamw' | 'adamw-8bit' | 'sgd';
  /** LoRA rank r. Default 16. */
  loraRank?: number;
  /** Projections that get adapters. Default: all seven. */
  loraTargets?: LoraTarget[];
  /** Sequences per optimizer micro-step on each GPU. Default 1. */
  batchSize?: number;
  /** Tokens per sequence. */
  seqLen: number;
  /** Recompute each block in backward, keeping only block inputs. Default false. */
  gradientCheckpointing?: boolean;
  /** Fused attention (FlashAttention-2 / SDPA memory-efficient): no seq² attention matrix. Default true. */
  flashAttention?: boolean;
  /** GPUs in the run. Default 1. */
  gpus?: number;
  /** 'fsdp' (or DeepSpeed ZeRO-3) shards weights, gradients and optimizer states. Default 'none'. */
  sharding?: 'none' | 'fsdp';
  /** NF4 double quantisation of the quantisation constants. Default true (as in QLoRA). */
  doubleQuant?: boolean;
  /** Dropout on the LoRA input; > 0 keeps a dropped copy of each adapted input. Default 0. */
  loraDropout?: number;
  /** Chunked or fused cross-entropy (Liger, torchtune, litgpt): no full fp32 logits. Default false. */
  chunkedLoss?: boolean;
}

/** How a model is served. Every field but `contextLength` has a default. */
export interface ServingOptions {
  /** Bits of the weights: 16 (bf16/fp16), 8, or 4. Default 16. */
  weightBits?: 16 | 8 | 4;
  /** 4-bit format: GPTQ/AWQ (group size 128), or bitsandbytes NF4 (with double quantisation: 'nf4-dq'). Default 'gptq'. */
  weightFormat?: 'gptq' | 'awq' | 'nf4' | 'nf4-dq';
  /** Bits of the KV cache: 16, 8 (FP8/int8) or 4. Default 16. */
  kvBits?: 16 | 8 | 4;
  /** Tokens each sequence may hold (prompt + generated). */
  contextLength: number;
  /** Concurrent sequences. Default 1. */
  batchSize?: number;
  /** Fused attention: no seq² matrix during prefill. Default true. */
  flashAttention?: boolean;
  /** GPUs the model is split across (tensor parallel). Default 1. */
  gpus?: number;
  /** Prompt tokens processed per forward pass (chunked prefill, vLLM's default budget). Default 8192. */
  prefillChunk?: number;
}

/** Bytes of each part of the peak, per GPU. They add up to `reservedBytes`. */
export interface MemoryBreakdown {
  weights: number;
  gradients: number;
  optimizer: number;
  activations: number;
  logits: number;
  kvCache: number;
  /** CUDA context, allocator reserve and library workspaces. */
  overhead: number;
}

export interface MemoryEstimate {
  /** Peak bytes of live tensors per GPU: comparable to torch.cuda.max_memory_allocated. */
  allocatedBytes: number;
  /** What the GPU shows as used per GPU (nvidia-smi): allocated + allocator reserve + CUDA context. */
  reservedBytes: number;
  /** The CUDA context alone, part of `breakdown.overhead`. */
  cudaContextBytes: number;
  breakdown: MemoryBreakdown;
  /** When the peak happens: in forward/backward, in the optimizer step, or while serving. */
  peakPhase: 'forward-backward' | 'optimizer-step' | 'serving';
  parameters: { total: number; trainable: number; active: number };
  /** What the estimate assumed about this model that the options do not show (stored formats). */
  notes?: string[];
}
