import type { Benchmark, BenchmarkLanguage, BenchmarkName } from '../catalog/schema';
import type { Answers } from './answers';

/** One benchmark a purpose may be ranked on, optionally in one language only. */
export interface RankingBenchmark {
  name: BenchmarkName;
  language?: BenchmarkLanguage;
}

const MMLU_PRO: RankingBenchmark = { name: 'MMLU-Pro', language: 'en' };
const MMLU: RankingBenchmark = { name: 'MMLU', language: 'en' };
const IFEVAL: RankingBenchmark = { name: 'IFEval', language: 'en' };
const GPQA: RankingBenchmark = { name: 'GPQA-Diamond', language: 'en' };
const LIVECODEBENCH: RankingBenchmark = { name: 'LiveCodeBench' };
const HUMANEVAL_PLUS: RankingBenchmark = { name: 'HumanEval+' };
const HUMANEVAL: RankingBenchmark = { name: 'HumanEval' };
const SPECIALIST_DOMAINS = ['medical', 'legal', 'scientific', 'finance'];

/**
 * The benchmarks that rank models for these answers, most telling first: instruction following
 * (IFEval) for strict output formats, code suites for code, knowledge (MMLU-Pro, MMLU) otherwise,
 * graduate-level science (GPQA-Diamond) for specialist domains; for retrieval, MTEB / MTEB-R in
 * the user's language, then BEIR. Classification has no public benchmark that matches a label set.
 */
export function rankingBenchmarks(answers: Answers): RankingBenchmark[] {
  const { purpose, domain, languages, changeKind } = answers.task;
  const lang: BenchmarkLanguage = languages === 'multilingual' ? 'multilingual' : 'en';
  if (purpose === 'chat' || purpose === 'text-generation') {
    if (domain === 'code') {
      // Base models publish HumanEval+ far more often than LiveCodeBench.
      return purpose === 'chat'
        ? [LIVECODEBENCH, HUMANEVAL_PLUS, HUMANEVAL]
        : [HUMANEVAL_PLUS, LIVECODEBENCH, HUMANEVAL];
    }
    if (purpose === 'chat' && changeKind === 'output-format') return [IFEVAL, MMLU_PRO, MMLU];
    if (SPECIALIST_DOMAINS.includes(domain)) return [MMLU_PRO, GPQA, MMLU];
    return purpose === 'chat' ? [MMLU_PRO, MMLU, IFEVAL] : [MMLU_PRO, MMLU];
  }
  if (purpose === 'similarity') {
    if (domain === 'code')
      return [
        { name: 'MTEB', language: 'code' },
        { name: 'MTEB', language: lang },
      ];
    return lang === 'en'
      ? [
          { name: 'MTEB', language: 'en' },
          { name: 'BEIR', language: 'en' },
        ]
      : [
          { name: 'MTEB', language: 'multilingual' },
          { name: 'MTEB', language: 'en' },
        ];
  }
  if (purpose === 'reranking') {
    if (domain === 'code')
      return [
        { name: 'MTEB-R', language: 'code' },
        { name: 'MTEB-R', language: lang },
      ];
    return lang === 'en'
      ? [
          { name: 'MTEB-R', language: 'en' },
          { name: 'BEIR', language: 'en' },
        ]
      : [
          { name: 'MTEB-R', language: 'multilingual' },
          { name: 'MTEB-R', language: 'en' },
        ];
  }
  return [];
}

/** Figures are comparable only when benchmark, variant, language and shot count all agree. */
export function comparableKey(figure: Benchmark): string {
  return [figure.name, figure.variant, figure.language, figure.shots ?? 'n/a'].join('|');
}

/** "IFEval (strict prompt, 0-shot)", "MTEB (v1, en)": the figure's name with what makes it comparable. */
export function benchmarkLabel(figure: Benchmark): string {
  const language = LANGUAGE_WORDS[figure.language];
  // English is the default reading, and a variant such as "MMTEB" or "code retrieval" names its own.
  const namesLanguage =
    figure.language === 'en' ||
    figure.name === 'LiveCodeBench' ||
    figure.name.startsWith('HumanEval') ||
    /multilingual|MMTEB|C-MTEB|code|Chinese/i.test(figure.variant);
  const parts = [
    figure.variant,
    namesLanguage ? null : language,
    figure.shots === null ? null : `${figure.shots}-shot`,
  ].filter(Boolean);
  return parts.length > 0 ? `${figure.name} (${parts.join(', ')})` : figure.name;
}

const LANGUAGE_WORDS: Record<BenchmarkLanguage, string> = {
  en: 'English',
  multilingual: 'multilingual',
  zh: 'Chinese',
  code: 'code',
};
