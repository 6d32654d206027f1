/** Sources and notes several Qwen files cite (Qwen2.5 in four size files, Qwen2.5-Coder, the Qwen3 embedding and reranker). */

export const QWEN_SRC = {
  QWEN2_5_BASE_CONFIG_COPIES:
    'HF config.json copy of a Qwen/Qwen2.5-7B derivative, https://huggingface.co/ksh1119/qwen2.5_7b_kor_cp_it/blob/main/config.json (max_position_embeddings 131072), and https://huggingface.co/Qwen/Qwen2.5-3B/discussions/2/files ("align with other Qwen2.5 models": 131072); secondary',
  QWEN2_5_BLOG:
    'github:QwenLM/qwenlm.github.io content/blog/qwen2.5-llm/index.md (official Qwen2.5 blog: model table, base and instruct benchmark tables)',
  QWEN2_5_BLOG_TABLES:
    'github:QwenLM/qwenlm.github.io content/blog/qwen2.5-llm/index.md @1f89f8c8 (base and instruction-tuned comparison tables: MMLU-Pro, HumanEval+, LiveCodeBench 2305-2409, IFeval strict-prompt; comparator models measured by Qwen)',
  QWEN2_5_INSTRUCT_CONFIG_COPIES:
    'HF config.json copies of Qwen/Qwen2.5-7B/14B/72B-Instruct, e.g. https://huggingface.co/jebish7/Qwen2.5-14B-Instruct/blob/main/config.json and https://huggingface.co/XelotX/Qwen2.5-72B-Instruct-Original/blob/main/config.json ("Duplicate from Qwen/...", max_position_embeddings 32768); secondary',
  QWEN2_5_README:
    'github:QwenLM/Qwen2.5 README.md @a9370f32 (License Agreement: Apache 2.0 except the 3B and 72B models)',
  QWEN2_5_SMALL_CONFIG_COPIES:
    'HF config.json copies of Qwen/Qwen2.5-0.5B/1.5B/3B(-Instruct), e.g. https://huggingface.co/hZzy/qwen2.5-0.5b-sft-25-2/blob/main/config.json (_name_or_path Qwen/Qwen2.5-0.5B) and https://huggingface.co/Qwen/Qwen2.5-3B/discussions/2/files (diff of the official 3B config); secondary',
  QWEN3_BASE_CONFIG:
    'github:mlc-ai/mlc-llm python/mlc_llm/model/model_preset.py @79d603f085f5 (copy of the Qwen3-0.6B config.json the Qwen3 embedding/reranker models are built from)',
  QWEN_EMB_README:
    'github:QwenLM/Qwen3-Embedding README.md @f4ad0c43 (model list: layers, sequence length, MTEB tables)',
  QWEN_EMB_REPORT:
    'github:QwenLM/Qwen3-Embedding qwen3_embedding_technical_report.pdf (Apache 2.0 statement, Table 1)',
} as const;

/** Notes shared by several entries. */
export const QWEN_NOTE = {
  QWEN2_BIAS:
    'Qwen2 configs have no attention_bias field: the q/k/v projections always carry biases (o_proj and the MLP do not). Estimators must add them for model_type qwen2.',
  QWEN2_SLIDING_WINDOW:
    'The published config also has sliding_window and max_window_layers, but use_sliding_window is false, so all layers use full attention; Qwen advises against enabling it (maintainer reply, https://huggingface.co/Qwen/Qwen2.5-32B-Instruct/discussions/1). sliding_window is omitted here.',
} as const;
