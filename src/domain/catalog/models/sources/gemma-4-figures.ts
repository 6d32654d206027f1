import type { Benchmark } from '../../schema';

/**
 * The Gemma 4 model card's Benchmark Results table (one table for E2B, E4B, 26B A4B and 31B; "for
 * instruction-tuned models"), read in third-party copies that agree figure for figure: the
 * Ollama library page of gemma4, the Unsloth GGUF cards and the Hugging Face blog post, the last
 * at a commit below.
 */
export const GEMMA_4_CARD =
  'https://huggingface.co/google/gemma-4-E4B-it (Gemma 4 model card, Benchmark Results: MMLU Pro, GPQA Diamond, LiveCodeBench v6 for Gemma 4 31B, 26B A4B, E4B, E2B and "Gemma 3 27B (no think)"; read in copies, among them https://git.sethpc.xyz/Seth/gemma4-research/raw/commit/a945207aab7d53e563e339e15b1a6fe80173d89e/tooling/fine-tuning/huggingface-recipes/hf-blog-gemma4.md: secondary)';

/**
 * The card does not say whether thinking was on: only its Gemma 3 column is marked "no think",
 * and Gemma 4 thinks only when enable_thinking is set. So these figures get a variant of their
 * own and compare only among Gemma 4 models.
 */
const MODE = 'Gemma 4 card, thinking mode not stated';

/** MMLU-Pro, GPQA Diamond and LiveCodeBench v6 of one Gemma 4 instruction-tuned model. */
export function gemma4Figures(mmluPro: number, gpqa: number, liveCodeBench: number): Benchmark[] {
  const where = `Benchmark Results table of the Gemma 4 model card (instruction-tuned model; thinking mode and shots not stated)`;
  return [
    {
      name: 'MMLU-Pro',
      value: mmluPro,
      variant: MODE,
      language: 'en',
      shots: null,
      setting: `MMLU Pro accuracy, ${where}`,
      source: GEMMA_4_CARD,
      status: 'secondary',
    },
    {
      name: 'GPQA-Diamond',
      value: gpqa,
      variant: MODE,
      language: 'en',
      shots: null,
      setting: `GPQA Diamond accuracy, ${where}`,
      source: GEMMA_4_CARD,
      status: 'secondary',
    },
    {
      name: 'LiveCodeBench',
      value: liveCodeBench,
      variant: `v6, ${MODE}`,
      language: 'code',
      shots: null,
      setting: `LiveCodeBench v6 (problem window not stated), ${where}`,
      source: GEMMA_4_CARD,
      status: 'secondary',
    },
  ];
}
