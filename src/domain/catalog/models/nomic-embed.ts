import type { CatalogModel } from '../schema';
import { SHARED_SRC } from './sources/shared';

/**
 * Nomic Embed: nomic-embed-text-v1.5.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
} as const;

export const nomicEmbedModels: CatalogModel[] = [
  {
    id: 'nomic-ai/nomic-embed-text-v1.5',
    name: 'Nomic Embed Text v1.5',
    family: 'Nomic Embed',
    developer: 'Nomic AI',
    purposes: ['similarity'],
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'nomic_bert',
      architectures: ['NomicBertModel'],
      vocab_size: 30528,
      n_embd: 768,
      n_layer: 12,
      n_head: 12,
      n_inner: 3072,
      n_positions: 8192,
      max_trained_positions: 2048,
      type_vocab_size: 2,
      activation_function: 'swiglu',
      rotary_emb_fraction: 1.0,
      rotary_emb_base: 1000,
      rotary_emb_interleaved: false,
      qkv_proj_bias: false,
      mlp_fc1_bias: false,
      mlp_fc2_bias: false,
      prenorm: false,
      layer_norm_epsilon: 1e-12,
    },
    configStatus: 'secondary',
    parameters: {
      total: 136_731_648,
      precision: 'exact',
      status: 'secondary',
      source: `${SRC.HUB_SNAPSHOT} (safetensors total 136,731,648; equals the count recomputed from this config)`,
    },
    context: {
      native: 2048,
      extended: 8192,
      status: 'verified',
      source:
        'https://huggingface.co/nomic-ai/nomic-embed-text-v1.5 (8192 sequence length; "natively supports scaling of the sequence length past 2048 tokens" with rotary_scaling_factor=2), also read in third-party copies of the card',
      note: 'Trained at 2048 tokens (max_trained_positions); 8192 needs the published dynamic RoPE scaling, factor 2.',
    },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['retrieval', 'long-context'],
    license: {
      id: 'apache-2.0',
      status: 'verified',
      source:
        'https://huggingface.co/nomic-ai/nomic-embed-text-v1.5/commit/cf11296044913bcb5232c8cf0a30f1b95132f37c',
    },
    benchmarks: [
      {
        name: 'MTEB',
        value: 62.28,
        variant: 'v1',
        language: 'en',
        shots: null,
        setting: 'MTEB English (v1), average, at the full 768-dimension output',
        source:
          'https://huggingface.co/nomic-ai/nomic-embed-text-v1.5 (MTEB by Matryoshka dimension: 62.28 @768, 61.96 @512, 61.04 @256, 59.34 @128, 56.10 @64)',
        status: 'verified',
      },
    ],
    released: '2024-02',
    sources: [
      'github:embeddings-benchmark/mteb mteb/models/model_implementations/nomic_models.py @a905523d (ModelMeta release_date 2024-02-10, the first commit of the HF model; secondary)',
      'https://huggingface.co/nomic-ai/nomic-embed-text-v1.5',
      'https://huggingface.co/nomic-ai/nomic-embed-text-v1.5/blob/main/config.json, fields quoted in a vLLM feature request on GitHub (n_positions 8192, max_trained_positions 2048, rotary_emb_base 1000, rotary_emb_fraction 1.0; secondary)',
      'https://huggingface.co/nomic-ai/nomic-embed-text-v1.5/blob/main/config.json, nomic_bert fields as public config-parsing test fixtures copy them (n_embd 768, n_layer 12, n_head 12, n_inner 3072, vocab 30528, type_vocab_size 2, swiglu, no qkv/fc biases; secondary)',
      SRC.HUB_SNAPSHOT,
    ],
    notes: [
      'nomic-bert uses GPT-2-style config names (n_embd, n_layer, n_head, n_inner, n_positions) and needs trust_remote_code in older transformers.',
      'RoPE on the full head (rotary_emb_fraction 1.0), so there is no learned position table; SwiGLU MLP with no biases. The exact Hub count confirms this shape.',
      'A recent config revision also carries max_position_embeddings 2048 (quoted in the vLLM request); it is not recorded here because the original config used n_positions only.',
      'Matryoshka output: 768 dims, truncatable to 512/256/128/64. Inputs take task prefixes such as "search_query: " and "search_document: ".',
    ],
  },
];
