import type { CatalogModel } from '../schema';

/**
 * jina-embeddings-v3 (Jina AI, September 2024): a multilingual text-embedding model built on
 * XLM-RoBERTa large with rotary positions (8,192 tokens), mean pooling, Matryoshka output sizes
 * and five task LoRA adapters stored in the checkpoint. Its config.json says model_type
 * "xlm-roberta" but loads remote code (jinaai/xlm-roberta-flash-implementation). CC BY-NC 4.0:
 * no commercial use.
 */

const SRC = {
  MTEB: 'github:embeddings-benchmark/mteb mteb/models/model_implementations/jina_models.py @a905523d0111f999360b312bd4a601a0a97a0e1c (ModelMeta of jinaai/jina-embeddings-v3: n_parameters 572,310,396, n_embedding_parameters 256,002,048, release_date 2024-09-18, max_tokens 8192, embed_dim 1024, license cc-by-nc-4.0, the five task names in model_prompts; secondary)',
  CARD: 'https://huggingface.co/jinaai/jina-embeddings-v3 (model card: 572M params, CC BY-NC 4.0; not re-read here)',
  CONFIG_CLASS:
    'https://huggingface.co/jinaai/xlm-roberta-flash-implementation/blob/main/configuration_xlm_roberta.py (XLMRobertaFlashConfig defaults: vocab 250,002, hidden 1,024, 24 layers, 16 heads, MLP 4,096, max_position_embeddings 8194, type_vocab_size 1, position_embedding_type "rotary", lora_rank 4; read in a public copy: secondary)',
  MODELING:
    'https://huggingface.co/jinaai/xlm-roberta-flash-implementation/blob/main/modeling_lora.py and modeling_xlm_roberta.py (XLMRobertaLoRA registers lora_A/lora_B for every task on each nn.Linear and nn.Embedding; no position table unless position_embedding_type is "absolute"; pooler kept; read in public copies: secondary)',
  PAPER:
    'jina-embeddings-v3: Multilingual Embeddings With Task LoRA, arXiv:2409.10173 (Sturua et al., September 2024)',
} as const;

const JINA_EMBEDDINGS_V3_CONFIG = {
  model_type: 'xlm-roberta',
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
  position_embedding_type: 'rotary',
  lora_adaptations: [
    'retrieval.query',
    'retrieval.passage',
    'separation',
    'classification',
    'text-matching',
  ],
  lora_rank: 4,
};

export const jinaEmbeddingsV3Models: CatalogModel[] = [
  {
    id: 'jinaai/jina-embeddings-v3',
    name: 'jina-embeddings-v3',
    family: 'Jina Embeddings v3',
    developer: 'Jina AI',
    purposes: ['similarity'],
    variant: 'task-tuned',
    backbone: 'encoder',
    config: JINA_EMBEDDINGS_V3_CONFIG,
    configStatus: 'secondary',
    parameters: {
      total: 572310396,
      precision: 'exact',
      status: 'secondary',
      source: `${SRC.MTEB}; the model card rounds to 572M (${SRC.CARD}). Equal to the count computed from this config: the XLM-RoBERTa large encoder without a position table, with its pooler (559,364,096), plus the five rank-4 task adapters (12,946,300), as ${SRC.MODELING} builds them`,
    },
    context: {
      native: 8192,
      status: 'secondary',
      source: SRC.MTEB,
      note: 'max_position_embeddings 8194 in the config class; with rotary positions it is only the longest input, not a table.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'Multilingual (the XLM-RoBERTa vocabulary and language list, as the MTEB registry gives it); the card was not re-read for its list of best-supported languages',
    },
    strengths: ['retrieval', 'multilingual', 'long-context', 'classification'],
    license: { id: 'cc-by-nc-4.0', status: 'secondary', source: `${SRC.MTEB}; ${SRC.CARD}` },
    benchmarks: [],
    released: '2024-09',
    sources: [SRC.MTEB, SRC.CARD, SRC.CONFIG_CLASS, SRC.MODELING, SRC.PAPER],
    notes: [
      'Non-commercial: CC BY-NC 4.0 allows research and evaluation; a product, a paid service or any commercial deployment of the model or a fine-tune needs a commercial licence from Jina AI.',
      'XLM-RoBERTa large (24 post-norm blocks of 1,024, MLP 4,096, q/k/v fused into one Wqkv with bias) with rotary position embeddings in place of the absolute table, so inputs reach 8,192 tokens; mean pooling; Matryoshka truncation from 1,024 down to 32 dimensions.',
      'Five task LoRA adapters (retrieval.query, retrieval.passage, separation, classification, text-matching; rank 4) live in the checkpoint on every linear and embedding layer and are counted (12,946,300 parameters); the task is chosen per input (task="..." in encode).',
      'Config: the fields that shape the network as the remote config class sets them (its defaults are this model) and the task list from the MTEB registry; the published config.json was not read verbatim (its rotary_emb_base and task_instructions are left out: they do not change the memory). The count computed from these fields equals the published exact total, which settles the shape.',
      'Loading needs trust_remote_code (jinaai/xlm-roberta-flash-implementation); with lora_main_params_trainable false (the config class default) the remote code trains only the adapters. Estimates here treat the whole network as the fine-tuning target of sentence-transformers.',
      'No MTEB figure is listed: the card and paper tables were not read in a copy that could be cited.',
    ],
  },
];
