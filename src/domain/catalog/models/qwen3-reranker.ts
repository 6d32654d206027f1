import type { CatalogModel } from '../schema';
import { QWEN_SRC } from './sources/qwen';
import { SHARED_SRC } from './sources/shared';

/**
 * Qwen3 Reranker: Qwen3-Reranker-0.6B.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  ...QWEN_SRC,
} as const;

export const qwen3RerankerModels: CatalogModel[] = [
  {
    id: 'Qwen/Qwen3-Reranker-0.6B',
    name: 'Qwen3-Reranker-0.6B',
    family: 'Qwen3 Reranker',
    developer: 'Qwen team (Alibaba)',
    purposes: ['reranking'],
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
      source: `${SRC.HUB_SNAPSHOT} (safetensors total 595,776,512; equals the count recomputed from this config with tied embeddings)`,
    },
    context: { native: 32768, status: 'verified', source: SRC.QWEN_EMB_README },
    languages: {
      coverage: 'multilingual',
      stated:
        "Over 100 languages, including programming languages (the developer's series description, read only in a third-party summary)",
    },
    strengths: ['retrieval', 'multilingual', 'long-context'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.QWEN_EMB_REPORT },
    benchmarks: [
      {
        name: 'MTEB-R',
        value: 65.8,
        variant: 'top-100 of Qwen3-Embedding-0.6B',
        language: 'en',
        shots: null,
        setting:
          'MTEB-R (English MTEB v2 retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B',
        source: SRC.QWEN_EMB_README,
        status: 'verified',
      },
      {
        name: 'MTEB-R',
        value: 66.36,
        variant: 'top-100 of Qwen3-Embedding-0.6B',
        language: 'multilingual',
        shots: null,
        setting:
          'MMTEB-R (multilingual MTEB retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B',
        source: SRC.QWEN_EMB_README,
        status: 'verified',
      },
      {
        name: 'MTEB-R',
        value: 71.31,
        variant: 'top-100 of Qwen3-Embedding-0.6B',
        language: 'zh',
        shots: null,
        setting:
          'CMTEB-R (Chinese MTEB retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B',
        source: SRC.QWEN_EMB_README,
        status: 'verified',
      },
      {
        name: 'MTEB-R',
        value: 73.42,
        variant: 'top-100 of Qwen3-Embedding-0.6B',
        language: 'code',
        shots: null,
        setting:
          'MTEB-Code (code retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B',
        source: SRC.QWEN_EMB_README,
        status: 'verified',
      },
    ],
    released: '2025-06',
    sources: [
      'Qwen3 Embedding technical report, arXiv:2506.05176 (June 2025: the Qwen3 Embedding and Reranker series released together)',
      SRC.QWEN_EMB_README,
      SRC.QWEN_EMB_REPORT,
      SRC.QWEN3_BASE_CONFIG,
      SRC.HUB_SNAPSHOT,
    ],
    notes: [
      'A pointwise LLM reranker, not a classic cross-encoder: Qwen3-0.6B reads instruction + query + document and the score is P("yes") vs P("no") from the (tied) LM head.',
      "vocab_size 151669 and tie_word_embeddings true are inferred from the exact Hub count (595,776,512, the same as Qwen3-Embedding-0.6B); this repo's config.json was not read directly.",
      'head_dim 128 is explicit and is not hidden_size / heads (1024 / 16 = 64).',
    ],
  },
];
