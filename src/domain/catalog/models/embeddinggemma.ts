import type { CatalogModel } from '../schema';
import { periodicLayerTypes } from './sources/layer-types';

/**
 * EmbeddingGemma (Google DeepMind, September 2025): a 300M text-embedding model built from Gemma 3
 * with bidirectional attention, mean pooling and two dense projections to a 768-dimensional
 * embedding (Matryoshka-truncatable). Gemma Terms of Use.
 */

const SRC = {
  KERAS:
    'github:keras-team/keras-hub keras_hub/src/models/gemma3/gemma3_presets.py @71453d08f59edc90d276e999319fc51e61cbf82c (embedding_gemma3_300m: 307,581,696 parameters, 24 layers; the count includes the pooling head, as tools/checkpoint_conversion/convert_gemma3_embedding_checkpoints.py in the same commit shows; secondary)',
  CONVERTER:
    'github:keras-team/keras-hub tools/checkpoint_conversion/convert_gemma3_embedding_checkpoints.py @71453d08f59edc90d276e999319fc51e61cbf82c (converts google/embeddinggemma-300m; compares the SentenceTransformer backbone and pooling-head counts separately)',
  CARD: 'https://huggingface.co/google/embeddinggemma-300m (model card; not re-read here)',
  MTEB: 'github:embeddings-benchmark/mteb mteb/models/model_implementations/google_embeddinggemma.py @a905523d0111f999360b312bd4a601a0a97a0e1c (ModelMeta of google/embeddinggemma-300m: n_parameters 307,581,696, release_date 2025-09-04; secondary)',
  MODULES:
    "https://huggingface.co/google/embeddinggemma-300m/blob/main/modules.json (Transformer, Pooling, 2_Dense, 3_Dense, Normalize) with 2_Dense/config.json (768 -> 3,072, no bias) and 3_Dense/config.json (3,072 -> 768, no bias), as keras-hub's converter reads them (tools/checkpoint_conversion/convert_gemma3_embedding_checkpoints.py @71453d08f59edc90d276e999319fc51e61cbf82c); secondary",
  TERMS:
    'Gemma Terms of Use, https://ai.google.dev/gemma/terms secs. 3.1-3.2 (read in third-party quotations, not on the page itself: secondary)',
} as const;

const EMBEDDINGGEMMA_CONFIG = {
  architectures: ['Gemma3TextModel'],
  model_type: 'gemma3_text',
  head_dim: 256,
  hidden_activation: 'gelu_pytorch_tanh',
  hidden_size: 768,
  intermediate_size: 1152,
  layer_types: periodicLayerTypes(24, 6, 'sliding_attention'),
  max_position_embeddings: 2048,
  num_attention_heads: 3,
  num_hidden_layers: 24,
  num_key_value_heads: 1,
  query_pre_attn_scalar: 256,
  rms_norm_eps: 1e-6,
  rope_local_base_freq: 10000,
  rope_scaling: null,
  rope_theta: 1000000,
  sliding_window: 512,
  use_bidirectional_attention: true,
  vocab_size: 262144,
  final_logit_softcapping: null,
  attn_logit_softcapping: null,
  attention_bias: false,
};

export const embeddingGemmaModels: CatalogModel[] = [
  {
    id: 'google/embeddinggemma-300m',
    name: 'EmbeddingGemma-300m',
    family: 'EmbeddingGemma',
    developer: 'Google DeepMind',
    purposes: ['similarity'],
    variant: 'task-tuned',
    backbone: 'encoder',
    config: EMBEDDINGGEMMA_CONFIG,
    configStatus: 'secondary',
    denseModules: {
      layers: [
        { inFeatures: 768, outFeatures: 3072, bias: false },
        { inFeatures: 3072, outFeatures: 768, bias: false },
      ],
      status: 'secondary',
      source: SRC.MODULES,
    },
    parameters: {
      total: 307581696,
      precision: 'exact',
      status: 'secondary',
      source: `${SRC.KERAS}; the same total in ${SRC.MTEB}. The transformer computed from this config holds 302,863,104 and the two Dense modules 4,718,592; the model page rounds to 308M`,
    },
    context: {
      native: 2048,
      status: 'secondary',
      source: SRC.KERAS,
      note: '2,048 tokens (max_position_embeddings 2048 in the config copies); longer inputs are truncated.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'Multilingual (Gemma 3 vocabulary of 262,144 tokens); the language list of the card was not read',
    },
    strengths: ['retrieval', 'multilingual', 'classification'],
    license: { id: 'gemma', status: 'secondary', source: SRC.TERMS },
    benchmarks: [],
    released: '2025-09',
    sources: [SRC.KERAS, SRC.CONVERTER, SRC.MTEB, SRC.MODULES, SRC.CARD, SRC.TERMS],
    notes: [
      'A bidirectional encoder (use_bidirectional_attention true) built from Gemma 3: 24 blocks of 768 (MLP 1,152), 3 query heads and 1 KV head of 256, five sliding-window blocks (512) to one global block; mean pooling and two dense layers give a 768-d embedding that can be truncated to 512, 256 or 128 (Matryoshka).',
      "Config: Gemma3TextModel fields as public ports of the checkpoint give them (secondary); the count computed from them plus the pooling head equals keras-hub's exact total, which settles the shape.",
      'parameters.total includes the two Dense modules (4,718,592 parameters) that sentence-transformers loads after mean pooling; fine-tuning trains them with the transformer.',
      'Fine-tune with sentence-transformers (contrastive pairs or triplets); the model expects task prompts such as "task: search result | query: " for queries.',
      'No MTEB figure is listed: the card was not read in a copy that could be cited. The release month (2025-09) is the release_date 2025-09-04 of the MTEB model registry (secondary).',
      'Gemma Terms of Use: commercial use allowed, but the Prohibited Use Policy binds users and derivatives and redistributors must pass the use restrictions on.',
    ],
  },
];
