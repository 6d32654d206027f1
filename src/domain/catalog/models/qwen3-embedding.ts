import type { CatalogModel } from '../schema';
import { QWEN_SRC } from './sources/qwen';
import { SHARED_SRC } from './sources/shared';

/**
 * Qwen3 Embedding: Qwen3-Embedding-0.6B.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  ...QWEN_SRC,
  QWEN_EMB_CONFIG_COPY:
    'https://huggingface.co/Qwen/Qwen3-Embedding-0.6B/blob/main/config.json, as a public test fixture quotes it (Qwen3ForCausalLM, qwen3, 28 layers, hidden 1024, 32768 positions, vocab 151669; secondary)',
} as const;

export const qwen3EmbeddingModels: CatalogModel[] = [
  {
    id: 'Qwen/Qwen3-Embedding-0.6B',
    name: 'Qwen3-Embedding-0.6B',
    family: 'Qwen3 Embedding',
    developer: 'Qwen team (Alibaba)',
    purposes: ['similarity'],
    variant: 'task-tuned',
    backbone: 'decoder',
    config: {
      model_type: 'qwen3',
      architectures: ['Qwen3ForCausalLM'],
      vocab_size: 151669,
      hidden_size: 1024,
      intermediate_size: 3072,
      num_hidden_layers: 28,
      num_attention_heads: 16,
      num_key_value_heads: 8,
      head_dim: 128,
      max_position_embeddings: 32768,
      hidden_act: 'silu',
      rms_norm_eps: 1e-6,
      rope_theta: 1000000,
      attention_bias: false,
      tie_word_embeddings: true,
    },
    configStatus: 'secondary',
    parameters: {
      total: 595_776_512,
      precision: 'exact',
      status: 'secondary',
      source: `${SRC.HUB_SNAPSHOT} (safetensors total 595,776,512; equals the count recomputed from this config)`,
    },
    context: { native: 32768, status: 'verified', source: SRC.QWEN_EMB_README },
    languages: {
      coverage: 'multilingual',
      stated:
        "Over 100 languages, including programming languages (the developer's series description, read only in a third-party summary)",
    },
    strengths: ['retrieval', 'multilingual', 'long-context', 'code'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.QWEN_EMB_REPORT },
    benchmarks: [
      {
        name: 'MTEB',
        value: 64.33,
        variant: 'MMTEB v2',
        language: 'multilingual',
        shots: null,
        setting: 'MTEB Multilingual (MMTEB), mean over tasks',
        source: SRC.QWEN_EMB_README,
        status: 'verified',
      },
      {
        name: 'MTEB',
        value: 70.7,
        variant: 'v2',
        language: 'en',
        shots: null,
        setting: 'MTEB English v2, mean over tasks',
        source: SRC.QWEN_EMB_README,
        status: 'verified',
      },
      {
        name: 'MTEB',
        value: 66.33,
        variant: 'C-MTEB',
        language: 'zh',
        shots: null,
        setting: 'C-MTEB (Chinese MTEB), mean over tasks',
        source: SRC.QWEN_EMB_README,
        status: 'verified',
      },
      {
        name: 'MTEB',
        value: 75.41,
        variant: 'v2 code retrieval (MTEB-Code)',
        language: 'code',
        shots: null,
        setting:
          'MTEB-Code (code retrieval tasks), first-stage retrieval row of the reranker table',
        source: SRC.QWEN_EMB_README,
        status: 'verified',
      },
    ],
    released: '2025-06',
    sources: [
      'github:embeddings-benchmark/mteb mteb/models/model_implementations/qwen3_models.py @a905523d (ModelMeta release_date 2025-06-05; secondary); Qwen3 Embedding technical report, arXiv:2506.05176 (June 2025)',
      SRC.QWEN_EMB_README,
      SRC.QWEN_EMB_REPORT,
      SRC.QWEN_EMB_CONFIG_COPY,
      SRC.QWEN3_BASE_CONFIG,
      SRC.HUB_SNAPSHOT,
    ],
    notes: [
      "A decoder: Qwen3-0.6B with causal attention; the embedding is the last layer's hidden state at the [EOS] token. Instruction-aware; output size user-defined from 32 to 1024 (MRL).",
      "vocab_size is 151669 here, not Qwen3-0.6B's 151936: the exact Hub count only matches 151669 (267 fewer embedding rows × 1024).",
      'head_dim 128 is explicit and is not hidden_size / heads (1024 / 16 = 64); q_proj outputs 16 × 128 = 2048.',
      'Dimensions other than layers, hidden size, positions and vocab come from the Qwen3-0.6B config copy and are confirmed by the exact count.',
    ],
  },
];
