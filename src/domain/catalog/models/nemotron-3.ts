import type { CatalogModel } from '../schema';

/**
 * NVIDIA Nemotron 3 Nano (December 2025): a 31.6B hybrid of Mamba-2, attention and
 * mixture-of-experts blocks with about 3.6B parameters active per token, trained from scratch by
 * NVIDIA as one model for reasoning and non-reasoning chat, under the NVIDIA Open Model License.
 */

const CARD =
  'https://huggingface.co/nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16 (model card: 23 Mamba-2 and 23 MoE layers plus 6 attention layers, 128 routed experts, 6 active per token, 30B total and 3.5B active in the description, 31.6B total in the model table; release December 15, 2025; languages en, de, es, fr, it, ja; max input 128K tokens, up to 1M supported, 256k default in the HF config; reasoning benchmark table; NVIDIA Open Model License Agreement), read in a copy of the card: github:nerdpudding/llama_cpp models/documentation/CANDIDATES/README_Nemotron-3-Nano-30B-A3B-GGUF.md @dd378e2932c85d6cfced003d7ba0324f614d5642';
const CONFIG_SOURCE =
  'https://huggingface.co/nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16/blob/main/config.json (verbatim: the published file, every field)';
const REPORT = 'NVIDIA Nemotron 3 Nano technical report (research.nvidia.com/labs/nemotron)';

const nemotron3Nano: CatalogModel = {
  id: 'nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16',
  name: 'NVIDIA-Nemotron-3-Nano-30B-A3B',
  family: 'Nemotron 3',
  developer: 'NVIDIA',
  purposes: ['chat', 'text-generation'],
  variant: 'instruct',
  backbone: 'decoder',
  config: {
    architectures: ['NemotronHForCausalLM'],
    attention_bias: false,
    attention_dropout: 0.0,
    auto_map: {
      AutoConfig: 'configuration_nemotron_h.NemotronHConfig',
      AutoModel: 'modeling_nemotron_h.NemotronHForCausalLM',
      AutoModelForCausalLM: 'modeling_nemotron_h.NemotronHForCausalLM',
    },
    bos_token_id: 1,
    chunk_size: 128,
    conv_kernel: 4,
    eos_token_id: 2,
    expand: 2,
    head_dim: 128,
    hidden_dropout: 0.0,
    hidden_size: 2688,
    hybrid_override_pattern: 'MEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEMEM*EMEMEMEME',
    initializer_range: 0.02,
    intermediate_size: 1856,
    layer_norm_epsilon: 1e-5,
    mamba_head_dim: 64,
    mamba_hidden_act: 'silu',
    mamba_num_heads: 64,
    mamba_proj_bias: false,
    mamba_ssm_cache_dtype: 'float32',
    max_position_embeddings: 262144,
    mlp_bias: false,
    mlp_hidden_act: 'relu2',
    model_type: 'nemotron_h',
    moe_intermediate_size: 1856,
    moe_shared_expert_intermediate_size: 3712,
    n_group: 1,
    n_groups: 8,
    n_routed_experts: 128,
    n_shared_experts: 1,
    norm_eps: 1e-5,
    norm_topk_prob: true,
    num_attention_heads: 32,
    num_experts_per_tok: 6,
    num_hidden_layers: 52,
    num_key_value_heads: 2,
    num_logits_to_keep: 1,
    pad_token_id: 0,
    partial_rotary_factor: 1.0,
    rescale_prenorm_residual: true,
    residual_in_fp32: false,
    rope_theta: 10000,
    routed_scaling_factor: 2.5,
    sliding_window: null,
    ssm_state_size: 128,
    tie_word_embeddings: false,
    time_step_floor: 0.0001,
    time_step_max: 0.1,
    time_step_min: 0.001,
    topk_group: 1,
    torch_dtype: 'bfloat16',
    transformers_version: '4.55.4',
    use_bias: false,
    use_cache: true,
    use_conv_bias: true,
    use_mamba_kernels: true,
    vocab_size: 131072,
  },
  configStatus: 'verified',
  parameters: {
    total: 31_600_000_000,
    precision: 'rounded',
    active: 3_580_073_408,
    status: 'secondary',
    source: `"31.6B total parameters, about 3.2B active (3.6B with embeddings)" (${CARD}); the count from the config, 31,577,937,344 with 3,580,073,408 active including the embeddings, is within 0.07% of it`,
  },
  context: {
    native: 262144,
    extended: 1048576,
    status: 'secondary',
    source: CARD,
    note: 'The published config is set to 256k (max_position_embeddings 262144); the card says the model supports up to 1M tokens at a higher memory cost, and lists 128K as its maximum input and output size. The attention layers use no RoPE.',
  },
  languages: {
    coverage: 'multilingual',
    stated: 'English, German, Spanish, French, Italian and Japanese (card), plus coding languages',
  },
  strengths: ['reasoning', 'math', 'code', 'tool-use', 'long-context', 'multilingual'],
  license: { id: 'nvidia-open-model', status: 'secondary', source: CARD },
  benchmarks: [
    {
      name: 'MMLU-Pro',
      value: 78.3,
      variant: 'reasoning on',
      language: 'en',
      shots: null,
      setting:
        'reasoning benchmark table of the card (Nemo Evaluator SDK / Nemo Skills; reasoning trace on; shots not stated)',
      source: CARD,
      status: 'secondary',
    },
    {
      name: 'LiveCodeBench',
      value: 68.3,
      variant: 'v6',
      language: 'code',
      shots: null,
      setting:
        'LiveCodeBench v6, reasoning on, reasoning benchmark table of the card (which prints the problem window as "2025-08–2025-05")',
      source: CARD,
      status: 'secondary',
    },
  ],
  released: '2025-12',
  sources: [CARD, CONFIG_SOURCE, REPORT],
  notes: [
    'A reasoning model: it writes a reasoning trace before its answer unless the chat template flag turns it off (the card notes a small accuracy loss on hard prompts without it).',
    'Hybrid mixture of experts: 52 single-mixer blocks, 23 Mamba-2, 23 MoE (128 routed experts of width 1,856, 6 per token, plus a shared expert) and 6 grouped-query attention blocks with 2 KV heads, so only 6 layers keep a KV cache.',
    'The MLP and experts use squared-ReLU (relu2) up/down projections without a gate; the modeling code is remote (trust_remote_code) for older transformers releases.',
    'Trained from scratch on 25T tokens, then SFT and multi-environment RL (GRPO) and RLHF; the card says it was "Improved using Qwen". Pre- and post-training datasets are largely published.',
    'Pretrained base checkpoint: nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-Base-BF16 (not listed here).',
    'Licence: the NVIDIA Open Model License Agreement (commercial use and derivatives allowed, with NVIDIA\u2019s Trustworthy AI terms and a guardrail clause); see the licence entry, whose text was not read in full.',
  ],
};

