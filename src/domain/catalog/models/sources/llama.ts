/** Sources and notes several Meta Llama files cite (Llama 3.1 / 3.2 / 3.3, the DeepSeek-R1 Llama distill). */

export const LLAMA_SRC = {
  LLAMA_3_3_CARD: 'github:meta-llama/llama-models models/llama3_3/MODEL_CARD.md @a9c89c47',
  LLAMA_70B_CONFIG_COPIES:
    'HF config.json copies of meta-llama/Meta-Llama-3.1-70B-Instruct, e.g. https://huggingface.co/mlabonne/Llama-3.1-70B-Instruct-lorablated/blame/4cc98185081c6c938df69f8e5ac4cf7aeade7fa3/config.json (secondary)',
  LLAMA_SKU_LIST:
    'github:meta-llama/llama-models models/sku_list.py @364ed4ec (arch_args: dim, n_layers, n_heads, n_kv_heads, vocab_size, ffn_dim_multiplier, multiple_of)',
} as const;

/** Notes shared by several entries. */
export const LLAMA_NOTE = {
  LLAMA_LICENSE:
    'Llama Community License: commercial use allowed, but licensees whose products had more than 700 million monthly active users on the release date need a separate license from Meta; derivatives must show "Built with Llama" and follow the Acceptable Use Policy. Not an OSI open-source license.',
} as const;
