import type { Answers } from './answers';
import type { Candidate } from './candidates';

/** One practice of people who do this task well, in our words, with where to read more. */
export interface AdviceLine {
  text: string;
  /** A public page or document title; absent when the practice is common knowledge. */
  source?: string;
}

const SOURCES = {
  VLLM_STRUCTURED: 'https://docs.vllm.ai/en/latest/features/structured_outputs/',
  FIM_PAPER:
    'Efficient Training of Language Models to Fill in the Middle (Bavarian et al., 2022), arXiv:2207.14255',
  CODER_FIM:
    'github:QwenLM/Qwen2.5-Coder README.md @d5ead97f (File-Level Code Completion (Fill in the middle))',
  MNRL: 'https://raw.githubusercontent.com/huggingface/sentence-transformers/v5.1.1/sentence_transformers/losses/MultipleNegativesRankingLoss.py',
  HARD_NEGATIVES:
    'https://raw.githubusercontent.com/huggingface/sentence-transformers/main/sentence_transformers/util/hard_negatives.py (mine_hard_negatives)',
  YARN: 'YaRN: Efficient Context Window Extension of Large Language Models (Peng et al., 2023), arXiv:2309.00071',
} as const;

/** Contexts from here up count as long documents (the guide: 32k–128k). */
const LONG_CONTEXT = 32_768;

/**
 * What practitioners do for the task, one or two lines each, chosen from the answers (and the top
 * model, for its window): strict formats, long context, retrieval negatives, thresholds, class
 * imbalance, fill-in-the-middle. Plain data; the results page shows it.
 */
export function taskAdvice(answers: Answers, top: Candidate | null): AdviceLine[] {
  const { purpose, changeKind, domain } = answers.task;
  const lines: AdviceLine[] = [];
  const decoder = purpose === 'chat' || purpose === 'text-generation';
  if (decoder && changeKind === 'output-format') {
    lines.push({
      text: 'Enforce the format when decoding, not only in training: constrained decoding with a JSON schema or grammar lets the model emit only tokens that keep the output valid, so every answer parses. Fine-tuning teaches what to put in the fields.',
      source: SOURCES.VLLM_STRUCTURED,
    });
  }
  if (purpose === 'chat') {
    lines.push({
      text: "Format the training data with the model's own chat template and compute the loss on the assistant turns only, so it learns to answer rather than to imitate users.",
    });
  }
  if (purpose === 'text-generation' && domain === 'code') {
    lines.push({
      text: 'For completion in an editor, turn part of your code into fill-in-the-middle examples: cut a file at a random span into prefix, middle and suffix and train the model to write the middle, with the FIM tokens of the base model. It keeps left-to-right completion as well.',
      source: `${SOURCES.FIM_PAPER}; ${SOURCES.CODER_FIM}`,
    });
  }
  if (purpose === 'text-generation' && domain !== 'code') {
    lines.push({
      text: 'Train on whole documents of the kind you want continued, packed into full-length sequences, and hold out whole documents rather than random lines, so the evaluation sees text the model has not.',
    });
  }
  if (decoder && answers.scale.contextWindow >= LONG_CONTEXT) {
    const scaled = top?.ropeScaling
      ? ` Set the same YaRN scaling (factor ${top.ropeScaling.factor}) for training and serving.`
      : '';
    lines.push({
      text: `Long windows are learned from long examples: mix in documents near the length you serve (packed, with attention kept within each document), or the model will not use the far context it can hold.${scaled}`,
      source: top?.ropeScaling ? SOURCES.YARN : undefined,
    });
  }
  if (purpose === 'similarity') {
    lines.push({
      text: 'Train with in-batch negatives (a contrastive, InfoNCE-style loss): every other passage in the batch counts as a negative, so a larger batch teaches more; cached variants grow the batch without the memory.',
      source: SOURCES.MNRL,
    });
    lines.push({
      text: 'Mine hard negatives: retrieve with the untuned model and keep passages ranked high that do not answer the query, skipping the very top ones, which are often unlabelled positives.',
      source: SOURCES.HARD_NEGATIVES,
    });
  }
  if (purpose === 'reranking') {
    lines.push({
      text: 'Train on the candidates your own first-stage retriever returns: hard negatives from its top results, several per query in one group, so the reranker learns the distinctions it will be asked to make.',
      source: SOURCES.HARD_NEGATIVES,
    });
  }
  if (purpose === 'multi-label-classification') {
    lines.push({
      text: 'Tune a decision threshold for each label on a validation split (for the F1 you report) instead of one 0.5 for all: rare labels usually need a lower one.',
    });
  }
  if (purpose === 'multi-class-classification') {
    lines.push({
      text: 'If the classes are imbalanced, weight the cross-entropy by inverse class frequency (or resample) and watch macro-F1, so that rare classes are not traded away for accuracy on common ones.',
    });
  }
  return lines;
}
