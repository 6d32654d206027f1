import type { CatalogModel } from '../schema';
import { SHARED_SRC } from './sources/shared';

/**
 * mE5: multilingual-e5-large.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
} as const;

export const me5Models: CatalogModel[] = [
  {
    id: 'intfloat/multilingual-e5-large',
    name: 'multilingual-E5 large',
    family: 'mE5',
    developer: 'Microsoft (E5 authors, published as intfloat)',
    purposes: ['similarity'],
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaModel'],
      vocab_size: 250002,
      hidden_size: 1024,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      max_position_embeddings: 514,
      type_vocab_size: 1,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-5,
      pad_token_id: 1,
    },
    configStatus: 'secondary',
    parameters: {
      total: 559_890_432,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (XLMRobertaModel with pooler); ${SRC.HUB_SNAPSHOT} stores 559,890,946 = this + 514 position_ids`,
    },
    context: {
      native: 512,
      status: 'secondary',
      source:
        'config.json max_position_embeddings 514 = 512 usable positions + 2 (config copies with _name_or_path intfloat/multilingual-e5-large)',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'About 100 languages, inherited from XLM-RoBERTa-large (mteb lists the XLM-R language set)',
    },
    strengths: ['retrieval', 'multilingual'],
    license: {
      id: 'mit',
      status: 'secondary',
      source: `${SRC.MTEB_E5} (license "mit"); ${SRC.HUB_SNAPSHOT} (Hub tag MIT)`,
    },
    benchmarks: [],
    released: '2024-02',
    sources: [
      'github:embeddings-benchmark/mteb mteb/models/model_implementations/e5_models.py @a905523d (ModelMeta release_date 2024-02-08, the Multilingual E5 technical report, arXiv:2402.05672; the weights were on the Hub earlier, in 2023; secondary)',
      SRC.MTEB_E5,
      SRC.HUB_SNAPSHOT,
      'config copies with _name_or_path intfloat/multilingual-e5-large, e.g. https://huggingface.co/Hiveurban/multilingual-e5-large-pooled/blob/main/onnx/config.json (secondary)',
    ],
    notes: [
      'Initialised from xlm-roberta-large; inputs must start with "query: " or "passage: "; mean pooling.',
      'License read in mteb metadata and a Hub tag snapshot (both MIT), not on the model card itself.',
      "No MTEB/BEIR figure for this exact model was verified, so none is recorded (Qwen's tables list the -instruct variant, a different model).",
    ],
  },
];
