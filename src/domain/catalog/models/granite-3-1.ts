import type { CatalogModel } from '../schema';

/**
 * Granite 3.1: granite-3.1-8b-instruct.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  GRANITE_3_1_README:
    'github:ibm-granite/granite-3.1-language-models README.md @255bff67 (dense 8B, 12T tokens, 4K to 128K context extension, multilinguality, tool usage, RAG, Apache 2.0)',
  GRANITE_CONFIG_COPIES:
    'HF config.json copy of ibm-granite/granite-3.2-8b-instruct (same 8B architecture as 3.1), https://huggingface.co/huihui-ai/granite-3.2-8b-instruct-abliterated/blob/main/config.json (secondary)',
} as const;

export const granite3_1Models: CatalogModel[] = [
  {
    id: 'ibm-granite/granite-3.1-8b-instruct',
    name: 'granite-3.1-8b-instruct',
    family: 'Granite 3.1',
    developer: 'IBM',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'granite',
      architectures: ['GraniteForCausalLM'],
      vocab_size: 49155,
      hidden_size: 4096,
      intermediate_size: 12800,
      num_hidden_layers: 40,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      hidden_act: 'silu',
      tie_word_embeddings: true,
      max_position_embeddings: 131072,
      rope_theta: 10000000,
      rope_scaling: null,
      attention_bias: false,
      mlp_bias: false,
    },
    configStatus: 'secondary',
    parameters: {
      total: 8170848256,
      precision: 'exact',
      status: 'secondary',
      source:
        'Computed from the config (tied embeddings counted once); consistent with the README\'s "8B"',
    },
    context: {
      native: 131072,
      status: 'verified',
      source: SRC.GRANITE_3_1_README,
      note: 'README: context extended from 4K (Granite 3.0) to 128K by progressive long-context pre-training (about 500B tokens) with adjusted RoPE theta; no RoPE scaling block is needed.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'Multilingual (README: the models "natively support multilinguality"); the card\'s language list was not re-read here',
    },
    strengths: ['general', 'multilingual', 'long-context', 'tool-use'],
    license: {
      id: 'apache-2.0',
      status: 'verified',
      source: SRC.GRANITE_3_1_README,
    },
    benchmarks: [],
    released: '2024-12',
    sources: [
      'https://huggingface.co/ibm-granite/granite-3.1-8b-instruct (model card: "Release Date: December 18th, 2024")',
      SRC.GRANITE_3_1_README,
      SRC.GRANITE_CONFIG_COPIES,
    ],
    notes: [
      'Config values are from a copy of the Granite 3.2 8B Instruct config, which shares the 8B architecture (secondary); they reproduce an 8.17B count consistent with "8B". The Granite-specific muP multipliers (embedding_multiplier, attention_multiplier, residual_multiplier, logits_scaling) exist in the real config but are not reproduced here.',
      'Tool use and RAG generation are documented in the README ("improved developer experience for function-calling and RAG generation tasks").',
      'The README reports Open LLM Leaderboard results only as a figure; no MMLU 5-shot or HumanEval value was retrieved, so none is listed.',
      'Pretrained base checkpoint: ibm-granite/granite-3.1-8b-base (not listed separately).',
    ],
  },
];
