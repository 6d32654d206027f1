import type { CatalogModel } from '../schema';

/**
 * Phi-4: phi-4.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  PHI_4_CARD:
    'Phi-4 model card (huggingface.co/microsoft/phi-4): 14B, 16K context, MIT, MMLU 84.8, HumanEval 82.6 (https://huggingface.co/microsoft/phi-4, read in third-party quotations of the card: secondary)',
  PHI_4_CONFIG:
    'https://huggingface.co/microsoft/phi-4/blob/refs%2Fpr%2F10/config.json (config.json on a pull-request branch of the official repository; secondary)',
} as const;

export const phi4Models: CatalogModel[] = [
  {
    id: 'microsoft/phi-4',
    name: 'phi-4',
    family: 'Phi-4',
    developer: 'Microsoft Research',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'phi3',
      architectures: ['Phi3ForCausalLM'],
      vocab_size: 100352,
      hidden_size: 5120,
      intermediate_size: 17920,
      num_hidden_layers: 40,
      num_attention_heads: 40,
      num_key_value_heads: 10,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 16384,
      original_max_position_embeddings: 16384,
      rope_theta: 250000,
      rope_scaling: null,
      attention_bias: false,
      sliding_window: null,
    },
    configStatus: 'secondary',
    parameters: {
      total: 14659507200,
      precision: 'exact',
      status: 'secondary',
      source:
        'Hugging Face safetensors count of https://huggingface.co/microsoft/phi-4 (read in a third-party note, not on the page itself: secondary), equal to the count computed from the config',
    },
    context: {
      native: 16384,
      status: 'secondary',
      source: SRC.PHI_4_CARD,
      note: '16K per the model card; max_position_embeddings 16384, no RoPE scaling.',
    },
    languages: {
      coverage: 'english',
      stated: 'Primarily English (model card); multilingual data is a small share of training',
    },
    strengths: ['general', 'reasoning', 'math'],
    license: {
      id: 'mit',
      status: 'secondary',
      source: SRC.PHI_4_CARD,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 84.8,
        variant: '',
        language: 'en',
        shots: null,
        setting:
          'Benchmark table of the phi-4 model card (simple-evals setting; shot count not stated)',
        source: SRC.PHI_4_CARD,
        status: 'secondary',
      },
      {
        name: 'HumanEval',
        value: 82.6,
        variant: 'pass@1',
        language: 'code',
        shots: null,
        setting: 'pass@1, benchmark table of the phi-4 model card (simple-evals setting)',
        source: SRC.PHI_4_CARD,
        status: 'secondary',
      },
    ],
    released: '2024-12',
    sources: [
      'https://huggingface.co/microsoft/phi-4 (model card: "Release date: December 12, 2024"; Phi-4 Technical Report, arXiv:2412.08905)',
      SRC.PHI_4_CARD,
      SRC.PHI_4_CONFIG,
    ],
    notes: [
      'Instruction-tuned (SFT + DPO) 14B model; no pretrained base checkpoint was released.',
      'Config values are read from config.json on a pull-request branch of the official repository (refs/pr/10), not from main (secondary); they reproduce the 14,659,507,200 count exactly.',
      'GQA with 40 query heads and 10 KV heads; head_dim = 5120 / 40 = 128. Fused qkv_proj / gate_up_proj as in Phi-3.',
      "The MMLU figure is not labelled 5-shot in the card's simple-evals table; compare it with 5-shot figures with care.",
      'Model-card facts are read from third-party copies of the card, not the page itself (secondary).',
    ],
  },
];
