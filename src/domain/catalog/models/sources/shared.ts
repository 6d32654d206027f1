/** Sources cited across families: converters that copy published configs and counts (mlc-llm, keras-hub, litgpt), Hub listings and benchmark tables. */

export const SHARED_SRC = {
  GTE_CARD_MIRROR:
    'https://chatgptweb.us.kg/thenlper/gte-large (mirror of the gte-large model card: MTEB table with gte, e5 and all-MiniLM rows; 0.67 GB; 1024 dim; 512 tokens)',
  HUB_SNAPSHOT:
    'Hugging Face Hub API (https://huggingface.co/api/models/<repo>: license:* tag and safetensors.total per repo), as a public license-audit script snapshots it (third-party copy)',
  JINA_BEIR_TABLE:
    'https://huggingface.co/jinaai/jina-reranker-v2-base-multilingual model card, evaluation table (read in a third-party copy of the README: secondary)',
  KERAS_BERT:
    'github:keras-team/keras-hub keras_hub/src/models/bert/bert_presets.py @0b8b7aff40ebcfcb0fffe155cf1c2ad71dd41e2d (metadata.params = exact stored count; bert_* and bge_*_en_v1.5 presets)',
  KERAS_PRESETS:
    'github:keras-team/keras-hub keras_hub/src/models/*/*_presets.py @71453d08 (exact stored-parameter counts of converted official weights; secondary)',
  LITGPT_CONFIGS:
    'github:Lightning-AI/litgpt litgpt/config.py @26857050 (dimensions used by the HF checkpoint converter; secondary)',
  MLC_PRESETS:
    'github:mlc-ai/mlc-llm python/mlc_llm/model/model_preset.py @79d603f0 (copies of HF config.json; secondary)',
  MODERNBERT_PAPER:
    'ModernBERT paper, arXiv:2412.13663 (https://arxiv.org/abs/2412.13663), Table 1 (BEIR nDCG@10 after DPR / ColBERT fine-tuning), read in a third-party copy',
  MTEB_E5:
    'github:embeddings-benchmark/mteb mteb/models/e5_models.py @02c38954882603bb5185f8749c90ea7e664a817a (ModelMeta: license, n_parameters, embed_dim, max_tokens)',
} as const;
