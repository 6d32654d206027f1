import type { CatalogModel } from '../schema';

/**
 * The larger Qwen3 Embedding models (June 2025): Qwen3-4B and Qwen3-8B turned into bi-encoders
 * (last-token pooling, instruction-aware, Matryoshka output sizes). They join the 0.6B entry in
 * models.encoders.ts.
 */

const SRC = {
  README:
    'github:QwenLM/Qwen3-Embedding README.md @f4ad0c43 (model list: layers, 32K sequence length, embedding dimension; MTEB Multilingual, MTEB Eng v2 and C-MTEB tables; supported-language table)',
  REPORT:
    'github:QwenLM/Qwen3-Embedding qwen3_embedding_technical_report.pdf (Apache 2.0 statement, Table 1)',
  KERAS:
    'github:keras-team/keras-hub keras_hub/src/models/qwen3/qwen3_presets.py @71453d08f59edc90d276e999319fc51e61cbf82c (exact stored-parameter counts of the converted weights: qwen3_embedding_4b_en 4,021,774,336; qwen3_embedding_8b_en 8,188,515,328; secondary)',
  MTEB: 'github:embeddings-benchmark/mteb mteb/models/model_implementations/qwen3_models.py @a905523d0111f999360b312bd4a601a0a97a0e1c (ModelMeta: Qwen3-Embedding-4B n_parameters 4,021,774,336, Qwen3-Embedding-8B 7,567,295,488, release_date 2025-06-05; secondary)',
  HUB_8B:
    'https://huggingface.co/Qwen/Qwen3-Embedding-8B (model page, whose safetensors total is given as 7.57B params; that figure was not re-read here)',
  QWEN3_KERAS:
    'github:keras-team/keras-hub keras_hub/src/models/qwen3/qwen3_presets.py @71453d08f59edc90d276e999319fc51e61cbf82c (Qwen3-4B 4,022,468,096 and Qwen3-8B 8,190,735,360, the base shapes; secondary)',
} as const;

const QWEN3_EMBEDDING_4B_CONFIG = {
  model_type: 'qwen3',
  architectures: ['Qwen3ForCausalLM'],
  vocab_size: 151665,
  hidden_size: 2560,
  intermediate_size: 9728,
  num_hidden_layers: 36,
  num_attention_heads: 32,
  num_key_value_heads: 8,
  head_dim: 128,
  max_position_embeddings: 40960,
  hidden_act: 'silu',
  rms_norm_eps: 1e-6,
  rope_theta: 1000000,
  attention_bias: false,
  tie_word_embeddings: true,
};

const QWEN3_EMBEDDING_8B_CONFIG = {
  model_type: 'qwen3',
  architectures: ['Qwen3ForCausalLM'],
  vocab_size: 151665,
  hidden_size: 4096,
  intermediate_size: 12288,
  num_hidden_layers: 36,
  num_attention_heads: 32,
  num_key_value_heads: 8,
  head_dim: 128,
  max_position_embeddings: 40960,
  hidden_act: 'silu',
  rms_norm_eps: 1e-6,
  rope_theta: 1000000,
  attention_bias: false,
  tie_word_embeddings: false,
};

const LANGUAGES = {
  coverage: 'multilingual',
  stated:
    'The Qwen3 languages (119 languages and dialects in the README table) and programming languages',
} as const;

const mteb = (
  value: number,
  variant: string,
  language: 'en' | 'multilingual' | 'zh',
  setting: string,
) =>
  ({
    name: 'MTEB',
    value,
    variant,
    language,
    shots: null,
    setting,
    source: SRC.README,
    status: 'verified',
  }) as const;

