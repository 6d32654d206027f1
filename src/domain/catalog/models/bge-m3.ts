import type { CatalogModel } from '../schema';
import { FLAG_SRC } from './sources/flag-embedding';
import { QWEN_SRC } from './sources/qwen';
import { SHARED_SRC } from './sources/shared';

/**
 * BGE-M3: bge-m3.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  ...FLAG_SRC,
  ...QWEN_SRC,
  FLAG_DOCS_M3:
    'github:FlagOpen/FlagEmbedding docs/source/bge/bge_m3.rst @1374b98da4ddc9d9155752684ef762b1e4da3e1a (569M, max position extended to 8192, 100+ languages)',
  FLAG_M3_README:
    'github:FlagOpen/FlagEmbedding research/BGE_M3/README.md @7ed43d67 (1024 dim, 8192 tokens, initialised from xlm-roberta-large)',
} as const;

export const bgeM3Models: CatalogModel[] = [
  {
    id: 'BAAI/bge-m3',
    name: 'BGE-M3',
    family: 'BGE-M3',
    developer: 'BAAI',
    purposes: ['similarity'],
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaModel'],
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
    },
    configStatus: 'secondary',
    parameters: {
      total: 567_754_752,
      precision: 'exact',
      status: 'secondary',
      source:
        'computed from this config (XLMRobertaModel with pooler, 8194 positions); card headline 568M, FlagEmbedding docs 569M',
    },
    context: {
      native: 8192,
      status: 'verified',
      source: SRC.FLAG_DOCS_M3,
    },
    languages: { coverage: 'multilingual', stated: 'More than 100 working languages' },
    strengths: ['retrieval', 'multilingual', 'long-context'],
    license: { id: 'mit', status: 'verified', source: SRC.FLAG_LICENSE },
    benchmarks: [
      {
        name: 'MTEB',
        value: 59.56,
        variant: 'MMTEB v2',
        language: 'multilingual',
        shots: null,
        setting:
          'MTEB Multilingual (MMTEB), mean over tasks (listed by Qwen in the Qwen3-Embedding README)',
        source: SRC.QWEN_EMB_README,
        status: 'secondary',
      },
    ],
    released: '2024-01',
    sources: [
      'https://huggingface.co/BAAI/bge-reranker-large (model card, News: "09/12/2023: New models: ... release cross-encoder models BAAI/bge-reranker-base and BAAI/bge-reranker-large", "1/30/2024: Release BGE-M3", "3/18/2024: Release new rerankers"; read in quotations of the card: secondary)',
      SRC.FLAG_M3_README,
      SRC.FLAG_DOCS_M3,
      SRC.FLAG_LICENSE,
      SRC.HUB_SNAPSHOT,
      SRC.QWEN_EMB_README,
    ],
    notes: [
      'Dense, sparse (lexical) and multi-vector (ColBERT) outputs from one XLM-RoBERTa-large encoder whose position table was extended to 8192 tokens.',
      "Our count is the transformer only. The docs' 569M is consistent with adding the ColBERT projection (1024×1024 + 1024) and sparse head (1024 + 1) that BGE-M3 keeps in separate files (568,805,377 in total); that reconciliation is ours, not the developer's.",
      "The Hub license tag (MIT) is confirmed by a third-party snapshot; BAAI's own MIRACL/MKQA figures for bge-m3 are published only as images and are not recorded.",
    ],
  },
];
