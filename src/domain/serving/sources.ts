import { STACK } from '../stack/versions';
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
/** A late-2026 vLLM main commit: CacheConfig's 0.92 default, the serve batch defaults, the CLI flags. */
export const VLLM_CURRENT_COMMIT = '002f10e0cfa1373a19a0d2756598a34b700d20e5';

/** llm-d's table of vLLM 0.11 start-up logs on H100 (config_explorer, read at this commit). */
const LLM_D_VLLM_MEMORY =
  'github:llm-d/llm-d-benchmark config_explorer/empirical-vllm-memory-results.md @4f4d44943c39b76b28e30dfa1fb0dfaf1ee894b5';

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
    source: `github:vllm-project/vllm vllm/engine/arg_utils.py @${VLLM_CURRENT_COMMIT} (EngineArgs.get_batch_defaults: vllm serve uses max_num_batched_tokens 2048 and max_num_seqs 256; 8192 and 1024 on GPUs of 70 GiB or more other than the A100; 16384 and 1024 from 160 GiB, B200 / B300 class; the 0.11 line had the first two tiers only)`,
    status: 'verified',
  },
  vllmKvCheck: {
    source: `github:vllm-project/vllm vllm/v1/core/kv_cache_utils.py @${VLLM_COMMIT} (check_enough_kv_cache_memory: the server refuses to start when one max_model_len request does not fit the KV memory, and prints the estimated maximum model length)`,
    status: 'secondary',
  },
  vllmUtilisation: {
    source: `github:vllm-project/vllm vllm/config/cache.py @${VLLM_CURRENT_COMMIT} (CacheConfig: gpu_memory_utilization default 0.92, DEFAULT_BLOCK_SIZE 16); raised from 0.9 (cache.py @c1d86421174a87056edc90a41dc9942391509e84) by https://github.com/vllm-project/vllm/pull/38284, which made the CUDA graph estimate part of the budget for v0.21`,
    status: 'verified',
  },
  vllmGraphMemory: {
    source:
      'https://github.com/vllm-project/vllm/pull/38284 (v0.21: VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS on by default; KV = utilisation × device − weights − profile peak − non-torch − the graph estimate, which captures two graphs per mode and extrapolates) and the size of the estimate from https://github.com/LMCache/LMCache/issues/3430 (vLLM 0.21.0, Qwen3-8B on a 24 GB RTX A5000: "Profiling CUDA graph memory: PIECEWISE=51 (largest=512), FULL=35 (largest=256)", "Estimated CUDA graph memory: 0.52 GiB total"), and from https://github.com/vllm-project/vllm/issues/50159 (vLLM 0.26.0, Qwen2.5-0.5B-Instruct on an RTX PRO 6000 Blackwell: 6,891,296 KV tokens with graphs against 6,908,880 eager, so about 0.20 GiB reserved); the rule per graph and layer, growing with the square root of the width, is fitted on these two',
    status: 'unverified',
  },
  vllmGraphSizes: {
    source:
      'github:vllm-project/vllm vllm/config/vllm.py @000fc94b754f66aeb60ef5acf1ea2e94cdc65164 (VllmConfig._set_cudagraph_sizes: max_cudagraph_capture_size = min(2 × max_num_seqs, 512, or 1024 on SM100), at most max_num_batched_tokens; sizes 1, 2, 4, every 8 below 256, every 16 from 256); checked against the 51 piecewise and 35 full graphs of LMCache issue 3430 at 256 sequences',
    status: 'verified',
  },
  vllmSamplerV2: {
    source:
      'github:vllm-project/vllm vllm/v1/worker/gpu/model_runner.py @0036d38de46c5d48fdedeb658dedc0fc0f95677d (Model Runner V2 profile_run: a dummy batch of min(max_num_batched_tokens, max_num_seqs) requests, compute_logits and the sampler, which "may skip top_k, top_p, and logprobs" while profiling) and vllm/v1/worker/gpu/sample/penalties.py @0120ce5a60f1a56090b1430eb67469f33029b86a (output_bin_counts: max_num_reqs × vocabulary int32, allocated with the sampler); the profiled logits stay bf16 (https://github.com/vllm-project/vllm/pull/57926, open, measures the fp32 upcast the profile misses at about 7 bytes per logit); V2 is the default for dense models from 0.25.1 (https://github.com/vllm-project/vllm/pull/44443) and for all models from https://github.com/vllm-project/vllm/pull/53183, and reserves graph memory since https://github.com/vllm-project/vllm/pull/53306',
    status: 'secondary',
  },
  vllmProfile: {
    source: `${LLM_D_VLLM_MEMORY} (vLLM 0.11 on H100, 79.18 GiB: KV cache = 0.9 × 79.18 GiB − weights − peak activation − non-torch memory exactly; the peak is 5.56 GiB for Qwen3-0.6B, 4.76 for Llama-3.1-8B, 7.38 for gpt-oss-20b, vocabulary × 1024 sequences × 38 bytes and the hidden states, far above the forward pass; CUDA graphs measured apart, −0.88 to +1.03 GiB) and https://github.com/vllm-project/vllm/pull/10511 (youkaichao's sanity check, Llama-3-8B at 256 sequences: activation peak 1.26 GiB)`,
    status: 'secondary',
  },
  vllmForward: {
    source:
      'github:vllm-project/vllm vllm/model_executor/models/llama.py @0035bdf2b1ac243ef6f31eef27411b022461df8e (LlamaMLP.forward: gate_up, _ = self.gate_up_proj(x); x = self.act_fn(gate_up); x, _ = self.down_proj(x), so gate_up is live while down_proj writes; the decoder layer holds the residual and the MLP input); checked against https://github.com/vllm-project/vllm/issues/10517 (Llama-3.1-8B, V0, 20000 and 29000 batched tokens: 2.07 and 2.99 GiB)',
    status: 'secondary',
  },
  vllmNonTorch: {
    source: `${LLM_D_VLLM_MEMORY} (non-torch memory 0.13–0.14 GiB on one H100 for five models, 0.54–0.55 GiB per GPU at tensor parallelism 2); more GPUs are taken as 2; current releases log it merged with the weights, so the 0.11 figures stand for them too`,
    status: 'secondary',
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
  bnbTransient: {
    source:
      'github:bitsandbytes-foundation/bitsandbytes bitsandbytes/autograd/_functions.py @60a0d8a5084f4f592ace550aa683bcf5a449c82c (MatMul4Bit.forward: linear(A, dequantize_4bit(B).to(A.dtype).t()) for more than one token) and bitsandbytes nn/modules.py (Int8Params and Params4bit quantise a .half() copy on the GPU); github:huggingface/transformers src/transformers/utils/quantization_config.py @142576881d4a9cc79c35a77e8e7e013024c6eb50 (bnb_4bit_compute_dtype defaults to torch.float32); checked against the octocoder 8- and 4-bit peaks of "Optimizing LLMs for Speed and Memory"',
    status: 'secondary',
  },
  llamaCompute: {
    source:
      'https://github.com/fedora-copr/logdetective/pull/106 (llama.cpp server, Mistral-7B-Instruct-v0.2, n_ubatch 512, no flash attention: compute buffer 164 MiB at n_ctx 2048 and 2144 MiB at 32768 = 512 × n_ctx × 33 × 4 bytes (32 heads of scores and the mask) + 512 × 4 × 4096 × 4; the output stage, 512 × (vocab + hidden) × 4 bytes, is the larger one at short contexts)',
    status: 'secondary',
  },
} as const satisfies Record<string, ServingFact>;

/** Engine versions the launch commands are written for, with where each flag was read. */
export const SERVING_TOOLS = {
  mlxLm: {
    name: 'mlx-lm',
    version: STACK.mlxLm.version,
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