export const qwen3Embedding4b8bModels: CatalogModel[] = [
  {
    id: 'Qwen/Qwen3-Embedding-4B',
    name: 'Qwen3-Embedding-4B',
    family: 'Qwen3 Embedding',
    developer: 'Qwen team (Alibaba)',
    purposes: ['similarity'],
    variant: 'task-tuned',
    backbone: 'decoder',
    config: QWEN3_EMBEDDING_4B_CONFIG,
    configStatus: 'secondary',
    parameters: {
      total: 4021774336,
      precision: 'exact',
      status: 'secondary',
      source: `${SRC.KERAS}; equal to the count computed from this config`,
    },
    context: { native: 32768, status: 'verified', source: SRC.README },
    languages: LANGUAGES,
    strengths: ['retrieval', 'multilingual', 'long-context', 'code'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.REPORT },
    benchmarks: [
      mteb(69.45, 'MMTEB v2', 'multilingual', 'MTEB Multilingual (MMTEB), mean over tasks'),
      mteb(74.6, 'v2', 'en', 'MTEB English v2, mean over tasks'),
      mteb(72.27, 'C-MTEB', 'zh', 'C-MTEB (Chinese MTEB), mean over tasks'),
    ],
    released: '2025-06',
    sources: [SRC.README, SRC.REPORT, SRC.KERAS, SRC.QWEN3_KERAS],
    notes: [
      "A decoder used as an embedder: Qwen3-4B with causal attention; the embedding is the last layer's hidden state at the final [EOS] token. Instruction-aware; output size user-defined up to 2,560 (MRL).",
      "Config: the Qwen3-4B shape (36 layers per the README, hidden 2,560) with vocab_size 151665 and tied embeddings. Those two fields are inferred from keras-hub's exact count, which is Qwen3-4B's 4,022,468,096 less 271 embedding rows of 2,560; max_position_embeddings 40960 follows the Qwen3 base configs and does not change the count. The published config.json was not read (secondary).",
      'head_dim 128 is explicit and is not hidden_size / heads (2560 / 32 = 80).',
      'Fine-tune with sentence-transformers or the Qwen3-Embedding training recipe (SWIFT, per the repository docs); bf16 on GPUs that have it.',
    ],
  },
  {
    id: 'Qwen/Qwen3-Embedding-8B',
    name: 'Qwen3-Embedding-8B',
    family: 'Qwen3 Embedding',
    developer: 'Qwen team (Alibaba)',
    purposes: ['similarity'],
    variant: 'task-tuned',
    backbone: 'decoder',
    config: QWEN3_EMBEDDING_8B_CONFIG,
    configStatus: 'secondary',
    parameters: {
      total: 7567295488,
      precision: 'exact',
      status: 'secondary',
      source: `${SRC.MTEB}, rounded to 7.57B by ${SRC.HUB_8B}; equal to the count computed from this config as sentence-transformers loads it (AutoModel: no output head). ${SRC.KERAS} counts 8,188,515,328, the same shape with an untied 151,665 x 4,096 head (621,219,840) that the embedding checkpoint does not store`,
    },
    context: { native: 32768, status: 'verified', source: SRC.README },
    languages: LANGUAGES,
    strengths: ['retrieval', 'multilingual', 'long-context', 'code'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.REPORT },
    benchmarks: [
      mteb(70.58, 'MMTEB v2', 'multilingual', 'MTEB Multilingual (MMTEB), mean over tasks'),
      mteb(75.22, 'v2', 'en', 'MTEB English v2, mean over tasks'),
      mteb(73.84, 'C-MTEB', 'zh', 'C-MTEB (Chinese MTEB), mean over tasks'),
    ],
    released: '2025-06',
    sources: [SRC.README, SRC.REPORT, SRC.MTEB, SRC.HUB_8B, SRC.KERAS, SRC.QWEN3_KERAS],
    notes: [
      'A decoder used as an embedder: Qwen3-8B with causal attention, last-token pooling, instruction-aware, output size user-defined up to 4,096 (MRL). The README reports it first on the MTEB multilingual leaderboard on June 5, 2025 (70.58).',
      "Config: the Qwen3-8B shape (36 layers, hidden 4,096) with vocab_size 151665 and untied embeddings, inferred from keras-hub's exact count (Qwen3-8B's 8,190,735,360 less 271 rows in both the embedding and the head). The published config.json was not read (secondary).",
      'No output head: the config says tie_word_embeddings false, but the checkpoint stores only the base model (7,567,295,488 parameters), which is what AutoModel / sentence-transformers loads and trains; the memory model counts no LM head and no vocabulary logits for an embedding model. Counting the untied head would overstate the weights by 621,219,840 (about 8%).',
      'head_dim 128 is explicit (here equal to 4096 / 32).',
    ],
  },
];
