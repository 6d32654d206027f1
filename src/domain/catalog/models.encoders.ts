/**
 * The catalog's encoders (fine-tune for classification), embedding bi-encoders (similarity) and
 * rerankers (cross-encoders and the Qwen3 pointwise LLM reranker).
 *
 * How facts are sourced:
 * - `config` holds the Hugging Face `config.json` fields a user would paste, with HF's own names
 *   (DistilBERT and nomic-bert keep their own). Values come from the reference data in
 *   /work/shared/reference, copies of the published configs and model cards, and are cross-checked
 *   by recomputing the parameter count from them: where the recomputed count equals an exact
 *   published count (keras-hub preset metadata, or the Hub's safetensors total), the shape is
 *   settled even when the config file itself was only read in a copy.
 * - `parameters.total` counts the weights of the checkpoint's network as HF loads it: the encoder
 *   with its pooler where the checkpoint has one, the classification head of a cross-encoder, and
 *   for Qwen3 the tied LM head once. Non-parameter buffers (`position_ids`) are not counted, so a
 *   Hub safetensors total can exceed ours by 512 or 514. Task heads you add when fine-tuning are
 *   extra.
 * - Status: "verified" = read in the developer's own source; "secondary" = read in a faithful copy
 *   or a third-party listing, or computed from such values; "unverified" = not confirmed, with the
 *   reason in `notes`. Benchmarks are only MTEB/BEIR figures, "verified" when the developer reports
 *   them and "secondary" when a third party measured or listed them.
 * - "search index file id N" names a stored copy of a public file found through the project's
 *   code search; the id is how to open that copy again.
 */
import type { CatalogModel, Purpose } from './schema';

const CLASSIFICATION: Purpose[] = ['multi-class-classification', 'multi-label-classification'];
const SIMILARITY: Purpose[] = ['similarity'];
const RERANKING: Purpose[] = ['reranking'];

// Sources shared by several entries.
const BERT_README =
  'github:google-research/bert README.md @eedf5716 (L/H/A and parameter counts) + LICENSE (Apache 2.0)';
const KERAS_BERT =
  'github:keras-team/keras-hub keras_hub/src/models/bert/bert_presets.py @0b8b7aff40ebcfcb0fffe155cf1c2ad71dd41e2d (metadata.params = exact stored count; bert_* and bge_*_en_v1.5 presets)';
const KERAS_ROBERTA =
  'github:keras-team/keras-hub keras_hub/src/models/roberta/roberta_presets.py @24a41989240479869745248c201a937b3f4eef17 (metadata.params; no pooler, 512 positions)';
const KERAS_XLMR =
  'github:keras-team/keras-hub keras_hub/src/models/xlm_roberta/xlm_roberta_presets.py @0cb64f626c1ad0eef342b80ed3231d7a432a33b0 (metadata.params; no pooler, 512 positions)';
const KERAS_DEBERTA =
  'github:keras-team/keras-hub keras_hub/src/models/deberta_v3/deberta_v3_presets.py @0cb64f626c1ad0eef342b80ed3231d7a432a33b0 (metadata.params = exact stored count)';
const KERAS_DISTILBERT =
  'github:keras-team/keras-hub keras_hub/src/models/distil_bert/distil_bert_presets.py @0cb64f626c1ad0eef342b80ed3231d7a432a33b0 (metadata.params = exact stored count)';
const KERAS_MODERNBERT =
  'github:keras-team/keras-hub keras_hub/src/models/modernbert/modern_bert_presets.py @a7f6e2cec7f685b0934cff30f31cfb6a844431c0 (metadata.params: 149,014,272 and 394,781,696)';
const FAIRSEQ_ROBERTA =
  'github:facebookresearch/fairseq examples/roberta/README.md @3d262bb2 (# params) + LICENSE (MIT)';
const FAIRSEQ_XLMR =
  'github:facebookresearch/fairseq examples/xlmr/README.md @3d262bb2 (#params, 100 languages, vocab 250k) + LICENSE (MIT)';
const DEBERTA_README =
  'github:microsoft/DeBERTa README.md @4d7fe0bd (vocab 128K, backbone + embedding params) + LICENSE (MIT)';
const MODERNBERT_CARD =
  'https://huggingface.co/answerdotai/ModernBERT-base/blob/e5629bf52fcdf877083a60aa4d6b453710f889d0/README.md (22/28 layers, 149M/395M, 8192 context, apache-2.0)';
const MODERNBERT_PAPER =
  'ModernBERT paper, arXiv:2412.13663, Table 1 (BEIR nDCG@10 after DPR / ColBERT fine-tuning), read in a copy: search index file id 52947412331';
const MODERNBERT_CONFIG_COPIES =
  'ModernBERT config.json fields (global_attn_every_n_layers, local_attention, *_bias, classifier_*, norm_eps) in public config fixtures: search index file ids 70761266990, 71306730173, 71585758710';
const HUB_SNAPSHOT =
  'Hugging Face Hub API snapshot (license:* tag and safetensors.total per repo) in a public license-audit script, search index file id 71142266638 (third-party copy)';
const FLAG_BGE_README =
  'github:FlagOpen/FlagEmbedding research/baai_general_embedding/README.md @7ed43d67 (MTEB table: dimension, sequence length, averages)';
const FLAG_LICENSE =
  'github:FlagOpen/FlagEmbedding README.md (License section: MIT, released models free for commercial use) + LICENSE';
const FLAG_DOCS_V15 =
  'github:FlagOpen/FlagEmbedding docs/source/bge/bge_v1_v1.5.rst @1374b98da4ddc9d9155752684ef762b1e4da3e1a (335M / 109M / 33.4M parameters)';
const FLAG_DOCS_M3 =
  'github:FlagOpen/FlagEmbedding docs/source/bge/bge_m3.rst @1374b98da4ddc9d9155752684ef762b1e4da3e1a (569M, max position extended to 8192, 100+ languages)';
const FLAG_M3_README =
  'github:FlagOpen/FlagEmbedding research/BGE_M3/README.md @7ed43d67 (1024 dim, 8192 tokens, initialised from xlm-roberta-large)';
const FLAG_RERANK_TUTORIAL =
  'github:FlagOpen/FlagEmbedding docs/source/tutorial/5_Reranking/5.1.ipynb @44a188009c614a2787b1a8334beb9a5a471f96a4 (reranker table: languages, parameters, base model)';
const FLAG_RERANK_V2_DOCS =
  'github:FlagOpen/FlagEmbedding docs/source/bge/bge_reranker_v2.rst @a995448fc9410d968bd32572c84fb3a3fcb5b1ed (bge-reranker-v2-m3: 568M, 2.27 GB)';
const FLAG_RERANK_README =
  'github:FlagOpen/FlagEmbedding research/llm_reranker/README.md and research/reranker/README.md @7ed43d67 (base models, C-MTEB reranking table)';
const QWEN_EMB_README =
  'github:QwenLM/Qwen3-Embedding README.md @f4ad0c43 (model list: layers, sequence length, MTEB tables)';
const QWEN_EMB_REPORT =
  'github:QwenLM/Qwen3-Embedding qwen3_embedding_technical_report.pdf (Apache 2.0 statement, Table 1)';
const QWEN3_BASE_CONFIG =
  'github:mlc-ai/mlc-llm python/mlc_llm/model/model_preset.py @79d603f085f5 (copy of the Qwen3-0.6B config.json the Qwen3 embedding/reranker models are built from)';
const QWEN_EMB_CONFIG_COPY =
  'Qwen3-Embedding-0.6B config.json quoted in a public test fixture (Qwen3ForCausalLM, qwen3, 28 layers, hidden 1024, 32768 positions, vocab 151669): search index file id 70255335171';
const JINA_BEIR_TABLE =
  'jinaai/jina-reranker-v2-base-multilingual model card, evaluation table (HF README), copy via find_string id 14579297313';
