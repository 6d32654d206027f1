/** What a LoRA adapter can be attached to: the attention and MLP projections. */
export type LoraTarget = 'q' | 'k' | 'v' | 'o' | 'gate' | 'up' | 'down';
export const LORA_TARGETS: readonly LoraTarget[] = ['q', 'k', 'v', 'o', 'gate', 'up', 'down'];

export type TrainingMethod = 'full' | 'lora' | 'qlora';

/**
 * How the loss reads the output head. 'plain': transformers' ForCausalLMLoss over the full
 * [tokens × vocabulary] logits (bf16 logits, their fp32 copy, fp32 log-softmax and gradient);
 * 'chunked': TRL's `loss_type="chunked_nll"` (the SFTTrainer default), the head applied to
 * non-ignored tokens in checkpointed chunks of 256; 'liger': Liger's fused linear cross-entropy;
 * 'cce': Apple's Cut Cross-Entropy, which never materialises the logits. 'chunked-output' is the
 * 2024 kind (torchtune's CEWithChunkedOutputLoss, litgpt's chunked cross-entropy): whole bf16
 * logits, upcast to fp32 one chunk at a time.
 */
export type LossKernel = 'plain' | 'chunked-output' | 'chunked' | 'liger' | 'cce';
/** The kernels a plan can choose; 'chunked-output' describes measured 2024 runs only. */
export const LOSS_KERNELS: readonly LossKernel[] = ['plain', 'chunked', 'liger', 'cce'];

/**
 * The optimizer. 'adamw' is torch's fused AdamW (`adamw_torch_fused`, transformers' default with
 * torch ≥ 2.8); 'adamw-foreach' the older multi-tensor AdamW (`adamw_torch`), which makes one
 * state-sized temporary in the update; 'adamw-8bit' and 'paged-adamw-8bit' bitsandbytes' 8-bit
 * AdamW (paged: states in unified memory that can spill to the CPU); 'sgd' plain SGD (no state).
 */
export type OptimizerName = 'adamw' | 'adamw-foreach' | 'adamw-8bit' | 'paged-adamw-8bit' | 'sgd';
export const OPTIMIZERS: readonly OptimizerName[] = [
  'adamw',
  'adamw-foreach',
  'adamw-8bit',
  'paged-adamw-8bit',
  'sgd',
];

/**
 * How the run starts and spreads over GPUs. 'single': one process; 'ddp': one full replica per
 * GPU, gradients all-reduced in buckets (a second gradient copy); 'fsdp2': PyTorch FSDP2 full
 * sharding of weights, gradients and states; 'zero2': DeepSpeed ZeRO-2 (gradients and states
 * sharded, weights replicated); 'zero3': DeepSpeed ZeRO-3 (everything sharded).
 */
export type Launcher = 'single' | 'ddp' | 'fsdp2' | 'zero2' | 'zero3';
export const LAUNCHERS: readonly Launcher[] = ['single', 'ddp', 'fsdp2', 'zero2', 'zero3'];

/** What sharded runs keep in CPU memory: nothing, the optimizer states, or states and weights. */
export type CpuOffload = 'none' | 'optimizer' | 'optimizer+params';

/**
 * How a fine-tuning run is set up: the plan the estimate and every export read. Every field but
 * `method` and `seqLen` has a default; the defaults follow the stack profile (src/domain/stack).
 *
 * Precision: `'bf16'` is pure bf16 (weights, gradients and optimizer states in bf16: what
 * transformers 5 loads with `dtype="auto"` or `torch.bfloat16`); `'mixed'` is bf16 autocast over
 * fp32 master weights, gradients and optimizer states for what is trained (frozen base weights of
 * LoRA stay bf16, as PEFT loads them); `'fp32'` is full single precision. On GPUs without bf16
 * (T4, V100) "bf16" means fp16: same size.
 */
export interface TrainingOptions {
  method: TrainingMethod;
  /** Bits of the frozen base weights for QLoRA: 4 (NF4) or 8 (LLM.int8). Default 4. */
  quantBits?: 4 | 8;
  /** Default 'bf16'. */
  precision?: 'bf16' | 'mixed' | 'fp32';
  /** Default 'adamw' (fused). */
  optimizer?: OptimizerName;
  /** LoRA rank r. Default 16. */
  loraRank?: number;
  /** Projections that get adapters. Default: all seven. */
  loraTargets?: LoraTarget[];
  /**
   * Mixture of experts: whether MLP targets also wrap every routed expert (true) or only the
   * shared and dense MLPs (false). Default true.
   */
  loraOnExperts?: boolean;
  /** Sequences per optimizer micro-step on each GPU. Default 1. */
  batchSize?: number;
  /** Tokens per sequence. */
  seqLen: number;
  /** Recompute each block in backward, keeping only block inputs. Default false. */
  gradientCheckpointing?: boolean;
  /**
   * Keep the checkpointed block inputs in CPU memory (TRL's `activation_offloading`); only with
   * gradient checkpointing. Default false.
   */
  activationOffload?: boolean;
  /** Fused attention (FlashAttention-2 / SDPA memory-efficient): no seq² attention matrix. Default true. */
  flashAttention?: boolean;
  /** GPUs in the run. Default 1. */
  gpus?: number;
  /** Default 'ddp' on several GPUs, 'single' on one. */
  launcher?: Launcher;
  /** CPU offload of a sharded run (FSDP2 or ZeRO). Default 'none'. */
  cpuOffload?: CpuOffload;
  /** NF4 double quantisation of the quantisation constants. Default true (as in QLoRA). */
  doubleQuant?: boolean;
  /** Dropout on the LoRA input; > 0 keeps a dropped copy of each adapted input. Default 0. */
  loraDropout?: number;
  /** Default 'chunked' (TRL's SFTTrainer default). Encoders have no vocabulary loss. */
  lossKernel?: LossKernel;
  /**
   * QLoRA: PEFT's `prepare_model_for_kbit_training` casts every weight bitsandbytes did not
   * quantise (embeddings, output head, norms) to fp32, so the residual stream and the checkpointed
   * block inputs are fp32 too. Default true with QLoRA.
   */
  kbitUpcast?: boolean;
  /**
   * QLoRA on a mixture of experts: whether the routed experts are quantised. transformers 5 stores
   * experts as fused 3-D parameters that bitsandbytes leaves in bf16. Default false.
   */
  quantizeExperts?: boolean;
  /**
   * Pack several examples into each sequence (TRL `packing=True`, padding-free with
   * FlashAttention). Memory is that of full sequences either way; packing changes speed. Default false.
   */
  packing?: boolean;
  /**
   * Contrastive training: texts each example encodes (a pair is 2, a pair plus k hard negatives
   * 2 + k; a reranker's query with k negatives is k + 1 pairs). Default 1.
   */
  textsPerExample?: number;
  /**
   * GradCache (sentence-transformers' Cached… losses): examples encoded per forward pass, while
   * `batchSize` stays the in-batch-negative batch. Default: no GradCache.
   */
  gradCacheMiniBatch?: number;
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
