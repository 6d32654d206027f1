import type { CatalogModel } from '../schema';
import { periodicLayerTypes } from './sources/layer-types';

/**
 * Gemma 3 models added after the family's first entries: the 270M text-only checkpoints (August
 * 2025), built for task-specific fine-tuning on small devices. Gemma Terms of Use.
 */

const SRC = {
  KERAS:
    'github:keras-team/keras-hub keras_hub/src/models/gemma3/gemma3_presets.py @71453d08f59edc90d276e999319fc51e61cbf82c (gemma3_270m and gemma3_instruct_270m: 268,098,176 parameters, "170m embedding, 100m transformer params", 18 layers, text-only; secondary)',
  CARD: 'https://huggingface.co/google/gemma-3-270m (model card; not re-read here)',
  TERMS:
    'Gemma Terms of Use, https://ai.google.dev/gemma/terms secs. 3.1-3.2 (read in third-party quotations, not on the page itself: secondary)',
} as const;

const NOTE = {
  CONFIG:
    "Config: Gemma3ForCausalLM fields as public ports of the checkpoint give them (18 blocks of 640, MLP 2,048, 4 query heads and 1 KV head of 256, five sliding-window blocks of 512 to one global block, 262,144-token vocabulary, tied embeddings, 32,768 positions); the published config.json was not read, but the count computed from these fields equals keras-hub's exact 268,098,176, which settles the shape (secondary).",
  EMBEDDINGS:
    'Most of the model is its embedding table (167,772,160 of 268,098,176 parameters): full fine-tuning is cheap, and LoRA on the 100M transformer parameters saves less than on larger models.',
  LICENSE:
    'Gemma Terms of Use: commercial use allowed with no user threshold, but the Prohibited Use Policy binds users and derivatives, redistributors must pass the use restrictions on (sec. 3.1), and Google may restrict usage it believes violates the terms (sec. 3.2).',
  RELEASED: 'The release month (2025-08) was not re-read in a cited source.',
} as const;

const GEMMA_3_270M_CONFIG = {
  model_type: 'gemma3_text',
  architectures: ['Gemma3ForCausalLM'],
  vocab_size: 262144,
  hidden_size: 640,
  intermediate_size: 2048,
  num_hidden_layers: 18,
  num_attention_heads: 4,
  num_key_value_heads: 1,
  head_dim: 256,
  hidden_activation: 'gelu_pytorch_tanh',
  tie_word_embeddings: true,
  max_position_embeddings: 32768,
  rope_theta: 1000000,
  rope_local_base_freq: 10000,
  rope_scaling: null,
  attention_bias: false,
  sliding_window: 512,
  layer_types: periodicLayerTypes(18, 6, 'sliding_attention'),
  query_pre_attn_scalar: 256,
  attn_logit_softcapping: null,
  final_logit_softcapping: null,
  rms_norm_eps: 1e-6,
};

const PARAMETERS = {
  total: 268098176,
  precision: 'exact',
  status: 'secondary',
  source: `${SRC.KERAS}; equal to the count computed from the config`,
} as const;

const CONTEXT = {
  native: 32768,
  status: 'secondary',
  source: SRC.KERAS,
  note: '32,768 tokens (max_position_embeddings in the ports of the config); no RoPE scaling.',
} as const;

const LANGUAGES = {
  coverage: 'multilingual',
  stated: 'Multilingual vocabulary of 262,144 tokens; the language list of the card was not read',
} as const;

export const gemma3_270mModels: CatalogModel[] = [
  {
    id: 'google/gemma-3-270m',
    name: 'gemma-3-270m',
    family: 'Gemma 3',
    developer: 'Google DeepMind',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: GEMMA_3_270M_CONFIG,
    configStatus: 'secondary',
    parameters: PARAMETERS,
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general'],
    license: { id: 'gemma', status: 'secondary', source: SRC.TERMS },
    benchmarks: [],
    released: '2025-08',
    sources: [SRC.KERAS, SRC.CARD, SRC.TERMS],
    notes: [
      'Pretrained checkpoint, meant to be fine-tuned for one narrow task (classification, extraction, routing) rather than used as a general assistant.',
      NOTE.CONFIG,
      NOTE.EMBEDDINGS,
      NOTE.RELEASED,
      NOTE.LICENSE,
    ],
  },
  {
    id: 'google/gemma-3-270m-it',
    name: 'gemma-3-270m-it',
    family: 'Gemma 3',
    developer: 'Google DeepMind',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: GEMMA_3_270M_CONFIG,
    configStatus: 'secondary',
    parameters: PARAMETERS,
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general'],
    license: { id: 'gemma', status: 'secondary', source: SRC.TERMS },
    benchmarks: [],
    released: '2025-08',
    sources: [SRC.KERAS, SRC.CARD, SRC.TERMS],
    notes: [
      'Instruction-tuned sibling of gemma-3-270m: follows simple instructions, but at this size it is a starting point for task fine-tuning, not a chat assistant.',
      NOTE.CONFIG,
      NOTE.EMBEDDINGS,
      NOTE.RELEASED,
      NOTE.LICENSE,
    ],
  },
];
