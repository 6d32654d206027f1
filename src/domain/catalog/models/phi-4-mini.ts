import type { CatalogModel } from '../schema';

/**
 * Phi-4-mini-instruct (Microsoft, February 2025): a 3.8B dense decoder with a 200K vocabulary,
 * grouped-query attention, shared input/output embeddings and a 128K context (LongRoPE).
 */

const CARD = 'https://huggingface.co/microsoft/Phi-4-mini-instruct';
const CARD_COPY = `${CARD} (model card: 128K token context, SFT and DPO, intended for broad multilingual commercial and research use in memory- or latency-bound settings, MIT), read in NVIDIA\u2019s copy of the card: https://docs.api.nvidia.com/nim/reference/microsoft-phi-4-mini-instruct (release date February 2025; "Additional Information: MIT License")`;
/** The card's comparison table, Microsoft's own evaluation of Phi-4-mini and Phi-3.5-mini among others. */
export const PHI_4_MINI_TABLE = `${CARD}/blob/cfbefacb99257ffa30c83adab238a50856ac3083/README.md (model card, benchmark table "similar size / 2x size": MMLU (5-shot) and MMLU-Pro (0-shot, CoT) for Phi-4 mini-Ins, Phi-3.5-mini-Ins and others, Microsoft\u2019s internal benchmark platform), read in third-party copies of the table that agree figure for figure: secondary`;
const PARAMS = `github:pytorch/executorch examples/models/phi_4_mini/config/config.json @76fcedc2a23527e1a29b2f2dbe50ead2bcfb844b (dim 3072, hidden_dim 8192, n_heads 24, n_kv_heads 8, n_layers 32, norm_eps 1e-5, rope_theta 10000, vocab_size 200064, partial_rotary_factor 0.75, no qkv bias; the converter\u2019s reading of ${CARD})`;
const SPEC_SHEET =
  'https://apxml.com/models/phi-4-mini (third-party spec sheet: 3.8B, 128K, MIT, released 27 Feb 2025, 32 layers, hidden 3072, 24 heads, 8 KV heads, FFN 8192, vocabulary 200,064, RoPE theta 10,000)';
const SUMMARY =
  'https://atomic.chat/models/phi-4-mini-instruct (third-party summary of the card: 200K vocabulary, grouped-query attention and shared input and output embeddings as the changes from Phi-3.5-mini; trained November to December 2024, data cutoff June 2024)';

export const phi4MiniModels: CatalogModel[] = [
  {
    id: 'microsoft/Phi-4-mini-instruct',
    name: 'Phi-4-mini-instruct',
    family: 'Phi-4',
    developer: 'Microsoft',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'phi3',
      architectures: ['Phi3ForCausalLM'],
      vocab_size: 200064,
      hidden_size: 3072,
      intermediate_size: 8192,
      num_hidden_layers: 32,
      num_attention_heads: 24,
      num_key_value_heads: 8,
      hidden_act: 'silu',
      tie_word_embeddings: true,
      max_position_embeddings: 131072,
      original_max_position_embeddings: 4096,
      partial_rotary_factor: 0.75,
      rope_theta: 10000,
      rms_norm_eps: 1e-5,
      attention_bias: false,
    },
    configStatus: 'secondary',
    parameters: {
      total: 3_836_021_760,
      precision: 'exact',
      status: 'secondary',
      source: `computed from the config (tied 200,064 × 3,072 embedding counted once, 32 blocks of 100,669,440, final norm); published only as the rounded "3.8B" (${SPEC_SHEET}; ${SUMMARY})`,
    },
    context: {
      native: 131072,
      status: 'secondary',
      source: CARD_COPY,
      note: '128K tokens per the card, through LongRoPE scaling from 4,096 original positions; the rope_scaling factor arrays of the published config are not reproduced (they do not change memory).',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'Multilingual (card: broad multilingual use; third-party summaries count 23 or 24 languages, the card\u2019s own list was not read)',
    },
    strengths: ['general', 'reasoning', 'math', 'multilingual', 'long-context', 'tool-use'],
    license: { id: 'mit', status: 'secondary', source: CARD_COPY },
    benchmarks: [
      {
        name: 'MMLU',
        value: 67.3,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, benchmark table of the Phi-4-mini-instruct model card',
        source: PHI_4_MINI_TABLE,
        status: 'secondary',
      },
      {
        name: 'MMLU-Pro',
        value: 52.8,
        variant: 'CoT',
        language: 'en',
        shots: 0,
        setting: '0-shot chain-of-thought, benchmark table of the Phi-4-mini-instruct model card',
        source: PHI_4_MINI_TABLE,
        status: 'secondary',
      },
    ],
    released: '2025-02',
    sources: [CARD_COPY, PHI_4_MINI_TABLE, PARAMS, SPEC_SHEET, SUMMARY],
    notes: [
      'Instruction-tuned (SFT + DPO) with function calling, where tools are declared as JSON in the system prompt; no pretrained base checkpoint was released.',
      'Differs from Phi-3.5-mini by its 200,064-token vocabulary, grouped-query attention (24 query, 8 KV heads, head_dim 128) and tied input/output embeddings; rotary embedding covers 75% of each head (partial_rotary_factor 0.75).',
      'Fused qkv_proj and gate_up_proj as in Phi-3: LoRA target modules are named differently from Llama\u2019s.',
      'Config: the dimensions are ExecuTorch\u2019s converter parameters for this checkpoint, written under Hugging Face\u2019s names; tie_word_embeddings, max_position_embeddings and original_max_position_embeddings follow the card\u2019s shared embeddings and 128K LongRoPE window. The published config.json was not read (secondary).',
      'The count from the config (3,836,021,760) is 0.95% above the rounded 3.8B headline; the Hugging Face page\u2019s exact safetensors total was not read, so the count is not checked against a published exact figure.',
      'Benchmarks from the card\u2019s table (Microsoft\u2019s evaluation): MMLU 5-shot and MMLU-Pro 0-shot chain-of-thought; the same table gives Phi-3.5-mini-instruct MMLU-Pro 47.4 in that setting (listed on its entry). Its GPQA row (0-shot, CoT, 25.2) does not name the subset, so no GPQA-Diamond figure is listed.',
      'Superseding note: Phi-4-mini-reasoning (a math-reasoning fine-tune of this model) is not in the catalog.',
    ],
  },
];
