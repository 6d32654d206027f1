import type { Benchmark, Purpose } from '../catalog/schema';
import type { Answers } from './answers';
import type { Candidate } from './candidates';

/**
 * Benchmarks the export format (schema version 1) accepts among published figures. The ranking
 * reads more (IFEval, MMLU-Pro, LiveCodeBench, MTEB-R, …) and each card states its basis; the
 * baseline table lists these until the export schema names the others.
 */
const EXPORTED_BENCHMARKS = ['MMLU', 'HumanEval', 'MTEB', 'BEIR'] as const;
type ExportedBenchmark = Benchmark & { name: (typeof EXPORTED_BENCHMARKS)[number] };

const isExported = (figure: Benchmark): figure is ExportedBenchmark =>
  (EXPORTED_BENCHMARKS as readonly string[]).includes(figure.name);

export interface PublishedFigure {
  modelId: string;
  modelName: string;
  benchmark: ExportedBenchmark;
}

export interface BaselinePlan {
  /** The metric to measure on the user's own held-out data. */
  metric: string;
  alsoTrack: string[];
  /** Which published benchmarks matter for this purpose, and why. */
  benchmarksThatMatter: string;
  publishedFigures: PublishedFigure[];
  suggestedHeldOutSize: number;
  heldOutReason: string;
  /** How to run the zero/few-shot baseline, step by step. */
  steps: string[];
  floor: number | null;
  target: number | null;
  heldOutSize: number | null;
  /** The gap between target and floor, in points, when both are recorded. */
  gap: number | null;
  verdict: string;
}

interface PurposeBaseline {
  metric: string;
  alsoTrack: string[];
  benchmarks: ExportedBenchmark['name'][];
  benchmarksThatMatter: string;
  steps: string[];
}

const BASELINES: Record<Purpose, PurposeBaseline> = {
  chat: {
    metric: 'Win rate against the untuned model under a written rubric (human or LLM judge)',
    alsoTrack: [
      'Exact match or schema validity for structured answers',
      'Refusal and hallucination rate',
    ],
    benchmarks: ['MMLU', 'HumanEval'],
    benchmarksThatMatter:
      'IFEval (strict prompt) for instruction following and strict formats such as JSON; MMLU-Pro or MMLU (5-shot) for knowledge; LiveCodeBench or HumanEval(+) when the assistant writes code. A figure compares only with the same benchmark, variant and shot count; only your held-out set measures your task.',
    steps: [
      'Collect real prompts with reference answers and write a short rubric (correct, complete, right tone, right format).',
      'Run the instruct model zero-shot with your system prompt, then with 3–5 examples in the prompt (few-shot).',
      'Score both against the rubric; the better one is your floor.',
    ],
  },
  'text-generation': {
    metric:
      'Exact match or pass@k on your held-out tasks (code: run the tests); a rubric score for free text',
    alsoTrack: ['Perplexity on held-out domain text', 'Length and format compliance'],
    benchmarks: ['MMLU', 'HumanEval'],
    benchmarksThatMatter:
      'HumanEval+ or HumanEval (pass@1) for code, MMLU-Pro or MMLU (5-shot) for general knowledge; published on the base model for base variants. A figure compares only with the same benchmark, variant and shot count.',
    steps: [
      'Hold out complete examples: the prefix the model sees and the continuation you expect.',
      'Generate zero-shot, then few-shot with 3–5 examples in the prompt; for code run the unit tests (pass@1, pass@5).',
      'Record the better score as the floor.',
    ],
  },
  similarity: {
    metric: 'nDCG@10 on your queries and judged passages',
    alsoTrack: ['Recall@k at the k your retriever returns (e.g. recall@20)', 'MRR@10'],
    benchmarks: ['MTEB', 'BEIR'],
    benchmarksThatMatter:
      'MTEB (v1 and v2 are different suites: compare within one), its retrieval tasks and BEIR nDCG@10, in your language; compare models on the subsets closest to your domain.',
    steps: [
      'Sample real queries and mark the passages that answer each one (2–3 relevant passages per query is enough).',
      'Embed your corpus with the untuned model and retrieve the top 100 for each query.',
      'Compute nDCG@10 and recall@k: that is the floor fine-tuning has to beat.',
    ],
  },
  reranking: {
    metric: 'nDCG@10 of the reranked list for your queries',
    alsoTrack: [
      'MRR@10',
      'Recall@k of the first-stage retriever (the ceiling a reranker can reach)',
    ],
    benchmarks: ['BEIR', 'MTEB'],
    benchmarksThatMatter:
      'MTEB-R (MTEB v2 retrieval tasks) and BEIR nDCG@10, measured on top of one fixed first-stage retriever; figures over different retrievers do not compare.',
    steps: [
      'Take your retriever’s top 50–100 candidates for real queries and judge which are relevant.',
      'Score every query–candidate pair with the untuned reranker and re-sort.',
      'Compute nDCG@10 before and after reranking; the reranked figure is your floor.',
    ],
  },
  'multi-label-classification': {
    metric:
      'Micro- and macro-F1, with a decision threshold tuned for each label on a validation split',
    alsoTrack: ['Per-label precision and recall', 'Subset accuracy (every label right)'],
    benchmarks: [],
    benchmarksThatMatter:
      'No public benchmark matches your label set; compare starting points on your own data. (Macro-F1 weighs rare labels as much as common ones.)',
    steps: [
      'Label a held-out set with every applicable label per example.',
      'Zero-shot baseline: ask an instruct LLM to pick all labels, or fit a logistic regression on frozen encoder embeddings.',
      'Tune one threshold per label on a validation split and report micro/macro-F1 on the test split.',
    ],
  },
  'multi-class-classification': {
    metric: 'Accuracy and macro-F1',
    alsoTrack: ['Per-class recall (the classes that matter most)', 'Confusion matrix'],
    benchmarks: [],
    benchmarksThatMatter:
      'No public benchmark matches your classes; compare starting points on your own data. Macro-F1 keeps rare classes visible.',
    steps: [
      'Label a held-out set with one class per example, keeping the real class balance.',
      'Zero-shot baseline: ask an instruct LLM to choose the class, or fit a logistic regression on frozen encoder embeddings.',
      'Report accuracy and macro-F1: that is the floor.',
    ],
  },
};

