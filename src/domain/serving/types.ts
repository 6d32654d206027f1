import type { ModelSpec } from '../memory/spec';

export type Engine = 'vllm' | 'sglang' | 'transformers' | 'llama.cpp' | 'mlx';

export const ENGINE_LABELS: Record<Engine, string> = {
  vllm: 'vLLM',
  sglang: 'SGLang',
  transformers: 'transformers generate',
  'llama.cpp': 'llama.cpp (GGUF)',
  mlx: 'MLX (mlx-lm)',
};

/** The device an engine runs on, as the serving plan sees it. */
export interface ServingDevice {
  kind: 'gpu' | 'apple' | 'edge' | 'cpu';
  name: string;
  /** Bytes the driver reports (GPU), the GPU's wired share (Apple) or the RAM (edge, CPU). */
  memoryBytes: number;
  fp8: boolean;
  flashAttention: boolean;
  /** Peak memory bandwidth, bytes per second; null when unknown. */
  bandwidthBytesPerSecond: number | null;
  /** Peak dense 16-bit tensor throughput, FLOP/s; null when unknown. */
  flopsPerSecond: number | null;
}

/** What the user asked to serve. */
export interface ServingRequest {
  model: ModelSpec;
  /** Tokens per sequence (prompt + generated). */
  contextTokens: number;
  concurrency: number;
  /** The model's own window: no engine plans more. */
  modelContextTokens: number;
  /** Tensor-parallel GPUs. */
  gpus: number;
  /** Weight bits of the 16/8/4-bit plan (vLLM, SGLang, transformers). */
  weightBits: 16 | 8 | 4;
  /** LoRA adapter served beside the base (vLLM --enable-lora): its rank and parameters; null when merged or none. */
  adapter: { rank: number; parameters: number } | null;
}

/** One engine's plan: memory at the request, the limits it leaves, and its launch settings. */
export interface EnginePlan {
  engine: Engine;
  label: string;
  fits: boolean;
  /** Bytes the engine takes on the device at the request (the whole pre-allocation for vLLM/SGLang). */
  totalBytes: number;
  /** Bytes the request needs: what is fixed (weights, working memory) plus its KV cache. */
  neededBytes: number;
  weightsBytes: number;
  /** KV cache the request needs (context × concurrency). */
  kvCacheBytes: number;
  capacityBytes: number;
  /** Longest context per sequence at the requested concurrency. */
  maxContextTokens: number;
  /** Most sequences at the requested context. */
  maxConcurrency: number;
  weightFormat: string;
  kvPrecision: string;
  /** Engine-specific figures shown beside the plan and used by the launch command. */
  settings: Record<string, number | string>;
  notes: string[];
}
