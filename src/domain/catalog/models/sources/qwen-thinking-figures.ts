import type { Benchmark } from '../../schema';

/**
 * Qwen's thinking-mode evaluation, as its 2025–26 model cards print it: the Qwen3.5 cards reprint
 * the Qwen3-2507 Thinking and Qwen3-Next Thinking cards' own figures for those models (the
 * Qwen3.5-4B card's Qwen3-30B-A3B-Thinking-2507 column reads MMLU-Pro 80.9, IFEval 88.9,
 * LiveCodeBench v6 66.0, as that model's card does), so these figures share one setting and one
 * variant. They are not comparable with other developers' thinking-mode figures (their harness,
 * prompts and output budgets differ) nor with non-thinking ones.
 */
export const QWEN_THINKING_VARIANT = {
  mmluPro: 'thinking, Qwen evaluation',
  gpqa: 'thinking, Qwen evaluation',
  ifEval: 'thinking, Qwen evaluation (metric not stated)',
  liveCodeBench: 'v6 (2025-02 to 2025-05), thinking',
} as const;

/** The Qwen cards' thinking-mode figures of one model; a null figure is left out. */
export interface QwenThinkingCard {
  mmluPro: number | null;
  gpqa: number | null;
  ifEval: number | null;
  liveCodeBench: number | null;
  /** Where the table was read, e.g. "Language table of the Qwen3.5-4B model card". */
  where: string;
  source: string;
}

/** The catalog figures of one Qwen thinking-mode card row (status secondary: read in copies). */
export function qwenThinkingFigures(card: QwenThinkingCard): Benchmark[] {
  const setting = (what: string) =>
    `${what}; ${card.where}, thinking mode, the models' default (Qwen evaluation; shots not stated)`;
  const figures: (Benchmark | null)[] = [
    card.mmluPro === null
      ? null
      : {
          name: 'MMLU-Pro',
          value: card.mmluPro,
          variant: QWEN_THINKING_VARIANT.mmluPro,
          language: 'en',
          shots: null,
          setting: setting('MMLU-Pro accuracy'),
          source: card.source,
          status: 'secondary',
        },
    card.gpqa === null
      ? null
      : {
          name: 'GPQA-Diamond',
          value: card.gpqa,
          variant: QWEN_THINKING_VARIANT.gpqa,
          language: 'en',
          shots: null,
          setting: setting('GPQA Diamond accuracy'),
          source: card.source,
          status: 'secondary',
        },
    card.ifEval === null
      ? null
      : {
          name: 'IFEval',
          value: card.ifEval,
          variant: QWEN_THINKING_VARIANT.ifEval,
          language: 'en',
          shots: null,
          setting: setting('IFEval, strict or loose not stated'),
          source: card.source,
          status: 'secondary',
        },
    card.liveCodeBench === null
      ? null
      : {
          name: 'LiveCodeBench',
          value: card.liveCodeBench,
          variant: QWEN_THINKING_VARIANT.liveCodeBench,
          language: 'code',
          shots: null,
          setting: setting(
            'LiveCodeBench v6 pass@1 (the Qwen3-2507 cards date v6 2025-02 to 2025-05; the Qwen3.5 cards say only "v6" and reprint the 2507 figures, so the same window)',
          ),
          source: card.source,
          status: 'secondary',
        },
  ];
  return figures.filter((figure): figure is Benchmark => figure !== null);
}

/** The Qwen3.5 cards that were read, with the copy each was read in. */
export const QWEN3_5_CARD_SRC = {
  SMALL:
    'https://huggingface.co/Qwen/Qwen3.5-4B (model card, Benchmark Results › Language table, columns GPT-OSS-120B, GPT-OSS-20B, Qwen3-Next-80B-A3B-Thinking, Qwen3-30BA3B-Thinking-2507, Qwen3.5-9B, Qwen3.5-4B; read in a third-party copy of the card: secondary)',
  MEDIUM:
    'https://huggingface.co/Qwen/Qwen3.5-27B and https://huggingface.co/Qwen/Qwen3.5-35B-A3B (model cards, Benchmark Results › Language table, columns GPT-5-mini, GPT-OSS-120B, Qwen3-235B-A22B, Qwen3.5-122B-A10B, Qwen3.5-27B, Qwen3.5-35B-A3B), read in verbatim copies: github:nerdpudding/llama_cpp models/documentation/CANDIDATES/README_Qwen3.5-27B-GGUF.md and models/documentation/README_Qwen3.5-35B-A3B-GGUF.md @e22d85df955395e4a92cae5274005188775ed3f0 (secondary)',
} as const;