const GTE_CARD_MIRROR =
  'https://chatgptweb.us.kg/thenlper/gte-large (mirror of the gte-large model card: MTEB table with gte, e5 and all-MiniLM rows; 0.67 GB; 1024 dim; 512 tokens)';
const MTEB_E5 =
  'github:embeddings-benchmark/mteb mteb/models/e5_models.py @02c38954882603bb5185f8749c90ea7e664a817a (ModelMeta: license, n_parameters, embed_dim, max_tokens)';

export const encoderModels: CatalogModel[] = [
  // ---------------------------------------------------------------------------------------------
  // Encoders for classification (MLM-pretrained; fine-tune with a classification head)
  // ---------------------------------------------------------------------------------------------
  {
    id: 'google-bert/bert-base-uncased',
    name: 'BERT base (uncased)',
    family: 'BERT',
    developer: 'Google',
    purposes: CLASSIFICATION,
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertForMaskedLM'],
      vocab_size: 30522,
      hidden_size: 768,
      intermediate_size: 3072,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-12,
      position_embedding_type: 'absolute',
    },
    configStatus: 'secondary',
    parameters: {
      total: 109_482_240,
      precision: 'exact',
      status: 'secondary',
      source: KERAS_BERT,
    },
    context: {
      native: 512,
      status: 'secondary',
      source: 'config.json max_position_embeddings 512 (learned absolute positions)',
    },
    languages: {
      coverage: 'english',
      stated: 'English (BooksCorpus + English Wikipedia), lowercased',
    },
    strengths: ['classification'],
    license: { id: 'apache-2.0', status: 'verified', source: BERT_README },
    benchmarks: [],
    sources: [BERT_README, KERAS_BERT],
    notes: [
      'Parameter count is BertModel with its pooler (keras-hub bert_base_en_uncased); it equals the count recomputed from this config. The README headline is 110M.',
      'Layers, hidden size and heads are verified in the google-research/bert README; vocab, FFN width and positions come from config copies and are confirmed by the exact count.',
      'Learned positions stop at 512 tokens: longer inputs must be truncated or chunked.',
    ],
  },
  {
    id: 'google-bert/bert-large-uncased',
    name: 'BERT large (uncased)',
    family: 'BERT',
    developer: 'Google',
    purposes: CLASSIFICATION,
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertForMaskedLM'],
      vocab_size: 30522,
      hidden_size: 1024,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-12,
      position_embedding_type: 'absolute',
    },
    configStatus: 'secondary',
    parameters: {
      total: 335_141_888,
      precision: 'exact',
      status: 'secondary',
      source: KERAS_BERT,
    },
    context: {
      native: 512,
      status: 'secondary',
      source: 'config.json max_position_embeddings 512 (learned absolute positions)',
    },
    languages: {
      coverage: 'english',
      stated: 'English (BooksCorpus + English Wikipedia), lowercased',
    },
    strengths: ['classification'],
    license: { id: 'apache-2.0', status: 'verified', source: BERT_README },
    benchmarks: [],
    sources: [
      BERT_README,
      KERAS_BERT,
      'cli99/llm-analysis llm_analysis/model_configs/bert-large.json @d841e40a (config copy; secondary)',
    ],
    notes: [
      'Parameter count is BertModel with its pooler (keras-hub bert_large_en_uncased), equal to the count recomputed from this config. The README headline is 340M.',
    ],
  },
  {
    id: 'FacebookAI/roberta-base',
    name: 'RoBERTa base',
    family: 'RoBERTa',
    developer: 'Meta AI (Facebook AI Research)',
    purposes: CLASSIFICATION,
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'roberta',
      architectures: ['RobertaForMaskedLM'],
      vocab_size: 50265,
      hidden_size: 768,
      intermediate_size: 3072,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 514,
      type_vocab_size: 1,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-5,
      pad_token_id: 1,
    },
    configStatus: 'secondary',
    parameters: {
      total: 124_645_632,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (RobertaModel with pooler); cross-checked against ${KERAS_ROBERTA}`,
    },
    context: {
      native: 512,
      status: 'secondary',
      source:
        'config.json max_position_embeddings 514 = 512 usable positions + 2 (RoBERTa offsets positions by padding_idx + 1)',
    },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['classification'],
    license: { id: 'mit', status: 'verified', source: FAIRSEQ_ROBERTA },
    benchmarks: [
      {
        name: 'BEIR',
        value: 37.7,
        setting:
          'BEIR nDCG@10 after single-vector (DPR) fine-tuning on MS-MARCO with the ModernBERT paper recipe (measured by Answer.AI)',
        source: MODERNBERT_PAPER,
        status: 'secondary',
      },
      {
        name: 'BEIR',
        value: 48.7,
        setting:
          'BEIR nDCG@10 after multi-vector (ColBERT) fine-tuning with the ModernBERT paper recipe (measured by Answer.AI)',
        source: MODERNBERT_PAPER,
        status: 'secondary',
      },
    ],
    sources: [FAIRSEQ_ROBERTA, KERAS_ROBERTA, MODERNBERT_PAPER],
    notes: [
      'The fairseq README gives 125M. Our exact count (124,645,632) is RobertaModel with pooler and 514 positions; keras-hub lists 124,052,736 because it drops the pooler and 2 position rows and the single token-type row: the difference is exactly 592,896.',
      'RobertaForSequenceClassification drops the pooler and adds its own dense + out_proj head (about 0.59M parameters).',
      'Only 512 of the 514 position slots carry tokens; do not treat 514 as the context length.',
    ],
  },
  {
    id: 'FacebookAI/roberta-large',
    name: 'RoBERTa large',
    family: 'RoBERTa',
    developer: 'Meta AI (Facebook AI Research)',
    purposes: CLASSIFICATION,
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'roberta',
      architectures: ['RobertaForMaskedLM'],
      vocab_size: 50265,
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
      total: 355_359_744,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (RobertaModel with pooler); cross-checked against ${KERAS_ROBERTA}`,
    },
    context: {
      native: 512,
      status: 'secondary',
      source: 'config.json max_position_embeddings 514 = 512 usable positions + 2',
    },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['classification'],
    license: { id: 'mit', status: 'verified', source: FAIRSEQ_ROBERTA },
    benchmarks: [
      {
        name: 'BEIR',
        value: 41.4,
        setting:
          'BEIR nDCG@10 after single-vector (DPR) fine-tuning on MS-MARCO with the ModernBERT paper recipe (measured by Answer.AI)',
        source: MODERNBERT_PAPER,
        status: 'secondary',
      },
      {
        name: 'BEIR',
        value: 49.8,
        setting:
          'BEIR nDCG@10 after multi-vector (ColBERT) fine-tuning with the ModernBERT paper recipe (measured by Answer.AI)',
        source: MODERNBERT_PAPER,
        status: 'secondary',
      },
    ],
    sources: [FAIRSEQ_ROBERTA, KERAS_ROBERTA, MODERNBERT_PAPER],
    notes: [
      'The fairseq README gives 355M. keras-hub lists 354,307,072 (no pooler, 512 positions, no token-type row); our count adds exactly those 1,052,672 parameters.',
    ],
  },
  {
    id: 'microsoft/deberta-v3-base',
    name: 'DeBERTa-v3 base',
    family: 'DeBERTa-v3',
    developer: 'Microsoft',
    purposes: CLASSIFICATION,
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'deberta-v2',
      vocab_size: 128100,
      hidden_size: 768,
      intermediate_size: 3072,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 512,
      type_vocab_size: 0,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-7,
      position_biased_input: false,
      relative_attention: true,
      max_relative_positions: -1,
      position_buckets: 256,
      pos_att_type: 'p2c|c2p',
      share_att_key: true,
      norm_rel_ebd: 'layer_norm',
    },
    configStatus: 'secondary',
    parameters: {
      total: 183_831_552,
      precision: 'exact',
      status: 'secondary',
      source: KERAS_DEBERTA,
    },
    context: {
      native: 512,
      status: 'secondary',
      source:
        'config.json max_position_embeddings 512; relative positions bucketed (position_buckets 256)',
    },
    languages: {
      coverage: 'english',
      stated: 'English (Wikipedia, BookCorpus, OpenWebText per keras-hub preset description)',
    },
    strengths: ['classification'],
    license: { id: 'mit', status: 'verified', source: DEBERTA_README },
    benchmarks: [
      {
        name: 'BEIR',
        value: 20.2,
        setting:
          'BEIR nDCG@10 after single-vector (DPR) fine-tuning on MS-MARCO with the ModernBERT paper recipe (measured by Answer.AI)',
        source: MODERNBERT_PAPER,
        status: 'secondary',
      },
      {
        name: 'BEIR',
        value: 47.1,
        setting:
          'BEIR nDCG@10 after multi-vector (ColBERT) fine-tuning with the ModernBERT paper recipe (measured by Answer.AI)',
        source: MODERNBERT_PAPER,
        status: 'secondary',
      },
    ],
    sources: [DEBERTA_README, KERAS_DEBERTA, MODERNBERT_PAPER],
    notes: [
      'README: 86M backbone + 98M embedding parameters (128K vocabulary). The exact count 183,831,552 (keras-hub) equals the DebertaV2Model count recomputed from this config, including the 512×768 relative-position table.',
      'No absolute position table (position_biased_input false) and no token-type embeddings (type_vocab_size 0): disentangled relative attention shares one key/query projection for content and position (share_att_key).',
      'Whether the published config.json carries an `architectures` field was not checked, so none is recorded.',
      "The BEIR figures measure retrieval after the ModernBERT paper's fine-tuning recipe (DPR 20.2 is low); they say nothing about classification quality.",
    ],
  },
  {
    id: 'microsoft/deberta-v3-large',
    name: 'DeBERTa-v3 large',
    family: 'DeBERTa-v3',
    developer: 'Microsoft',
    purposes: CLASSIFICATION,
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'deberta-v2',
      vocab_size: 128100,
      hidden_size: 1024,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      max_position_embeddings: 512,
      type_vocab_size: 0,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-7,
      position_biased_input: false,
      relative_attention: true,
      max_relative_positions: -1,
      position_buckets: 256,
      pos_att_type: 'p2c|c2p',
      share_att_key: true,
      norm_rel_ebd: 'layer_norm',
    },
    configStatus: 'secondary',
    parameters: {
      total: 434_012_160,
      precision: 'exact',
      status: 'secondary',
      source: KERAS_DEBERTA,
    },
    context: {
      native: 512,
      status: 'secondary',
      source:
        'config.json max_position_embeddings 512; relative positions bucketed (position_buckets 256)',
    },
    languages: {
      coverage: 'english',
      stated: 'English (Wikipedia, BookCorpus, OpenWebText per keras-hub preset description)',
    },
    strengths: ['classification'],
    license: { id: 'mit', status: 'verified', source: DEBERTA_README },
    benchmarks: [
      {
        name: 'BEIR',
        value: 25.6,
        setting:
          'BEIR nDCG@10 after single-vector (DPR) fine-tuning on MS-MARCO with the ModernBERT paper recipe (measured by Answer.AI)',
        source: MODERNBERT_PAPER,
        status: 'secondary',
      },
      {
        name: 'BEIR',
        value: 46.7,
        setting:
          'BEIR nDCG@10 after multi-vector (ColBERT) fine-tuning with the ModernBERT paper recipe (measured by Answer.AI)',
        source: MODERNBERT_PAPER,
        status: 'secondary',
      },
    ],
    sources: [DEBERTA_README, KERAS_DEBERTA, MODERNBERT_PAPER],
    notes: [
      'README: 304M backbone + 131M embedding parameters. The exact count 434,012,160 (keras-hub) equals the DebertaV2Model count recomputed from this config.',
      'Whether the published config.json carries an `architectures` field was not checked, so none is recorded.',
    ],
  },
  {
    id: 'distilbert/distilbert-base-uncased',
    name: 'DistilBERT base (uncased)',
    family: 'DistilBERT',
    developer: 'Hugging Face',
    purposes: CLASSIFICATION,
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'distilbert',
      architectures: ['DistilBertForMaskedLM'],
      vocab_size: 30522,
      dim: 768,
      n_layers: 6,
      n_heads: 12,
      hidden_dim: 3072,
      max_position_embeddings: 512,
      sinusoidal_pos_embds: false,
      activation: 'gelu',
      tie_weights_: true,
    },
    configStatus: 'secondary',
    parameters: {
      total: 66_362_880,
      precision: 'exact',
      status: 'secondary',
      source: KERAS_DISTILBERT,
    },
    context: {
      native: 512,
      status: 'secondary',
      source:
        'config.json max_position_embeddings 512 (learned positions, sinusoidal_pos_embds false)',
    },
    languages: {
      coverage: 'english',
      stated: 'English (BookCorpus + English Wikipedia), lowercased',
    },
    strengths: ['classification'],
    license: {
      id: 'apache-2.0',
      status: 'secondary',
      source:
        'distilbert-base-uncased model card YAML "license: apache-2.0", read in copies: search index file ids 428801420, 52666015314',
    },
    benchmarks: [],
    sources: [
      KERAS_DISTILBERT,
      'distilbert-base-uncased config.json as printed by transformers when loading it from the Hub: search index file id 5522309071',
      'distilbert-base-uncased model card (copies): search index file ids 428801420, 52666015314',
    ],
    notes: [
      'DistilBERT uses its own config names: dim (hidden), n_layers, n_heads, hidden_dim (FFN width) and activation; it has no token-type embeddings and no pooler.',
      'Exact count 66,362,880 (keras-hub) equals DistilBertModel recomputed from this config.',
      'License read in copies of the model card, not on huggingface.co itself.',
    ],
  },
  {
    id: 'answerdotai/ModernBERT-base',
    name: 'ModernBERT base',
    family: 'ModernBERT',
    developer: 'Answer.AI + LightOn',
    purposes: CLASSIFICATION,
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'modernbert',
      architectures: ['ModernBertForMaskedLM'],
      vocab_size: 50368,
      hidden_size: 768,
      intermediate_size: 1152,
      num_hidden_layers: 22,
      num_attention_heads: 12,
      max_position_embeddings: 8192,
      hidden_activation: 'gelu',
      global_attn_every_n_layers: 3,
      local_attention: 128,
      global_rope_theta: 160000.0,
      local_rope_theta: 10000.0,
      mlp_bias: false,
      attention_bias: false,
      norm_bias: false,
      norm_eps: 1e-5,
      decoder_bias: true,
      classifier_pooling: 'mean',
      classifier_activation: 'gelu',
      classifier_bias: false,
      classifier_dropout: 0.0,
    },
    configStatus: 'secondary',
    parameters: {
      total: 149_014_272,
      precision: 'exact',
      status: 'secondary',
      source: KERAS_MODERNBERT,
    },
    context: {
      native: 8192,
      status: 'verified',
      source: MODERNBERT_CARD,
      note: 'Every third layer attends globally; the others use a sliding window of 128 tokens.',
    },
    languages: {
      coverage: 'english',
      stated: 'English and code (2 trillion tokens of English text and code per the model card)',
    },
    strengths: ['classification', 'retrieval', 'long-context', 'code'],
    license: { id: 'apache-2.0', status: 'verified', source: MODERNBERT_CARD },
    benchmarks: [
      {
        name: 'BEIR',
        value: 41.6,
        setting:
          'BEIR nDCG@10 after single-vector (DPR) fine-tuning on MS-MARCO with the paper recipe (developer-reported)',
        source: MODERNBERT_PAPER,
        status: 'verified',
      },
      {
        name: 'BEIR',
        value: 51.3,
        setting:
          'BEIR nDCG@10 after multi-vector (ColBERT) fine-tuning with the paper recipe (developer-reported)',
        source: MODERNBERT_PAPER,
        status: 'verified',
      },
    ],
    sources: [
      MODERNBERT_CARD,
      'https://huggingface.co/answerdotai/ModernBERT-base/blame/fec8a7d1e6aec7a2a4f10703af352f379c386074/config.json',
      KERAS_MODERNBERT,
      MODERNBERT_CONFIG_COPIES,
      MODERNBERT_PAPER,
    ],
    notes: [
      'intermediate_size 1152 is the GeGLU width: Wi projects to 2 × 1152. There are no bias terms and no token-type embeddings; ModernBERT names its activation `hidden_activation`.',
      'Exact count 149,014,272 is ModernBertModel (card headline 149M); it equals the count recomputed from this config. The MLM head adds about 0.64M.',
      'An early config revision read for the reference data shows max_position_embeddings 512; the card and later configs give 8192, which is recorded here.',
      'Newer transformers releases re-serialise the RoPE bases as rope_parameters (full_attention / sliding_attention) and add layer_types; the values are the same.',
    ],
  },
  {
    id: 'answerdotai/ModernBERT-large',
    name: 'ModernBERT large',
    family: 'ModernBERT',
    developer: 'Answer.AI + LightOn',
    purposes: CLASSIFICATION,
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'modernbert',
      architectures: ['ModernBertForMaskedLM'],
      vocab_size: 50368,
      hidden_size: 1024,
      intermediate_size: 2624,
      num_hidden_layers: 28,
      num_attention_heads: 16,
      max_position_embeddings: 8192,
      hidden_activation: 'gelu',
      global_attn_every_n_layers: 3,
      local_attention: 128,
      global_rope_theta: 160000.0,
      local_rope_theta: 10000.0,
      mlp_bias: false,
      attention_bias: false,
      norm_bias: false,
      norm_eps: 1e-5,
      decoder_bias: true,
      classifier_pooling: 'mean',
      classifier_activation: 'gelu',
      classifier_bias: false,
      classifier_dropout: 0.0,
    },
    configStatus: 'secondary',
    parameters: {
      total: 394_781_696,
      precision: 'exact',
      status: 'secondary',
      source: KERAS_MODERNBERT,
    },
    context: {
      native: 8192,
      status: 'verified',
      source: MODERNBERT_CARD,
      note: 'Every third layer attends globally; the others use a sliding window of 128 tokens.',
    },
    languages: {
      coverage: 'english',
      stated: 'English and code (2 trillion tokens of English text and code per the model card)',
    },
    strengths: ['classification', 'retrieval', 'long-context', 'code'],
    license: { id: 'apache-2.0', status: 'verified', source: MODERNBERT_CARD },
    benchmarks: [
      {
        name: 'BEIR',
        value: 44.0,
        setting:
          'BEIR nDCG@10 after single-vector (DPR) fine-tuning on MS-MARCO with the paper recipe (developer-reported)',
        source: MODERNBERT_PAPER,
        status: 'verified',
      },
      {
        name: 'BEIR',
        value: 52.4,
        setting:
          'BEIR nDCG@10 after multi-vector (ColBERT) fine-tuning with the paper recipe (developer-reported)',
        source: MODERNBERT_PAPER,
        status: 'verified',
      },
    ],
    sources: [
      MODERNBERT_CARD,
      'https://huggingface.co/answerdotai/ModernBERT-large/blob/e0e1696f42eaf3a8b1f75813d77aafdb638597ec/config.json',
      KERAS_MODERNBERT,
      MODERNBERT_CONFIG_COPIES,
      MODERNBERT_PAPER,
    ],
    notes: [
      'intermediate_size 2624 is the GeGLU width (Wi projects to 2 × 2624). A keras-hub preset draft elsewhere lists 2048; the exact count 394,781,696 only matches 2624.',
      'Exact count 394,781,696 is ModernBertModel (card headline 395M); it equals the count recomputed from this config.',
    ],
  },
  {
    id: 'FacebookAI/xlm-roberta-base',
    name: 'XLM-RoBERTa base',
    family: 'XLM-RoBERTa',
    developer: 'Meta AI (Facebook AI Research)',
    purposes: CLASSIFICATION,
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaForMaskedLM'],
      vocab_size: 250002,
      hidden_size: 768,
      intermediate_size: 3072,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 514,
      type_vocab_size: 1,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-5,
      pad_token_id: 1,
    },
    configStatus: 'secondary',
    parameters: {
      total: 278_043_648,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (XLMRobertaModel with pooler); cross-checked against ${HUB_SNAPSHOT} and ${KERAS_XLMR}`,
    },
    context: {
      native: 512,
      status: 'secondary',
      source: 'config.json max_position_embeddings 514 = 512 usable positions + 2',
    },
    languages: { coverage: 'multilingual', stated: '100 languages (CommonCrawl CC-100)' },
    strengths: ['classification', 'multilingual'],
    license: { id: 'mit', status: 'verified', source: FAIRSEQ_XLMR },
    benchmarks: [],
    sources: [FAIRSEQ_XLMR, KERAS_XLMR, HUB_SNAPSHOT],
    notes: [
      'The fairseq README says 250M; HF cards and tools say about 278M because the 250,002-token embedding alone is 192M.',
      'The Hub stores 278,885,778 parameters for this repo: our 278,043,648 plus the MLM head (842,130). keras-hub lists 277,450,752 (no pooler, 512 positions, no token-type row).',
      'Only 512 of the 514 position slots carry tokens.',
    ],
  },
  {
    id: 'FacebookAI/xlm-roberta-large',
    name: 'XLM-RoBERTa large',
    family: 'XLM-RoBERTa',
    developer: 'Meta AI (Facebook AI Research)',
    purposes: CLASSIFICATION,
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaForMaskedLM'],
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
      source: `computed from this config (XLMRobertaModel with pooler); cross-checked against ${HUB_SNAPSHOT} and ${KERAS_XLMR}`,
    },
    context: {
      native: 512,
      status: 'secondary',
      source: 'config.json max_position_embeddings 514 = 512 usable positions + 2',
    },
    languages: { coverage: 'multilingual', stated: '100 languages (CommonCrawl CC-100)' },
    strengths: ['classification', 'multilingual'],
    license: { id: 'mit', status: 'verified', source: FAIRSEQ_XLMR },
    benchmarks: [],
    sources: [FAIRSEQ_XLMR, KERAS_XLMR, HUB_SNAPSHOT],
    notes: [
      'The fairseq README gives 560M. The Hub stores 561,192,082 parameters: our count plus the MLM head (1,301,650).',
      'Only 512 of the 514 position slots carry tokens.',
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Embedding bi-encoders (already contrastively trained for similarity / retrieval)
  // ---------------------------------------------------------------------------------------------
  {
    id: 'BAAI/bge-m3',
    name: 'BGE-M3',
    family: 'BGE-M3',
    developer: 'BAAI',
    purposes: SIMILARITY,
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
      max_position_embeddings: 8194,
      type_vocab_size: 1,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-5,
      pad_token_id: 1,
    },
    configStatus: 'secondary',
    parameters: {
      total: 567_754_752,
      precision: 'exact',
      status: 'secondary',
      source:
        'computed from this config (XLMRobertaModel with pooler, 8194 positions); card headline 568M, FlagEmbedding docs 569M',
    },
    context: {
      native: 8192,
      status: 'verified',
      source: FLAG_DOCS_M3,
    },
    languages: { coverage: 'multilingual', stated: 'More than 100 working languages' },
    strengths: ['retrieval', 'multilingual', 'long-context'],
    license: { id: 'mit', status: 'verified', source: FLAG_LICENSE },
    benchmarks: [
      {
        name: 'MTEB',
        value: 59.56,
        setting:
          'MTEB Multilingual (MMTEB), mean over tasks (listed by Qwen in the Qwen3-Embedding README)',
        source: QWEN_EMB_README,
        status: 'secondary',
      },
    ],
    sources: [FLAG_M3_README, FLAG_DOCS_M3, FLAG_LICENSE, HUB_SNAPSHOT, QWEN_EMB_README],
    notes: [
      'Dense, sparse (lexical) and multi-vector (ColBERT) outputs from one XLM-RoBERTa-large encoder whose position table was extended to 8192 tokens.',
      "Our count is the transformer only. The docs' 569M is consistent with adding the ColBERT projection (1024×1024 + 1024) and sparse head (1024 + 1) that BGE-M3 keeps in separate files (568,805,377 in total); that reconciliation is ours, not the developer's.",
      "The Hub license tag (MIT) is confirmed by a third-party snapshot; BAAI's own MIRACL/MKQA figures for bge-m3 are published only as images and are not recorded.",
    ],
  },
  {
    id: 'BAAI/bge-large-en-v1.5',
    name: 'BGE large EN v1.5',
    family: 'BGE v1.5',
    developer: 'BAAI',
    purposes: SIMILARITY,
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertModel'],
      vocab_size: 30522,
      hidden_size: 1024,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-12,
    },
    configStatus: 'secondary',
    parameters: {
      total: 335_141_888,
      precision: 'exact',
      status: 'secondary',
      source: KERAS_BERT,
    },
    context: { native: 512, status: 'verified', source: FLAG_BGE_README },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['retrieval'],
    license: { id: 'mit', status: 'verified', source: FLAG_LICENSE },
    benchmarks: [
      {
        name: 'MTEB',
        value: 64.23,
        setting: 'MTEB English (v1), average over 56 datasets',
        source: FLAG_BGE_README,
        status: 'verified',
      },
      {
        name: 'MTEB',
        value: 54.29,
        setting: 'MTEB English retrieval average over 15 datasets (the BEIR subset), nDCG@10',
        source: FLAG_BGE_README,
        status: 'verified',
      },
    ],
    sources: [FLAG_BGE_README, FLAG_DOCS_V15, KERAS_BERT, FLAG_LICENSE],
    notes: [
      'CLS pooling, L2-normalised, 1024-dimensional embeddings; for retrieval, queries take the instruction "Represent this sentence for searching relevant passages: ".',
      'Exact count from keras-hub preset bge_large_en_v1.5 (developer docs: 335M); it equals the BERT-large count recomputed from this config.',
      "License: FlagEmbedding states MIT for its released models; this repo's own Hub license tag was not read.",
    ],
  },
  {
    id: 'BAAI/bge-base-en-v1.5',
    name: 'BGE base EN v1.5',
    family: 'BGE v1.5',
    developer: 'BAAI',
    purposes: SIMILARITY,
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertModel'],
      vocab_size: 30522,
      hidden_size: 768,
      intermediate_size: 3072,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-12,
    },
    configStatus: 'secondary',
    parameters: {
      total: 109_482_240,
      precision: 'exact',
      status: 'secondary',
      source: KERAS_BERT,
    },
    context: { native: 512, status: 'verified', source: FLAG_BGE_README },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['retrieval'],
    license: { id: 'mit', status: 'verified', source: FLAG_LICENSE },
    benchmarks: [
      {
        name: 'MTEB',
        value: 63.55,
        setting: 'MTEB English (v1), average over 56 datasets',
        source: FLAG_BGE_README,
        status: 'verified',
      },
      {
        name: 'MTEB',
        value: 53.25,
        setting: 'MTEB English retrieval average over 15 datasets (the BEIR subset), nDCG@10',
        source: FLAG_BGE_README,
        status: 'verified',
      },
    ],
    sources: [FLAG_BGE_README, FLAG_DOCS_V15, KERAS_BERT, FLAG_LICENSE, HUB_SNAPSHOT],
    notes: [
      'CLS pooling, L2-normalised, 768-dimensional embeddings.',
      'The Hub stores 109,482,752 values: this count plus the 512-element position_ids buffer. Hub license tag MIT (third-party snapshot).',
    ],
  },
  {
    id: 'BAAI/bge-small-en-v1.5',
    name: 'BGE small EN v1.5',
    family: 'BGE v1.5',
    developer: 'BAAI',
    purposes: SIMILARITY,
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertModel'],
      vocab_size: 30522,
      hidden_size: 384,
      intermediate_size: 1536,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-12,
    },
    configStatus: 'secondary',
    parameters: {
      total: 33_360_000,
      precision: 'exact',
      status: 'secondary',
      source: KERAS_BERT,
    },
    context: { native: 512, status: 'verified', source: FLAG_BGE_README },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['retrieval'],
    license: { id: 'mit', status: 'verified', source: FLAG_LICENSE },
    benchmarks: [
      {
        name: 'MTEB',
        value: 62.17,
        setting: 'MTEB English (v1), average over 56 datasets',
        source: FLAG_BGE_README,
        status: 'verified',
      },
      {
        name: 'MTEB',
        value: 51.68,
        setting: 'MTEB English retrieval average over 15 datasets (the BEIR subset), nDCG@10',
        source: FLAG_BGE_README,
        status: 'verified',
      },
    ],
    sources: [FLAG_BGE_README, FLAG_DOCS_V15, KERAS_BERT, FLAG_LICENSE, HUB_SNAPSHOT],
    notes: [
      'CLS pooling, L2-normalised, 384-dimensional embeddings; 12 heads of 32 dimensions.',
      'The Hub stores 33,360,512 values: this count plus the 512-element position_ids buffer (developer docs: 33.4M). Hub license tag MIT (third-party snapshot).',
    ],
  },
  {
    id: 'intfloat/e5-large-v2',
    name: 'E5 large v2',
    family: 'E5 v2',
    developer: 'Microsoft (E5 authors, published as intfloat)',
    purposes: SIMILARITY,
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertModel'],
      vocab_size: 30522,
      hidden_size: 1024,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
    },
    configStatus: 'unverified',
    parameters: {
      total: 335_000_000,
      precision: 'rounded',
      status: 'secondary',
      source: MTEB_E5,
    },
    context: {
      native: 512,
      status: 'secondary',
      source: `${FLAG_BGE_README} (sequence length column); ${GTE_CARD_MIRROR}`,
    },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['retrieval'],
    license: {
      id: 'mit',
      status: 'secondary',
      source:
        'intfloat/e5-large-v2 model card YAML "license: mit", read in a copy (search index file id 47934616819); mteb ModelMeta license "mit"',
    },
    benchmarks: [
      {
        name: 'MTEB',
        value: 62.25,
        setting:
          'MTEB English (v1), average over 56 datasets (listed by BAAI and by Alibaba in their tables)',
        source: FLAG_BGE_README,
        status: 'secondary',
      },
      {
        name: 'MTEB',
        value: 50.56,
        setting:
          'MTEB English retrieval average over 15 datasets (the BEIR subset), nDCG@10 (listed in the gte-large card table)',
        source: GTE_CARD_MIRROR,
        status: 'secondary',
      },
    ],
    sources: [
      'intfloat/e5-large-v2 model card, read in a copy: search index file id 47934616819 ("This model has 24 layers and the embedding size is 1024")',
      MTEB_E5,
      FLAG_BGE_README,
      GTE_CARD_MIRROR,
    ],
    notes: [
      'Config unverified: only 24 layers and hidden size 1024 are stated by the card. Vocabulary 30522, FFN 4096, 16 heads, 512 positions and 2 token types are the BERT-large-uncased shape, assumed because mteb lists 335M parameters (the BERT-large count, 335,141,888 with pooler); the config.json itself was not read.',
      'Parameter total is the rounded 335M from mteb metadata, not an exact stored count.',
      'Inputs must start with "query: " or "passage: "; mean pooling.',
      'mteb records max_tokens 514 for this model; 512 tokens is what the card tables list and what a BERT position table allows.',
    ],
  },
  {
    id: 'intfloat/multilingual-e5-large',
    name: 'multilingual-E5 large',
    family: 'mE5',
    developer: 'Microsoft (E5 authors, published as intfloat)',
    purposes: SIMILARITY,
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
      source: `computed from this config (XLMRobertaModel with pooler); ${HUB_SNAPSHOT} stores 559,890,946 = this + 514 position_ids`,
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
      source: `${MTEB_E5} (license "mit"); ${HUB_SNAPSHOT} (Hub tag MIT)`,
    },
    benchmarks: [],
    sources: [
      MTEB_E5,
      HUB_SNAPSHOT,
      'config copies with _name_or_path intfloat/multilingual-e5-large, e.g. https://huggingface.co/Hiveurban/multilingual-e5-large-pooled/blob/main/onnx/config.json (secondary)',
    ],
    notes: [
      'Initialised from xlm-roberta-large; inputs must start with "query: " or "passage: "; mean pooling.',
      'License read in mteb metadata and a Hub tag snapshot (both MIT), not on the model card itself.',
      "No MTEB/BEIR figure for this exact model was verified, so none is recorded (Qwen's tables list the -instruct variant, a different model).",
    ],
  },
  {
    id: 'nomic-ai/nomic-embed-text-v1.5',
    name: 'Nomic Embed Text v1.5',
    family: 'Nomic Embed',
    developer: 'Nomic AI',
    purposes: SIMILARITY,
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
      source: `${HUB_SNAPSHOT} (safetensors total 136,731,648; equals the count recomputed from this config)`,
    },
    context: {
      native: 2048,
      extended: 8192,
      status: 'verified',
      source:
        'https://huggingface.co/nomic-ai/nomic-embed-text-v1.5 (8192 sequence length; "natively supports scaling of the sequence length past 2048 tokens" with rotary_scaling_factor=2), also read in copies: search index file ids 19132724800, 69502615468',
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
        setting: 'MTEB English (v1), average, at the full 768-dimension output',
        source:
          'https://huggingface.co/nomic-ai/nomic-embed-text-v1.5 (MTEB by Matryoshka dimension: 62.28 @768, 61.96 @512, 61.04 @256, 59.34 @128, 56.10 @64)',
        status: 'verified',
      },
    ],
    sources: [
      'https://huggingface.co/nomic-ai/nomic-embed-text-v1.5',
      'nomic-embed-text-v1.5 config.json fields quoted in a vLLM feature request (n_positions 8192, max_trained_positions 2048, rotary_emb_base 1000, rotary_emb_fraction 1.0): search index file id 56712500356',
      'nomic_bert config parsing fixtures (n_embd 768, n_layer 12, n_head 12, n_inner 3072, vocab 30528, type_vocab_size 2, swiglu, no qkv/fc biases): search index file ids 62770369541, 56168888232, 70633534371',
      HUB_SNAPSHOT,
    ],
    notes: [
      'nomic-bert uses GPT-2-style config names (n_embd, n_layer, n_head, n_inner, n_positions) and needs trust_remote_code in older transformers.',
      'RoPE on the full head (rotary_emb_fraction 1.0), so there is no learned position table; SwiGLU MLP with no biases. The exact Hub count confirms this shape.',
      'A recent config revision also carries max_position_embeddings 2048 (quoted in the vLLM request); it is not recorded here because the original config used n_positions only.',
      'Matryoshka output: 768 dims, truncatable to 512/256/128/64. Inputs take task prefixes such as "search_query: " and "search_document: ".',
    ],
  },
  {
    id: 'sentence-transformers/all-MiniLM-L6-v2',
    name: 'all-MiniLM-L6-v2',
    family: 'Sentence-Transformers',
    developer: 'sentence-transformers',
    purposes: SIMILARITY,
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertModel'],
      vocab_size: 30522,
      hidden_size: 384,
      intermediate_size: 1536,
      num_hidden_layers: 6,
      num_attention_heads: 12,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-12,
    },
    configStatus: 'secondary',
    parameters: {
      total: 22_713_216,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (BertModel with pooler); ${HUB_SNAPSHOT} stores 22,713,728 = this + 512 position_ids`,
    },
    context: {
      native: 256,
      status: 'secondary',
      source:
        'all-MiniLM-L6-v2 model card: "By default, input text longer than 256 word pieces is truncated" (read in a copy: search index file id 154114839); github:UKPLab/sentence-transformers docs/_static/html/models_en_sentence_embeddings.html @85ec6455 (max_seq_length 256)',
      note: 'The position table has 512 slots, but the model ships with max_seq_length 256.',
    },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['retrieval'],
    license: {
      id: 'apache-2.0',
      status: 'secondary',
      source: `${HUB_SNAPSHOT} (Hub tag Apache-2.0); https://www.codesota.com/model/all-minilm-l6-v2 (rendering of the card metadata)`,
    },
    benchmarks: [
      {
        name: 'MTEB',
        value: 56.26,
        setting: 'MTEB English (v1), average over 56 datasets (listed in the gte-large card table)',
        source: GTE_CARD_MIRROR,
        status: 'secondary',
      },
      {
        name: 'MTEB',
        value: 41.95,
        setting:
          'MTEB English retrieval average over 15 datasets (the BEIR subset), nDCG@10 (listed in the gte-large card table)',
        source: GTE_CARD_MIRROR,
        status: 'secondary',
      },
    ],
    sources: [
      'github:UKPLab/sentence-transformers docs/_static/html/models_en_sentence_embeddings.html @85ec6455 (dim 384, max_seq_length 256)',
      'all-MiniLM-L6-v2 model card, read in a copy: search index file id 154114839',
      HUB_SNAPSHOT,
      GTE_CARD_MIRROR,
    ],
    notes: [
      'Fine-tuned from nreimers/MiniLM-L6-H384-uncased on over 1 billion sentence pairs; mean pooling, normalised 384-dimensional embeddings.',
      'The exact count equals the one in the reference data (keras-hub) and the Hub total minus its 512-element position_ids buffer.',
    ],
  },
  {
    id: 'thenlper/gte-large',
    name: 'GTE large',
    family: 'GTE',
    developer: 'Alibaba DAMO Academy',
    purposes: SIMILARITY,
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertModel'],
      vocab_size: 30522,
      hidden_size: 1024,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
    },
    configStatus: 'unverified',
    parameters: {
      total: 335_000_000,
      precision: 'rounded',
      status: 'unverified',
      source: `${GTE_CARD_MIRROR} (model size 0.67 GB)`,
    },
    context: { native: 512, status: 'secondary', source: GTE_CARD_MIRROR },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['retrieval'],
    license: {
      id: 'mit',
      status: 'secondary',
      source:
        'thenlper/gte-large model card YAML "license: mit", read in a copy: search index file id 44601770346',
    },
    benchmarks: [
      {
        name: 'MTEB',
        value: 63.13,
        setting: 'MTEB English (v1), average over 56 datasets (developer-reported)',
        source: GTE_CARD_MIRROR,
        status: 'verified',
      },
      {
        name: 'MTEB',
        value: 52.22,
        setting:
          'MTEB English retrieval average over 15 datasets (the BEIR subset), nDCG@10 (developer-reported)',
        source: GTE_CARD_MIRROR,
        status: 'verified',
      },
    ],
    sources: [
      GTE_CARD_MIRROR,
      'thenlper/gte-large model card, read in a copy: search index file id 44601770346',
      FLAG_BGE_README,
    ],
    notes: [
      'Config unverified: the card states only "based on the BERT framework", 1024 dimensions and 512 tokens. The other values are the BERT-large shape, assumed; the config.json was not read.',
      "Parameter total unverified: 335M is derived from the card's 0.67 GB model size at 2 bytes per parameter (a BERT-large-shaped BertModel would hold 335,141,888).",
    ],
  },
  {
    id: 'Qwen/Qwen3-Embedding-0.6B',
    name: 'Qwen3-Embedding-0.6B',
    family: 'Qwen3 Embedding',
    developer: 'Qwen team (Alibaba)',
    purposes: SIMILARITY,
    variant: 'task-tuned',
    backbone: 'decoder',
    config: {
      model_type: 'qwen3',
      architectures: ['Qwen3ForCausalLM'],
      vocab_size: 151669,
      hidden_size: 1024,
      intermediate_size: 3072,
      num_hidden_layers: 28,
      num_attention_heads: 16,
      num_key_value_heads: 8,
      head_dim: 128,
      max_position_embeddings: 32768,
      hidden_act: 'silu',
      rms_norm_eps: 1e-6,
      rope_theta: 1000000,
      attention_bias: false,
      tie_word_embeddings: true,
    },
    configStatus: 'secondary',
    parameters: {
      total: 595_776_512,
      precision: 'exact',
      status: 'secondary',
      source: `${HUB_SNAPSHOT} (safetensors total 595,776,512; equals the count recomputed from this config)`,
    },
    context: { native: 32768, status: 'verified', source: QWEN_EMB_README },
    languages: {
      coverage: 'multilingual',
      stated:
        "Over 100 languages, including programming languages (the developer's series description, read only in a third-party summary)",
    },
    strengths: ['retrieval', 'multilingual', 'long-context', 'code'],
    license: { id: 'apache-2.0', status: 'verified', source: QWEN_EMB_REPORT },
    benchmarks: [
      {
        name: 'MTEB',
        value: 64.33,
        setting: 'MTEB Multilingual (MMTEB), mean over tasks',
        source: QWEN_EMB_README,
        status: 'verified',
      },
      {
        name: 'MTEB',
        value: 70.7,
        setting: 'MTEB English v2, mean over tasks',
        source: QWEN_EMB_README,
        status: 'verified',
      },
      {
        name: 'MTEB',
        value: 66.33,
        setting: 'C-MTEB (Chinese MTEB), mean over tasks',
        source: QWEN_EMB_README,
        status: 'verified',
      },
    ],
    sources: [
      QWEN_EMB_README,
      QWEN_EMB_REPORT,
      QWEN_EMB_CONFIG_COPY,
      QWEN3_BASE_CONFIG,
      HUB_SNAPSHOT,
    ],
    notes: [
      "A decoder: Qwen3-0.6B with causal attention; the embedding is the last layer's hidden state at the [EOS] token. Instruction-aware; output size user-defined from 32 to 1024 (MRL).",
      "vocab_size is 151669 here, not Qwen3-0.6B's 151936: the exact Hub count only matches 151669 (267 fewer embedding rows × 1024).",
      'head_dim 128 is explicit and is not hidden_size / heads (1024 / 16 = 64); q_proj outputs 16 × 128 = 2048.',
      'Dimensions other than layers, hidden size, positions and vocab come from the Qwen3-0.6B config copy and are confirmed by the exact count.',
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Rerankers (score a query–document pair jointly)
  // ---------------------------------------------------------------------------------------------
  {
    id: 'BAAI/bge-reranker-v2-m3',
    name: 'BGE reranker v2 M3',
    family: 'BGE reranker v2',
    developer: 'BAAI',
    purposes: RERANKING,
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaForSequenceClassification'],
      vocab_size: 250002,
      hidden_size: 1024,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      max_position_embeddings: 8194,
      type_vocab_size: 1,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-5,
      pad_token_id: 1,
      id2label: { '0': 'LABEL_0' },
    },
    configStatus: 'secondary',
    parameters: {
      total: 567_755_777,
      precision: 'exact',
      status: 'secondary',
      source: `${HUB_SNAPSHOT} (safetensors total 567,755,777; equals the count recomputed from this config)`,
    },
    context: {
      native: 8192,
      status: 'unverified',
      source:
        'position table of 8194 slots inherited from bge-m3 (confirmed by the exact Hub parameter count)',
      note: 'The length the reranker was fine-tuned at is not stated in the sources read; test long inputs before relying on them.',
    },
    languages: { coverage: 'multilingual', stated: 'Multilingual (developer docs)' },
    strengths: ['retrieval', 'multilingual'],
    license: {
      id: 'apache-2.0',
      status: 'secondary',
      source: `${HUB_SNAPSHOT} (Hub tag Apache-2.0)`,
    },
    benchmarks: [
      {
        name: 'BEIR',
        value: 53.65,
        setting: 'BEIR nDCG@10 average over 17 datasets (measured by Jina)',
        source: JINA_BEIR_TABLE,
        status: 'secondary',
      },
      {
        name: 'MTEB',
        value: 57.03,
        setting:
          'MTEB-R (English MTEB v2 retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B (measured by Qwen)',
        source: QWEN_EMB_README,
        status: 'secondary',
      },
    ],
    sources: [
      FLAG_RERANK_V2_DOCS,
      FLAG_RERANK_TUTORIAL,
      FLAG_RERANK_README,
      HUB_SNAPSHOT,
      JINA_BEIR_TABLE,
      QWEN_EMB_README,
    ],
    notes: [
      'Cross-encoder initialised from bge-m3 (XLM-RoBERTa-large); one relevance logit (id2label has a single label). Developer docs: 568M parameters, 2.27 GB.',
      "License: the Hub tag reads Apache-2.0 (third-party snapshot), while FlagEmbedding's README states MIT for its models; both are permissive. The card was not read directly.",
      'Context unverified: 8192 is the position table, not a stated training length.',
    ],
  },
  {
    id: 'BAAI/bge-reranker-base',
    name: 'BGE reranker base',
    family: 'BGE reranker v1',
    developer: 'BAAI',
    purposes: RERANKING,
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaForSequenceClassification'],
      vocab_size: 250002,
      hidden_size: 768,
      intermediate_size: 3072,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 514,
      type_vocab_size: 1,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-5,
      pad_token_id: 1,
      id2label: { '0': 'LABEL_0' },
    },
    configStatus: 'secondary',
    parameters: {
      total: 278_044_417,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (XLMRobertaForSequenceClassification, 1 label); ${HUB_SNAPSHOT} stores 278,044,931 = this + 514 position_ids`,
    },
    context: {
      native: 512,
      status: 'verified',
      source: `${FLAG_RERANK_README} (usage examples truncate at max_length=512)`,
    },
    languages: { coverage: 'multilingual', stated: 'Chinese and English (developer docs)' },
    strengths: ['retrieval'],
    license: { id: 'mit', status: 'verified', source: FLAG_LICENSE },
    benchmarks: [
      {
        name: 'MTEB',
        value: 65.42,
        setting: 'C-MTEB (Chinese) reranking average over its reranking datasets',
        source: FLAG_RERANK_README,
        status: 'verified',
      },
    ],
    sources: [FLAG_RERANK_TUTORIAL, FLAG_RERANK_README, FLAG_LICENSE, HUB_SNAPSHOT],
    notes: [
      'Cross-encoder initialised from xlm-roberta-base (developer docs: 278M); one relevance logit.',
      'Hub license tag MIT (third-party snapshot) agrees with the FlagEmbedding README.',
    ],
  },
  {
    id: 'BAAI/bge-reranker-large',
    name: 'BGE reranker large',
    family: 'BGE reranker v1',
    developer: 'BAAI',
    purposes: RERANKING,
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaForSequenceClassification'],
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
      id2label: { '0': 'LABEL_0' },
    },
    configStatus: 'secondary',
    parameters: {
      total: 559_891_457,
      precision: 'exact',
      status: 'secondary',
      source:
        'computed from this config (XLMRobertaForSequenceClassification, 1 label); developer docs give 560M',
    },
    context: {
      native: 512,
      status: 'verified',
      source: `${FLAG_RERANK_README} (usage examples truncate at max_length=512)`,
    },
    languages: { coverage: 'multilingual', stated: 'Chinese and English (developer docs)' },
    strengths: ['retrieval'],
    license: { id: 'mit', status: 'verified', source: FLAG_LICENSE },
    benchmarks: [
      {
        name: 'MTEB',
        value: 66.1,
        setting: 'C-MTEB (Chinese) reranking average over its reranking datasets',
        source: FLAG_RERANK_README,
        status: 'verified',
      },
    ],
    sources: [FLAG_RERANK_TUTORIAL, FLAG_RERANK_README, FLAG_LICENSE],
    notes: [
      'Cross-encoder initialised from xlm-roberta-large (developer docs: 560M); one relevance logit.',
      "The config is the xlm-roberta-large shape the developer names, recorded by analogy with bge-reranker-base (whose Hub count confirms it); this repo's own config.json and Hub count were not read.",
      "License: FlagEmbedding states MIT for its models; this repo's own Hub license tag was not read.",
    ],
  },
  {
    id: 'cross-encoder/ms-marco-MiniLM-L6-v2',
    name: 'ms-marco-MiniLM-L6-v2 (cross-encoder)',
    family: 'Sentence-Transformers CrossEncoder',
    developer: 'sentence-transformers',
    purposes: RERANKING,
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertForSequenceClassification'],
      vocab_size: 30522,
      hidden_size: 384,
      intermediate_size: 1536,
      num_hidden_layers: 6,
      num_attention_heads: 12,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
      id2label: { '0': 'LABEL_0' },
    },
    configStatus: 'secondary',
    parameters: {
      total: 22_713_601,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (BertForSequenceClassification, 1 label); ${HUB_SNAPSHOT} stores 22,714,113 = this + 512 position_ids`,
    },
    context: {
      native: 512,
      status: 'secondary',
      source:
        'Sentence-Transformers cards of fine-tunes of cross-encoder/ms-marco-MiniLM-L6-v2 @c5ee24cb16019beea0893ab7796b1df96625c6b8 ("Maximum Sequence Length: 512 tokens", "Number of Output Labels: 1 label"), e.g. github:badmgoga/Course_Work_3_course no_instruction/README.md',
    },
    languages: { coverage: 'english', stated: 'English (trained on MS MARCO passage ranking)' },
    strengths: ['retrieval'],
    license: {
      id: 'apache-2.0',
      status: 'secondary',
      source: `${HUB_SNAPSHOT} (Hub tag Apache-2.0)`,
    },
    benchmarks: [],
    sources: [
      'github:UKPLab/sentence-transformers docs/cross_encoder/pretrained_models.md @85ec6455 (TREC DL19 nDCG@10 74.30, MS MARCO dev MRR@10 39.01)',
      HUB_SNAPSHOT,
      'github:badmgoga/Course_Work_3_course no_instruction/README.md (card generated from the base model settings)',
    ],
    notes: [
      'MiniLM-L6-H384 (BERT architecture) with a single relevance logit.',
      'The exact Hub count fixes vocabulary, widths, layers and positions; the head count (12) is not fixed by the count and comes from the MiniLM-L6-H384 shape (secondary).',
      'The developer reports TREC DL19 nDCG@10 74.30 and MS MARCO dev MRR@10 39.01; these are not MTEB/BEIR figures, so they are not in `benchmarks`.',
    ],
  },
  {
    id: 'jinaai/jina-reranker-v2-base-multilingual',
    name: 'Jina Reranker v2 base multilingual',
    family: 'Jina Reranker v2',
    developer: 'Jina AI',
    purposes: RERANKING,
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaForSequenceClassification'],
      vocab_size: 250002,
      hidden_size: 768,
      intermediate_size: 3072,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 1026,
      type_vocab_size: 1,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-5,
      pad_token_id: 1,
      use_flash_attn: true,
      id2label: { '0': 'LABEL_0' },
    },
    configStatus: 'secondary',
    parameters: {
      total: 278_437_633,
      precision: 'exact',
      status: 'secondary',
      source: `${HUB_SNAPSHOT} (safetensors total 278,437,633; equals the count recomputed from this config); card headline 278M`,
    },
    context: {
      native: 1024,
      status: 'verified',
      source: JINA_BEIR_TABLE,
      note: 'Longer documents are split into overlapping 1024-token windows by model.rerank().',
    },
    languages: {
      coverage: 'multilingual',
      stated: 'Multilingual (evaluated on 26 languages in MKQA)',
    },
    strengths: ['retrieval', 'multilingual', 'code'],
    license: { id: 'cc-by-nc-4.0', status: 'verified', source: JINA_BEIR_TABLE },
    benchmarks: [
      {
        name: 'BEIR',
        value: 53.17,
        setting: 'BEIR nDCG@10 average over 17 datasets (developer-reported)',
        source: JINA_BEIR_TABLE,
        status: 'verified',
      },
    ],
    sources: [
      JINA_BEIR_TABLE,
      HUB_SNAPSHOT,
      'XLM-RoBERTa reranker config fixture with 1026 positions, 12 layers, 768 hidden, 250002 vocab, 1 label: search index file ids 55202780435, 55554264232',
    ],
    notes: [
      "Non-commercial: CC-BY-NC-4.0 for research and evaluation; the card points commercial users to Jina's API, AWS SageMaker or Azure Marketplace.",
      "Custom code (trust_remote_code, Jina's flash-attention XLM-RoBERTa). The shape is settled by the exact Hub count (1026 positions, no pooler, dense + 1-logit head); the model_type string of the published config was not read and xlm-roberta is recorded.",
      'Also reports MKQA nDCG@10 54.83 (26 languages), MLDR recall@10 68.95 and CodeSearchNet MRR@10 71.36; not MTEB/BEIR, so not in `benchmarks`.',
    ],
  },
  {
    id: 'Qwen/Qwen3-Reranker-0.6B',
    name: 'Qwen3-Reranker-0.6B',
    family: 'Qwen3 Reranker',
    developer: 'Qwen team (Alibaba)',
    purposes: RERANKING,
    variant: 'task-tuned',
    backbone: 'decoder',
    config: {
      model_type: 'qwen3',
      architectures: ['Qwen3ForCausalLM'],
      vocab_size: 151669,
      hidden_size: 1024,
      intermediate_size: 3072,
      num_hidden_layers: 28,
      num_attention_heads: 16,
      num_key_value_heads: 8,
      head_dim: 128,
      max_position_embeddings: 32768,
      hidden_act: 'silu',
      rms_norm_eps: 1e-6,
      rope_theta: 1000000,
      attention_bias: false,
      tie_word_embeddings: true,
    },
    configStatus: 'secondary',
    parameters: {
      total: 595_776_512,
      precision: 'exact',
      status: 'secondary',
      source: `${HUB_SNAPSHOT} (safetensors total 595,776,512; equals the count recomputed from this config with tied embeddings)`,
    },
    context: { native: 32768, status: 'verified', source: QWEN_EMB_README },
    languages: {
      coverage: 'multilingual',
      stated:
        "Over 100 languages, including programming languages (the developer's series description, read only in a third-party summary)",
    },
    strengths: ['retrieval', 'multilingual', 'long-context'],
    license: { id: 'apache-2.0', status: 'verified', source: QWEN_EMB_REPORT },
    benchmarks: [
      {
        name: 'MTEB',
        value: 65.8,
        setting:
          'MTEB-R (English MTEB v2 retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B',
        source: QWEN_EMB_README,
        status: 'verified',
      },
      {
        name: 'MTEB',
        value: 66.36,
        setting:
          'MMTEB-R (multilingual MTEB retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B',
        source: QWEN_EMB_README,
        status: 'verified',
      },
      {
        name: 'MTEB',
        value: 71.31,
        setting:
          'CMTEB-R (Chinese MTEB retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B',
        source: QWEN_EMB_README,
        status: 'verified',
      },
    ],
    sources: [QWEN_EMB_README, QWEN_EMB_REPORT, QWEN3_BASE_CONFIG, HUB_SNAPSHOT],
    notes: [
      'A pointwise LLM reranker, not a classic cross-encoder: Qwen3-0.6B reads instruction + query + document and the score is P("yes") vs P("no") from the (tied) LM head.',
      "vocab_size 151669 and tie_word_embeddings true are inferred from the exact Hub count (595,776,512, the same as Qwen3-Embedding-0.6B); this repo's config.json was not read directly.",
      'head_dim 128 is explicit and is not hidden_size / heads (1024 / 16 = 64).',
    ],
  },
];
