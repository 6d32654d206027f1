/**
 * Where each engine default and size rule was read. Status: "verified" = read in the engine's own
 * source at the named commit; "secondary" = read in a copy or report of it; "unverified" = an
 * estimate with no published figure behind it.
 */
export interface ServingFact {
  source: string;
  status: 'verified' | 'secondary' | 'unverified';
}

export const LLAMA_CPP_COMMIT = 'c392e5094deaf2d1a7c18683214f007fad3fe42b';
export const MLX_LM_COMMIT = 'd78bf58e217c904ec282ed8da9b947491f78c022';
export const VLLM_COMMIT = '001cabc1be16a59a70d720ed61a13b678c060a18';

export const FACTS = {
  ggmlBlocks: {
    source: `github:ggerganov/llama.cpp ggml/src/ggml-common.h @${LLAMA_CPP_COMMIT} (static_assert block sizes: q4_0, q8_0, q4_K, q5_K, q6_K; QK_K = 256)`,
    status: 'verified',
  },
  quantMix: {
    source: `github:ggerganov/llama.cpp src/llama-quant.cpp @${LLAMA_CPP_COMMIT} (llama_tensor_get_type: output at Q6_K, attn_v and ffn_down at Q6_K on use_more_bits layers for Q4_K_M / Q5_K_M, fallback types for rows not divisible by 256; only 2-D tensors named *weight are quantised)`,
    status: 'verified',
  },
  vllmBatchDefaults: {
    source:
      'github:vllm-project/vllm vllm/engine/arg_utils.py (EngineArgs.get_batch_defaults: vllm serve uses max_num_batched_tokens 2048 and max_num_seqs 256, or 8192 and 1024 on GPUs of 70 GiB or more other than the A100)',
    status: 'secondary',
  },
  vllmKvCheck: {
    source: `github:vllm-project/vllm vllm/v1/core/kv_cache_utils.py @${VLLM_COMMIT} (check_enough_kv_cache_memory: the server refuses to start when one max_model_len request does not fit the KV memory, and prints the estimated maximum model length)`,
    status: 'secondary',
  },
  vllmUtilisation: {
    source:
      'https://docs.vllm.ai/en/latest/configuration/conserving_memory/ (gpu_memory_utilization defaults to 0.9 of the device; weights, the profile run peak and CUDA graphs come out of it, the rest is KV cache in blocks of 16 tokens)',
    status: 'secondary',
  },
  vllmGraphs: {
    source:
      'vLLM start-up logs ("Graph capturing finished … took 0.3–1 GiB" for 7–8B models); taken as 0.5 GiB plus the sampler buffers',
    status: 'unverified',
  },
  sglangFraction: {
    source:
      'github:sgl-project/sglang python/sglang/srt/server_args.py (_handle_gpu_memory_settings: mem_fraction_static = (gpu_mem − reserved) / gpu_mem, reserved = 512 MB + 1.5 × max(chunked_prefill_size, 2048) MB + 2 × cuda_graph_max_bs MB + tp/8 GB); chunked_prefill_size 2048 and cuda_graph_max_bs 24 below 35 GB are unverified bucket values',
    status: 'secondary',
  },
  mlxQuant: {
    source: `github:ml-explore/mlx-lm mlx_lm/utils.py @${MLX_LM_COMMIT} (quantize_model: affine mode, group size 64, 4 bits by default; every layer with to_quantized, embeddings included, when its width divides by the group)`,
    status: 'verified',
  },
  mlxWired: {
    source: `github:ml-explore/mlx-lm mlx_lm/generate.py @${MLX_LM_COMMIT} (wired_limit: generation wires up to max_recommended_working_set_size and warns above 90% of it)`,
    status: 'verified',
  },
  phoneFree: {
    source:
      'https://developer.apple.com/forums/thread/826325 (an 8 GB iPad: one app may use about 6 GB on iPadOS 26.0–26.3, about 3 GB, 37.5% of RAM, from iPadOS 26.4, measured with the system API)',
    status: 'secondary',
  },
  cpuFree: {
    source:
      'Assumption: a CPU server leaves 85% of its RAM to one process after the OS, page cache and the server itself',
    status: 'unverified',
  },
  llamaCompute: {
    source:
      'Estimate: llama.cpp compute buffer ≈ n_ubatch (512) × (vocab + 4 × hidden) × 4 bytes, plus the n_ubatch × context × heads score matrix without flash attention',
    status: 'unverified',
  },
} as const satisfies Record<string, ServingFact>;

/** Engine versions the launch commands are written for, with where each flag was read. */
export const SERVING_TOOLS = {
  llamaCpp: {
    name: 'llama.cpp',
    version: 'a build with `--flash-attn on|off|auto`',
    source:
      'github:ggml-org/llama.cpp common/arg.cpp (common_arg {"-fa", "--flash-attn"} "[on|off|auto]": the flag takes a value); convert_hf_to_gguf.py and llama-quantize as in the README',
    status: 'secondary',
  },
  mlxLm: {
    name: 'mlx-lm',
    version: '0.32.0',
    source: `github:ml-explore/mlx-lm mlx_lm/_version.py @${MLX_LM_COMMIT} (mlx_lm.convert -q --q-bits --q-group-size, mlx_lm.fuse, mlx_lm.server)`,
    status: 'verified',
  },
  vllmLoraRanks: {
    name: 'vllm',
    version: 'max_lora_rank ∈ 8, 16, 32, 64, 128, 256, 320, 512',
    source: 'github:vllm-project/vllm vllm/config/lora.py (LoRAConfig: possible_max_ranks)',
    status: 'secondary',
  },
} as const;
