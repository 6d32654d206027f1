import type { CatalogModel } from '../schema';

/**
 * StarCoder2 (BigCode, February 2024): code base models of 3B, 7B and 15B parameters trained on
 * The Stack v2 with fill-in-the-middle, grouped-query attention, a 16,384-token window and 4,096-token
 * sliding-window attention. BigCode OpenRAIL-M licence.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  TRANSFORMERS_DOC:
    'github:huggingface/transformers docs/source/en/model_doc/starcoder2.md (3B, 7B and 15B; the 15B trained on over 4 trillion tokens and 600+ programming languages from The Stack v2; grouped-query attention, a context window of 16,384 tokens with sliding-window attention of 4,096 tokens; Fill-in-the-Middle objective; paper arXiv:2402.19173)',
  PAPER:
    'StarCoder 2 and The Stack v2: The Next Generation, arXiv:2402.19173 (https://arxiv.org/abs/2402.19173), February 2024',
  REPO_README:
    'github:bigcode-project/starcoder2 README.md (3B and 7B trained on 3+ trillion tokens, 15B on 4+ trillion; 600+ programming languages; intended for code completion, not instructions), read in a verbatim copy: github:dxdyt/blog-web content/posts/starcoder2.md',
  WIDTHS:
    'github:NVIDIA/NeMo nemo/collections/llm/gpt/model/starcoder2.py @7894f2c8604aa48ed7b40c468b6bb8dea5cd2f30 (Starcoder2Config3B / 7B / 15B: layers, hidden size, FFN size, query groups, attention heads and rotary base of each size; the converter of the HF checkpoints)',
  CONFIGS:
    'github:NVIDIA/TensorRT-LLM tests/unittest/_torch/modeling/test_modeling_starcoder2.py @f00d21a3c0990c7f1ec1176ca85936b9c5f540cd (STARCODER2_3B / 7B / 15B_CONFIG "based on HuggingFace configs": vocab 49152, gelu_pytorch_tanh, 16384 positions, norm_epsilon 1e-5, sliding_window 4096, use_bias true and each size\u2019s widths and rope_theta; reduced to 6 layers for testing, restored here to 30 / 32 / 40; tie_word_embeddings not stated)',
  HUB_7B_FILES:
    'https://huggingface.co/bigcode/starcoder2-7b/tree/main (model-00001..3-of-00003.safetensors: 4.89 + 4.95 + 4.51 GB = 14.35 GB of bf16, i.e. 7.17B parameters: tied embeddings)',
  HUB_15B_FILES:
    'https://huggingface.co/bigcode/starcoder2-15b/tree/main (14 safetensors shards, 63.8 GB of fp32, i.e. 15.96B parameters: untied embeddings)',
  LICENSE: 'https://huggingface.co/bigcode/starcoder2-15b (model card: license bigcode-openrail-m)',
} as const;

/** The FIM tokens StarCoder2 was trained with (paper, Section 5: repository-level FIM format). */
const FIM = {
  tokens: { prefix: '<fim_prefix>', suffix: '<fim_suffix>', middle: '<fim_middle>' },
  status: 'secondary',
  source:
    'StarCoder 2 and The Stack v2, arXiv:2402.19173, Section 5 (https://arxiv.org/html/2402.19173v1#S5: <fim_prefix>, <fim_suffix>, <fim_middle> within <file_sep>-separated files), read in a transcription of that section: github:g0t4/ask-openai.nvim notes/fim_scenarios/starcoder2.md',
} as const;

const LICENSE = { id: 'bigcode-openrail-m', status: 'secondary', source: SRC.LICENSE } as const;

const CONTEXT = {
  native: 16384,
  status: 'verified',
  source: SRC.TRANSFORMERS_DOC,
  note: 'Every block attends over a sliding window of 4,096 tokens within the 16,384-token context, so the key/value cache per sequence stops growing at 4,096 tokens.',
} as const;

const LANGUAGES = {
  coverage: 'english',
  stated:
    '600+ programming languages (The Stack v2) plus English natural-language text such as Wikipedia, arXiv and GitHub issues',
} as const;

/** Fields the three published configs share (Starcoder2Config names). */
const SHARED_CONFIG = {
  model_type: 'starcoder2',
  architectures: ['Starcoder2ForCausalLM'],
  vocab_size: 49152,
  hidden_act: 'gelu_pytorch_tanh',
  max_position_embeddings: 16384,
  norm_epsilon: 1e-5,
  sliding_window: 4096,
  use_bias: true,
} as const;

const NOTES = [
  'A code base model for completion: BigCode says it is not an instruction model and commands such as "Write a function that computes the square root" do not work well; fine-tune it for chat or tasks.',
  'GPT-style blocks: LayerNorm with bias, biases on every projection, a plain (not gated) GELU MLP (c_fc / c_proj), rotary positions and grouped-query attention.',
  'Trained with the Fill-in-the-Middle objective at repository level: a completion prompt is <fim_prefix>code before<fim_suffix>code after<fim_middle>, optionally after <repo_name> and <file_sep> context (paper, Section 5).',
  'No benchmark is listed: the model card\u2019s evaluation figures were not read in a form that gives their exact setting.',
  'Release month from the paper (arXiv:2402.19173, February 2024).',
];

