import type { CatalogModel } from '../schema';
import { FLAG_SRC } from './sources/flag-embedding';
import { QWEN_SRC } from './sources/qwen';
import { SHARED_SRC } from './sources/shared';

/**
 * BGE reranker v2: bge-reranker-v2-m3.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  ...FLAG_SRC,
  ...QWEN_SRC,
  FLAG_RERANK_V2_DOCS:
    'github:FlagOpen/FlagEmbedding docs/source/bge/bge_reranker_v2.rst @a995448fc9410d968bd32572c84fb3a3fcb5b1ed (bge-reranker-v2-m3: 568M, 2.27 GB)',
} as const;

export const bgeRerankerV2Models: CatalogModel[] = [
  {
    id: 'BAAI/bge-reranker-v2-m3',
    name: 'BGE reranker v2 M3',
    family: 'BGE reranker v2',
    developer: 'BAAI',
    purposes: ['reranking'],
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaForSequenceClassification'],
      vocab_size: 250002,
      hidden_size: 1024,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      max_position_embeddings: 8194,
      type_vocab_size: 1,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-5,
      pad_token_id: 1,
      id2label: { '0': 'LABEL_0' },
    },
    configStatus: 'secondary',
    parameters: {
      total: 567_755_777,
      precision: 'exact',
      status: 'secondary',
      source: `${SRC.HUB_SNAPSHOT} (safetensors total 567,755,777; equals the count recomputed from this config)`,
    },
    context: {
      native: 8192,
      status: 'unverified',
      source:
        'position table of 8194 slots inherited from bge-m3 (confirmed by the exact Hub parameter count)',
      note: 'The length the reranker was fine-tuned at is not stated in the sources read; test long inputs before relying on them.',
    },
    languages: { coverage: 'multilingual', stated: 'Multilingual (developer docs)' },
    strengths: ['retrieval', 'multilingual'],
    license: {
      id: 'apache-2.0',
      status: 'secondary',
      source: `${SRC.HUB_SNAPSHOT} (Hub tag Apache-2.0)`,
    },
    benchmarks: [
      {
        name: 'BEIR',
        value: 53.65,
        variant: '17 datasets',
        language: 'en',
        shots: null,
        setting: 'BEIR nDCG@10 average over 17 datasets (measured by Jina)',
        source: SRC.JINA_BEIR_TABLE,
        status: 'secondary',
      },
      {
        name: 'MTEB-R',
        value: 57.03,
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
        value: 58.36,
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
        value: 72.16,
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
        value: 41.38,
        variant: 'top-100 of Qwen3-Embedding-0.6B',
        language: 'code',
        shots: null,
        setting:
          'MTEB-Code (code retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B (measured by Qwen)',
        source: SRC.QWEN_EMB_README,
        status: 'secondary',
      },
    ],
    released: '2024-03',
    sources: [
      'https://huggingface.co/BAAI/bge-reranker-large (model card, News: "09/12/2023: New models: ... release cross-encoder models BAAI/bge-reranker-base and BAAI/bge-reranker-large", "1/30/2024: Release BGE-M3", "3/18/2024: Release new rerankers"; read in quotations of the card: secondary)',
      SRC.FLAG_RERANK_V2_DOCS,
      SRC.FLAG_RERANK_TUTORIAL,
      SRC.FLAG_RERANK_README,
      SRC.HUB_SNAPSHOT,
      SRC.JINA_BEIR_TABLE,
      SRC.QWEN_EMB_README,
    ],
    notes: [
      'Cross-encoder initialised from bge-m3 (XLM-RoBERTa-large); one relevance logit (id2label has a single label). Developer docs: 568M parameters, 2.27 GB.',
      "License: the Hub tag reads Apache-2.0 (third-party snapshot), while FlagEmbedding's README states MIT for its models; both are permissive. The card was not read directly.",
      'Context unverified: 8192 is the position table, not a stated training length.',
    ],
  },
];
