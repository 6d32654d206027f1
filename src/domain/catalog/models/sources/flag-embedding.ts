/** Sources the BAAI (FlagEmbedding) files cite: BGE v1.5, BGE-M3 and the BGE rerankers. */

export const FLAG_SRC = {
  FLAG_BGE_README:
    'github:FlagOpen/FlagEmbedding research/baai_general_embedding/README.md @7ed43d67 (MTEB table: dimension, sequence length, averages)',
  FLAG_LICENSE:
    'github:FlagOpen/FlagEmbedding README.md (License section: MIT, released models free for commercial use) + LICENSE',
  FLAG_RERANK_README:
    'github:FlagOpen/FlagEmbedding research/llm_reranker/README.md and research/reranker/README.md @7ed43d67 (base models, C-MTEB reranking table)',
  FLAG_RERANK_TUTORIAL:
    'github:FlagOpen/FlagEmbedding docs/source/tutorial/5_Reranking/5.1.ipynb @44a188009c614a2787b1a8334beb9a5a471f96a4 (reranker table: languages, parameters, base model)',
} as const;
