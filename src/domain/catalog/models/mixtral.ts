import type { CatalogModel } from '../schema';
import { SHARED_SRC } from './sources/shared';

/**
 * Mixtral: Mixtral-8x7B-v0.1, Mixtral-8x7B-Instruct-v0.1.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  MIXTRAL_PAPER:
    'Mixtral of Experts, arXiv:2401.04088 (Table 2; Apache 2.0 statement for base and instruct), as reproduced at https://paperswithcode.com/paper/mixtral-of-experts',
  MIXTRAL_CONFIG_COPIES:
    'HF config.json copies of mistralai/Mixtral-8x7B-v0.1 and -Instruct-v0.1, e.g. https://huggingface.co/YeungNLP/firefly-mixtral-8x7b/blob/f334c672409846213e600e580af3fac89a9c2e64/config.json and https://huggingface.co/Gokuldaskumar/mistral-8x7b-instruct/blob/main/config.json ("Duplicate from mistralai/Mixtral-8x7B-Instruct-v0.1"); secondary',
} as const;

export const mixtralModels: CatalogModel[] = [
  {
    id: 'mistralai/Mixtral-8x7B-v0.1',
    name: 'Mixtral-8x7B-v0.1',
    family: 'Mixtral',
    developer: 'Mistral AI',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      model_type: 'mixtral',
      architectures: ['MixtralForCausalLM'],
      vocab_size: 32000,
      hidden_size: 4096,
      intermediate_size: 14336,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 32768,
      rope_theta: 1000000,
      sliding_window: null,
      num_local_experts: 8,
      num_experts_per_tok: 2,
    },
    configStatus: 'secondary',
    parameters: {
      total: 46702792704,
      precision: 'exact',
      active: 12879925248,
      status: 'secondary',
      source:
        'Total: keras-hub exact count (github:keras-team/keras-hub keras_hub/src/models/*/*_presets.py @71453d08), equal to the count computed from the config; active computed from the config',
    },
    context: {
      native: 32768,
      status: 'secondary',
      source: SRC.MIXTRAL_PAPER,
      note: 'The paper states training with a 32k-token context; max_position_embeddings 32768.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'English, French, German, Italian, Spanish (multilingual results in the Mixtral paper)',
    },
    strengths: ['general', 'multilingual'],
    license: {
      id: 'apache-2.0',
      status: 'verified',
      source: SRC.MIXTRAL_PAPER,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 70.6,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, Table 2 of the Mixtral paper (pretrained model)',
        source: SRC.MIXTRAL_PAPER,
        status: 'secondary',
      },
      {
        name: 'HumanEval',
        value: 40.2,
        variant: 'pass@1',
        language: 'code',
        shots: 0,
        setting: 'pass@1, 0-shot, Table 2 of the Mixtral paper (pretrained model)',
        source: SRC.MIXTRAL_PAPER,
        status: 'secondary',
      },
    ],
    released: '2023-12',
    sources: [
      'https://mistral.ai/news/mixtral-of-experts (11 December 2023: Mixtral 8x7B and Mixtral 8x7B Instruct released)',
      SRC.MIXTRAL_PAPER,
      SRC.MIXTRAL_CONFIG_COPIES,
      SRC.MLC_PRESETS,
      SRC.KERAS_PRESETS,
    ],
    notes: [
      'Sparse mixture of experts: all 32 layers have 8 SwiGLU experts with top-2 routing. In MixtralConfig, intermediate_size (14336) is the width of each expert; the published config has no moe_intermediate_size field and no dense MLP.',
      "parameters.total counts all 8 experts (what must sit in GPU memory); active is computed as total minus 6 unused experts per layer (6 x 3 x 4096 x 14336 x 32 = 33,822,867,456), with attention, embeddings and routers counted as active. The paper's headline figures are 47B total / 13B active.",
      'sliding_window is null in the published config (no sliding-window attention).',
      "Benchmark figures are read from a reproduction of the paper's Table 2, not the PDF itself (secondary).",
    ],
  },
  {
    id: 'mistralai/Mixtral-8x7B-Instruct-v0.1',
    name: 'Mixtral-8x7B-Instruct-v0.1',
    family: 'Mixtral',
    developer: 'Mistral AI',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'mixtral',
      architectures: ['MixtralForCausalLM'],
      vocab_size: 32000,
      hidden_size: 4096,
      intermediate_size: 14336,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 32768,
      rope_theta: 1000000,
      sliding_window: null,
      num_local_experts: 8,
      num_experts_per_tok: 2,
    },
    configStatus: 'secondary',
    parameters: {
      total: 46702792704,
      precision: 'exact',
      active: 12879925248,
      status: 'secondary',
      source:
        'Total: keras-hub exact count (github:keras-team/keras-hub keras_hub/src/models/*/*_presets.py @71453d08), equal to the count computed from the config; active computed from the config',
    },
    context: {
      native: 32768,
      status: 'secondary',
      source: SRC.MIXTRAL_PAPER,
      note: 'The paper states training with a 32k-token context; max_position_embeddings 32768.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'English, French, German, Italian, Spanish (multilingual results in the Mixtral paper)',
    },
    strengths: ['general', 'multilingual'],
    license: {
      id: 'apache-2.0',
      status: 'verified',
      source: SRC.MIXTRAL_PAPER,
    },
    benchmarks: [],
    released: '2023-12',
    sources: [
      'https://mistral.ai/news/mixtral-of-experts (11 December 2023: Mixtral 8x7B and Mixtral 8x7B Instruct released)',
      SRC.MIXTRAL_PAPER,
      SRC.MIXTRAL_CONFIG_COPIES,
      SRC.MLC_PRESETS,
      SRC.KERAS_PRESETS,
    ],
    notes: [
      'Sparse mixture of experts: all 32 layers have 8 SwiGLU experts with top-2 routing. In MixtralConfig, intermediate_size (14336) is the width of each expert; the published config has no moe_intermediate_size field and no dense MLP.',
      "parameters.total counts all 8 experts (what must sit in GPU memory); active is computed as total minus 6 unused experts per layer (6 x 3 x 4096 x 14336 x 32 = 33,822,867,456), with attention, embeddings and routers counted as active. The paper's headline figures are 47B total / 13B active.",
      'sliding_window is null in the published config (no sliding-window attention).',
      'Instruction-tuned sibling of Mixtral-8x7B-v0.1 with the same architecture (and the same exact parameter count in keras-hub); no 5-shot MMLU or HumanEval figure for the Instruct model was found in the sources, so none is listed.',
      "Benchmark figures are read from a reproduction of the paper's Table 2, not the PDF itself (secondary).",
    ],
  },
];
