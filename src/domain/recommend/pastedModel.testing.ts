/**
 * For tests: a pasted config.json of a 3B Llama-style model (Llama 3.2 3B's shape), the model a
 * user brings when their checkpoint is not in the catalog.
 */
export const PASTED_3B = {
  model_type: 'llama',
  hidden_size: 3072,
  intermediate_size: 8192,
  num_hidden_layers: 28,
  num_attention_heads: 24,
  num_key_value_heads: 8,
  vocab_size: 128256,
  tie_word_embeddings: true,
  max_position_embeddings: 131072,
};
