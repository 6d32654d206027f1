import type { CatalogModel } from '../schema';
import { MISTRAL_SRC } from './sources/mistral';

/**
 * Mistral NeMo: Mistral-Nemo-Instruct-2407.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...MISTRAL_SRC,
  MISTRAL_NEMO_CARD:
    'https://huggingface.co/mistralai/Mistral-Nemo-Instruct-2407/blob/main/README.md (architecture list, 128k training context, Apache 2.0, Main Benchmarks table)',
  MISTRAL_NEMO_CONFIG_COPIES:
    'HF config.json copies of mistralai/Mistral-Nemo-Instruct-2407, e.g. https://huggingface.co/riple-saanvi-lab/Saanvi-C0-12B/blob/main/config.json (max_position_embeddings 131072, transformers 4.49) and https://huggingface.co/arushimgupta/final_checkpoint_dpo5/blob/main/config.json (1024000, transformers 4.45); secondary',
} as const;

export const mistralNemoModels: CatalogModel[] = [
  {
    id: 'mistralai/Mistral-Nemo-Instruct-2407',
    name: 'Mistral-Nemo-Instruct-2407',
    family: 'Mistral NeMo',
    developer: 'Mistral AI and NVIDIA',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'mistral',
      architectures: ['MistralForCausalLM'],
      vocab_size: 131072,
      hidden_size: 5120,
      intermediate_size: 14336,
      num_hidden_layers: 40,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      head_dim: 128,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 131072,
      rope_theta: 1000000,
      sliding_window: null,
    },
    configStatus: 'secondary',
    parameters: {
      total: 12247782400,
      precision: 'exact',
      status: 'secondary',
      source:
        'Computed from the model-card architecture (untied embeddings); the same count, 12,247,782,400, appears as general.parameter_count in the GGUF metadata quoted in github.com/ollama/ollama/issues/8277',
    },
    context: {
      native: 131072,
      status: 'verified',
      source: SRC.MISTRAL_NEMO_CARD,
      note: 'Card: "Trained with a 128k context window". Early copies of the published config.json carried max_position_embeddings 1024000 (GGUF conversions still report a 1,024,000 context, ollama issue #8277); later copies carry 131072. Do not read 1024000 as the usable context.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'en, fr, de, es, it, pt, ru, zh, ja (model card language tags); "a large proportion of multilingual and code data"',
    },
    strengths: ['general', 'multilingual', 'long-context'],
    license: {
      id: 'apache-2.0',
      status: 'verified',
      source: SRC.MISTRAL_NEMO_CARD,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 68,
        variant: '',
        language: 'en',
        shots: 5,
        setting:
          '5-shot, "Main Benchmarks" table of the Mistral NeMo model card (the release blog presents these as results of the pretrained Mistral-Nemo-Base-2407)',
        source: SRC.MISTRAL_NEMO_CARD,
        status: 'verified',
      },
    ],
    released: '2024-07',
    sources: [
      SRC.MISTRAL_NEMO_CARD,
      SRC.MISTRAL_NEMO_CONFIG_COPIES,
      SRC.MISTRAL_INFERENCE_README,
      'https://github.com/ollama/ollama/issues/8277 (GGUF metadata: parameter_count 12247782400, context_length 1024000)',
    ],
    notes: [
      'Trap: head_dim is 128, decoupled from hidden_size / num_attention_heads (5120 / 32 = 160). The attention projections are 32 x 128 = 4096 wide; estimators must read head_dim from the config.',
      'The official card lists "Hidden dim: 14,336" (the Base-2407 card and NVIDIA\'s copy say 14,436, a typo); intermediate_size 14336 reproduces the parameter count.',
      'tie_word_embeddings false is read from config copies; the 12.25B count is consistent with untied embeddings.',
      'Pretrained base checkpoint: mistralai/Mistral-Nemo-Base-2407 (not listed separately; its config.json was not read).',
      'HumanEval is not reported in the card.',
      'Release month from the model name (2407) and the mistral-inference v1.3.0 release of 2024-07-18.',
    ],
  },
];
