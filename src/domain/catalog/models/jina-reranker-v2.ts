import type { CatalogModel } from '../schema';
import { QWEN_SRC } from './sources/qwen';
import { SHARED_SRC } from './sources/shared';

/**
 * Jina Reranker v2: jina-reranker-v2-base-multilingual.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  ...QWEN_SRC,
} as const;

export const jinaRerankerV2Models: CatalogModel[] = [
  {
    id: 'jinaai/jina-reranker-v2-base-multilingual',
    name: 'Jina Reranker v2 base multilingual',
    family: 'Jina Reranker v2',
    developer: 'Jina AI',
    purposes: ['reranking'],
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaForSequenceClassification'],
      vocab_size: 250002,
      hidden_size: 768,
      intermediate_size: 3072,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 1026,
      type_vocab_size: 1,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-5,
      pad_token_id: 1,
      use_flash_attn: true,
      id2label: { '0': 'LABEL_0' },
    },
    configStatus: 'secondary',
    parameters: {
      total: 278_437_633,
      precision: 'exact',
      status: 'secondary',
      source: `${SRC.HUB_SNAPSHOT} (safetensors total 278,437,633; equals the count recomputed from this config); card headline 278M`,
    },
    context: {
      native: 1024,
      status: 'verified',
      source: SRC.JINA_BEIR_TABLE,
      note: 'Longer documents are split into overlapping 1024-token windows by model.rerank().',
    },
    languages: {
      coverage: 'multilingual',
      stated: 'Multilingual (evaluated on 26 languages in MKQA)',
    },
    strengths: ['retrieval', 'multilingual', 'code'],
    license: { id: 'cc-by-nc-4.0', status: 'verified', source: SRC.JINA_BEIR_TABLE },
    benchmarks: [
      {
        name: 'BEIR',
        value: 53.17,
        variant: '17 datasets',
        language: 'en',
        shots: null,
        setting: 'BEIR nDCG@10 average over 17 datasets (developer-reported)',
        source: SRC.JINA_BEIR_TABLE,
        status: 'verified',
      },
      {
        name: 'MTEB-R',
        value: 58.22,
        variant: 'top-100 of Qwen3-Embedding-0.6B',
        language: 'en',
        shots: null,
        setting:
          'MTEB-R (English MTEB v2 retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B (measured by Qwen)',
        source: SRC.QWEN_EMB_README,
        status: 'secondary',
      },
      {
        name: 'MTEB-R',
        value: 63.73,
        variant: 'top-100 of Qwen3-Embedding-0.6B',
        language: 'multilingual',
        shots: null,
        setting:
          'MMTEB-R (multilingual MTEB retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B (measured by Qwen)',
        source: SRC.QWEN_EMB_README,
        status: 'secondary',
      },
      {
        name: 'MTEB-R',
        value: 63.37,
        variant: 'top-100 of Qwen3-Embedding-0.6B',
        language: 'zh',
        shots: null,
        setting:
          'CMTEB-R (Chinese MTEB retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B (measured by Qwen)',
        source: SRC.QWEN_EMB_README,
        status: 'secondary',
      },
      {
        name: 'MTEB-R',
        value: 58.98,
        variant: 'top-100 of Qwen3-Embedding-0.6B',
        language: 'code',
        shots: null,
        setting:
          'MTEB-Code (code retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B (measured by Qwen)',
        source: SRC.QWEN_EMB_README,
        status: 'secondary',
      },
    ],
    released: '2024-06',
    sources: [
      'https://jina.ai/news/jina-reranker-v2-for-agentic-rag-ultra-fast-multilingual-function-calling-and-code-search/ (Jina AI announcement, 25 June 2024; not re-read here: secondary)',
      SRC.JINA_BEIR_TABLE,
      SRC.HUB_SNAPSHOT,
      'https://huggingface.co/jinaai/jina-reranker-v2-base-multilingual/blob/main/config.json, shape as public XLM-RoBERTa reranker config fixtures copy it (1026 positions, 12 layers, 768 hidden, 250002 vocab, 1 label; secondary)',
    ],
    notes: [
      "Non-commercial: CC-BY-NC-4.0 for research and evaluation; the card points commercial users to Jina's API, AWS SageMaker or Azure Marketplace.",
      "Custom code (trust_remote_code, Jina's flash-attention XLM-RoBERTa). The shape is settled by the exact Hub count (1026 positions, no pooler, dense + 1-logit head); the model_type string of the published config was not read and xlm-roberta is recorded.",
      'Also reports MKQA nDCG@10 54.83 (26 languages), MLDR recall@10 68.95 and CodeSearchNet MRR@10 71.36; not MTEB/BEIR, so not in `benchmarks`.',
    ],
  },
];