/** A held-out size that measures a few points of difference with reasonable confidence. */
function heldOut(answers: Answers): { size: number; reason: string } {
  const purpose = answers.task.purpose;
  if (purpose === 'multi-class-classification' || purpose === 'multi-label-classification') {
    const size = Math.min(5000, Math.max(300, 50 * answers.task.labelCount));
    return {
      size,
      reason: `About 50 examples per ${purpose === 'multi-label-classification' ? 'label' : 'class'} (at least 300), so each gets a stable F1.`,
    };
  }
  if (purpose === 'similarity' || purpose === 'reranking') {
    return {
      size: 300,
      reason:
        'A few hundred judged queries separate retrieval systems a couple of nDCG points apart.',
    };
  }
  return {
    size: 400,
    reason: 'About 400 prompts keep the 95% margin of a win rate near ±5 points.',
  };
}

/** What to measure before fine-tuning, and whether the recorded gap justifies it. */
export function baselinePlan(answers: Answers, shortlist: Candidate[]): BaselinePlan {
  const spec = BASELINES[answers.task.purpose];
  const wanted =
    answers.task.domain === 'code' ? (['HumanEval', 'MMLU'] as const) : spec.benchmarks;
  const publishedFigures = shortlist.flatMap((candidate) =>
    candidate.benchmarks
      .filter(isExported)
      .filter((benchmark) => (wanted as readonly string[]).includes(benchmark.name))
      .map((benchmark) => ({ modelId: candidate.id, modelName: candidate.name, benchmark })),
  );
  const { floor, target, heldOutSize } = answers.baseline;
  const gap = floor !== null && target !== null ? Math.round((target - floor) * 10) / 10 : null;
  const size = heldOut(answers);
  let verdict: string;
  if (gap === null) {
    verdict =
      'Measure the untuned model first and record the floor and your target: fine-tune only if the gap justifies the cost.';
  } else if (gap <= 0) {
    verdict =
      'The untuned model already meets your target: improve the prompt and ship, no fine-tuning needed yet.';
  } else if (gap < 3) {
    verdict = `A ${gap}-point gap is small: try better prompts or few-shot examples before paying for fine-tuning.`;
  } else {
    verdict = `A ${gap}-point gap justifies fine-tuning; re-measure on the same held-out set after training.`;
  }
  return {
    metric: spec.metric,
    alsoTrack: spec.alsoTrack,
    benchmarksThatMatter: spec.benchmarksThatMatter,
    publishedFigures,
    suggestedHeldOutSize: size.size,
    heldOutReason: size.reason,
    steps: spec.steps,
    floor,
    target,
    heldOutSize,
    gap,
    verdict,
  };
}