/** The pretrained checkpoint the card names as the start of post-training. */
const nemotron3NanoBase: CatalogModel = {
  ...nemotron3Nano,
  id: 'nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-Base-BF16',
  name: 'NVIDIA-Nemotron-3-Nano-30B-A3B-Base',
  purposes: ['text-generation'],
  variant: 'base',
  configStatus: 'unverified',
  parameters: { ...nemotron3Nano.parameters, status: 'unverified' },
  context: { ...nemotron3Nano.context, status: 'unverified' },
  strengths: ['reasoning', 'math', 'code', 'long-context', 'multilingual'],
  license: { id: 'nvidia-open-model', status: 'unverified', source: CARD },
  benchmarks: [],
  sources: [CARD, CONFIG_SOURCE, REPORT],
  notes: [
    'The pretrained base that the instruct card names as stage 1 (pre-training on crawled and synthetic code, math, science and general data, 25T tokens), before SFT and RL: the starting point for your own post-training.',
    'Unverified: this repository\u2019s card and config.json were not read. Architecture, count and context are those of the post-trained model (same network, trained further), and the licence is assumed to be the same NVIDIA Open Model License Agreement.',
    'Hybrid mixture of experts: 23 Mamba-2, 23 MoE and 6 attention blocks; only the attention blocks keep a KV cache.',
    'Release month assumed to be that of the post-trained model (December 2025); not read for this repository.',
  ],
};

export const nemotronModels: CatalogModel[] = [nemotron3Nano, nemotron3NanoBase];