const PARAMETER_NOTE =
  'Computed from the config (embeddings, biased q/k/v/o and MLP projections, two LayerNorms per block and a final one); the checkpoint\u2019s own safetensors total was not read';

export const starcoder2Models: CatalogModel[] = [
  {
    id: 'bigcode/starcoder2-3b',
    name: 'starcoder2-3b',
    family: 'StarCoder2',
    developer: 'BigCode (Hugging Face and ServiceNow)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      ...SHARED_CONFIG,
      hidden_size: 3072,
      intermediate_size: 12288,
      num_hidden_layers: 30,
      num_attention_heads: 24,
      num_key_value_heads: 2,
      rope_theta: 999999.4420358813,
    },
    configStatus: 'secondary',
    parameters: {
      total: 3_030_371_328,
      precision: 'exact',
      status: 'secondary',
      source: `${PARAMETER_NOTE}; the model name and card give 3B (${SRC.TRANSFORMERS_DOC})`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['code'],
    license: LICENSE,
    benchmarks: [],
    fim: FIM,
    released: '2024-02',
    sources: [SRC.TRANSFORMERS_DOC, SRC.PAPER, SRC.CONFIGS, SRC.WIDTHS, SRC.REPO_README],
    notes: [
      'Trained on 3+ trillion tokens (BigCode README); the smallest StarCoder2.',
      'tie_word_embeddings is not confirmed for the published file: the copies read do not state it, so Starcoder2Config\u2019s default (true, tied input and output embeddings) is used, as the 7B checkpoint\u2019s size shows for its sibling; untied, the count would be 3.18B.',
      ...NOTES,
    ],
  },
  {
    id: 'bigcode/starcoder2-7b',
    name: 'starcoder2-7b',
    family: 'StarCoder2',
    developer: 'BigCode (Hugging Face and ServiceNow)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      ...SHARED_CONFIG,
      hidden_size: 4608,
      intermediate_size: 18432,
      num_hidden_layers: 32,
      num_attention_heads: 36,
      num_key_value_heads: 4,
      rope_theta: 1000000,
    },
    configStatus: 'secondary',
    parameters: {
      total: 7_173_923_840,
      precision: 'exact',
      status: 'secondary',
      source: `${PARAMETER_NOTE}, with tied embeddings, which the published shard sizes confirm (${SRC.HUB_7B_FILES})`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['code'],
    license: LICENSE,
    benchmarks: [],
    fim: FIM,
    released: '2024-02',
    sources: [SRC.TRANSFORMERS_DOC, SRC.PAPER, SRC.CONFIGS, SRC.WIDTHS, SRC.HUB_7B_FILES],
    notes: [
      'Trained on 3+ trillion tokens (BigCode README).',
      'tie_word_embeddings is left to Starcoder2Config\u2019s default (true): the copies read do not state it, and the checkpoint\u2019s 14.35 GB of bf16 shards hold 7.17B parameters, which only tied embeddings give (untied would be 7.40B).',
      ...NOTES,
    ],
  },
  {
    id: 'bigcode/starcoder2-15b',
    name: 'starcoder2-15b',
    family: 'StarCoder2',
    developer: 'BigCode (Hugging Face and ServiceNow)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      ...SHARED_CONFIG,
      hidden_size: 6144,
      intermediate_size: 24576,
      num_hidden_layers: 40,
      num_attention_heads: 48,
      num_key_value_heads: 4,
      rope_theta: 100000,
      tie_word_embeddings: false,
    },
    configStatus: 'secondary',
    parameters: {
      total: 15_957_889_024,
      precision: 'exact',
      status: 'secondary',
      source: `${PARAMETER_NOTE}, with untied embeddings, which the published repository size confirms (${SRC.HUB_15B_FILES})`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['code'],
    license: LICENSE,
    benchmarks: [],
    fim: FIM,
    released: '2024-02',
    sources: [SRC.TRANSFORMERS_DOC, SRC.PAPER, SRC.CONFIGS, SRC.WIDTHS, SRC.HUB_15B_FILES],
    notes: [
      'The flagship: trained on 4+ trillion tokens and 600+ programming languages; untied input and output embeddings (tie_word_embeddings false: TensorRT-LLM\u2019s copy omits the field; a verbatim copy of the 15B config.json quoted in a third-party parameter-count note, whose repository was not identified, states false, and the repository size confirms it), so it is 15.96B parameters rather than the 15B of its name; the weights are stored in fp32 (63.8 GB), load them in bf16.',
      ...NOTES,
    ],
  },
];
