import type { Purpose } from '../catalog/schema';

export type Architecture = 'decoder' | 'bi-encoder' | 'cross-encoder' | 'encoder';
export type ObjectiveKind =
  'causal-lm' | 'contrastive' | 'pairwise-listwise' | 'sigmoid-bce' | 'softmax-ce';

export interface PurposeGuide {
  purpose: Purpose;
  label: string;
  architecture: Architecture;
  architectureLabel: string;
  /** What sits on top of the network and produces the output. */
  head: string;
  objective: ObjectiveKind;
  objectiveLabel: string;
  typicalUses: string[];
  /** Catalog ids of models that are typical starting points. */
  exampleModelIds: string[];
  /** Why this architecture suits the purpose, in one or two sentences. */
  reason: string;
}

/**
 * The guide's purpose → architecture table, in Tunewise's words: which network, head and training
 * objective each purpose implies.
 */
export const PURPOSES: Record<Purpose, PurposeGuide> = {
  chat: {
    purpose: 'chat',
    label: 'Chat',
    architecture: 'decoder',
    architectureLabel: 'Decoder-only language model',
    head: 'Language-model head over the vocabulary',
    objective: 'causal-lm',
    objectiveLabel:
      'Causal language-modelling loss (next-token cross-entropy) on the assistant turns',
    typicalUses: ['Conversational assistants', 'Tool calling and agents', 'Step-by-step reasoning'],
    exampleModelIds: ['meta-llama/Llama-3.1-8B-Instruct', 'Qwen/Qwen2.5-7B-Instruct'],
    reason:
      'A chat model generates its answer token by token, which is what a decoder does. Starting from an instruct model keeps the dialogue habits it already has.',
  },
  'text-generation': {
    purpose: 'text-generation',
    label: 'Text generation',
    architecture: 'decoder',
    architectureLabel: 'Decoder-only language model',
    head: 'Language-model head over the vocabulary',
    objective: 'causal-lm',
    objectiveLabel: 'Causal language-modelling loss (next-token cross-entropy)',
    typicalUses: ['Code completion', 'Sentence and email completion', 'Drafting and rewriting'],
    exampleModelIds: ['meta-llama/Llama-3.1-8B', 'Qwen/Qwen2.5-7B'],
    reason:
      'Continuing a text is next-token prediction, the task decoders are pretrained on, so the same objective carries over to fine-tuning.',
  },
  similarity: {
    purpose: 'similarity',
    label: 'Similarity (embeddings)',
    architecture: 'bi-encoder',
    architectureLabel: 'Bi-encoder (embedding model)',
    head: 'Pooling into one fixed-size vector per text',
    objective: 'contrastive',
    objectiveLabel: 'Contrastive loss (e.g. in-batch negatives / InfoNCE) on query–passage pairs',
    typicalUses: ['Semantic search', 'RAG retrieval', 'Clustering and deduplication'],
    exampleModelIds: ['BAAI/bge-m3', 'BAAI/bge-base-en-v1.5'],
    reason:
      'Embedding each text on its own lets you index millions of passages once and compare them by cosine similarity at query time; a contrastive loss pulls matching pairs together.',
  },
  reranking: {
    purpose: 'reranking',
    label: 'Reranking',
    architecture: 'cross-encoder',
    architectureLabel: 'Cross-encoder (reranker)',
    head: 'A single relevance score for each query–document pair',
    objective: 'pairwise-listwise',
    objectiveLabel: 'Pairwise or listwise ranking loss over a query and its candidate documents',
    typicalUses: ['Reordering search results', 'RAG candidate refinement', 'Relevance scoring'],
    exampleModelIds: ['BAAI/bge-reranker-v2-m3', 'cross-encoder/ms-marco-MiniLM-L6-v2'],
    reason:
      'Reading the query and the document together gives the most accurate relevance score; it costs more per pair, so it reorders a short list that a retriever found first.',
  },
  'multi-label-classification': {
    purpose: 'multi-label-classification',
    label: 'Multi-label classification',
    architecture: 'encoder',
    architectureLabel: 'Encoder with a classification head',
    head: 'One sigmoid output per label (a multi-hot vector)',
    objective: 'sigmoid-bce',
    objectiveLabel:
      'Binary cross-entropy per label, with a decision threshold tuned for each label',
    typicalUses: ['Tagging', 'Topic assignment', 'Content moderation', 'Intent detection'],
    exampleModelIds: ['google-bert/bert-base-uncased', 'FacebookAI/roberta-base'],
    reason:
      'Labels can overlap, so each gets its own yes/no decision instead of competing in a softmax; per-label thresholds balance precision and recall.',
  },
  'multi-class-classification': {
    purpose: 'multi-class-classification',
    label: 'Multi-class classification',
    architecture: 'encoder',
    architectureLabel: 'Encoder with a classification head',
    head: 'A softmax over the classes (exactly one is chosen)',
    objective: 'softmax-ce',
    objectiveLabel: 'Softmax with cross-entropy loss over mutually exclusive classes',
    typicalUses: ['Intent classification', 'Document categorisation', 'Sentiment analysis'],
    exampleModelIds: ['google-bert/bert-base-uncased', 'FacebookAI/roberta-base'],
    reason:
      'Exactly one class applies, so a softmax turns the scores into a distribution and cross-entropy trains the right class to win.',
  },
};

export function isEncoderPurpose(purpose: Purpose): boolean {
  return PURPOSES[purpose].architecture !== 'decoder';
}
