import type { CatalogModel } from '../schema';
import { SHARED_SRC } from './sources/shared';

/**
 * SmolLM2: SmolLM2-1.7B-Instruct.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  SMOLLM2_CARD:
    'https://huggingface.co/HuggingFaceTB/SmolLM2-1.7B/blob/4fa12cab4f5f53670b05125fb9d2873af587d231/README.md',
  SMOLLM2_CONFIG_COPIES:
    'HF config.json copy of HuggingFaceTB/SmolLM2-1.7B-Instruct, https://huggingface.co/puettmann/SmolMaestra-1.7b-Translation/blame/4c7688724a0ce6c86e1dee0e4a3d5930935e100f/config.json (secondary)',
} as const;

export const smollm2Models: CatalogModel[] = [
  {
    id: 'HuggingFaceTB/SmolLM2-1.7B-Instruct',
    name: 'SmolLM2-1.7B-Instruct',
    family: 'SmolLM2',
    developer: 'Hugging Face',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'llama',
      architectures: ['LlamaForCausalLM'],
      vocab_size: 49152,
      hidden_size: 2048,
      intermediate_size: 8192,
      num_hidden_layers: 24,
      num_attention_heads: 32,
      num_key_value_heads: 32,
      hidden_act: 'silu',
      tie_word_embeddings: true,
      max_position_embeddings: 8192,
      rope_theta: 130000,
      rope_scaling: null,
      attention_bias: false,
      mlp_bias: false,
    },
    configStatus: 'secondary',
    parameters: {
      total: 1711376384,
      precision: 'exact',
      status: 'secondary',
      source:
        'Computed from the config (tied embeddings counted once); consistent with the card\'s "1.7B"',
    },
    context: {
      native: 8192,
      status: 'secondary',
      source: SRC.SMOLLM2_CONFIG_COPIES,
      note: 'From max_position_embeddings in a config copy; the model card does not state a context length.',
    },
    languages: {
      coverage: 'english',
      stated:
        'English (the SmolLM2 card says the models primarily understand and generate English)',
    },
    strengths: ['general'],
    license: {
      id: 'apache-2.0',
      status: 'verified',
      source: SRC.SMOLLM2_CARD,
    },
    benchmarks: [],
    released: '2024-11',
    sources: [
      'https://huggingface.co/HuggingFaceTB/SmolLM2-1.7B-Instruct (released 1 November 2024; the SmolLM2 paper, arXiv:2502.02737, followed in February 2025)',
      SRC.SMOLLM2_CARD,
      SRC.SMOLLM2_CONFIG_COPIES,
      SRC.MLC_PRESETS,
    ],
    notes: [
      'Full multi-head attention (32 KV heads) with head_dim 64; tied input/output embeddings.',
      'Trained on 11T tokens (card). Pretrained base checkpoint: HuggingFaceTB/SmolLM2-1.7B (not listed separately).',
      'The card reports MMLU in cloze/MCF formats rather than standard 5-shot MMLU, and no HumanEval figure was retrieved, so none is listed.',
      'Config values come from a copy whose _name_or_path is the official repository (secondary).',
    ],
  },
];
