import { describe, expect, it } from 'vitest';
import { catalogModels, findModel } from '../catalog/models';
import { benchmarkSchema } from '../catalog/schema';
import { normalizeAnswers } from './answers';
import { recommend } from './recommend';
import { comparableKey } from './rankingBenchmarks';
import { qualityScores } from './scoring';

const answersOf = (input: unknown) => normalizeAnswers(input).answers;
const ranked = (rec: ReturnType<typeof recommend>) => [...rec.shortlist, ...rec.nearMisses];

describe('like-for-like evidence', () => {
  it('never ranks a legal strict-JSON chat on a code benchmark, and ranks it on IFEval', () => {
    const rec = recommend({
      task: { purpose: 'chat', domain: 'legal', changeKind: 'output-format' },
      hardware: { gpuId: 'a100-80gb' },
    });
    for (const candidate of ranked(rec)) {
      expect(String(candidate.basis?.figure?.name), candidate.id).not.toMatch(/HumanEval|LiveCode/);
      expect(candidate.why.join(' ')).not.toMatch(/HumanEval/);
    }
    // IFEval first: a candidate publishing it beside another candidate is ranked on it.
    const onIfeval = ranked(rec).filter((c) => c.basis?.figure?.name === 'IFEval');
    expect(onIfeval.length).toBeGreaterThan(1);
    for (const candidate of onIfeval) {
      expect(candidate.why[0]).toMatch(
        /^Ranked on IFEval \(.+\) \d+(\.\d+)?, against the \d+ other candidates?/,
      );
    }
    for (const candidate of ranked(rec).filter((c) => !onIfeval.includes(c))) {
      const model = findModel(candidate.id);
      const shared = model?.benchmarks.some(
        (f) =>
          f.name === 'IFEval' &&
          onIfeval.some((o) =>
            findModel(o.id)!.benchmarks.some((g) => comparableKey(g) === comparableKey(f)),
          ),
      );
      expect(shared, candidate.id).toBeFalsy();
    }
  });

  it('ranks an English reranker on English MTEB-R, not on a Chinese C-MTEB score', () => {
    const rec = recommend({ task: { purpose: 'reranking', languages: 'english' } });
    const order = rec.shortlist.map((c) => c.id);
    const qwen = order.indexOf('Qwen/Qwen3-Reranker-0.6B');
    expect(qwen).toBeGreaterThanOrEqual(0);
    const large = ranked(rec).find((c) => c.id === 'BAAI/bge-reranker-large')!;
    expect(large.basis!.figure).toBeNull();
    expect(large.why[0]).toBe('No comparable figure: ranked by size, recency and fit.');
    if (order.includes(large.id)) expect(qwen).toBeLessThan(order.indexOf(large.id));
    for (const candidate of ranked(rec)) expect(candidate.basis?.figure?.language).not.toBe('zh');
    expect(rec.top!.basis!.label).toMatch(/^MTEB-R/);
  });

  it('does not count a figure that no other candidate shares, nor one of another variant', () => {
    const answers = answersOf({ task: { purpose: 'chat', changeKind: 'output-format' } });
    const qwen = findModel('Qwen/Qwen2.5-7B-Instruct')!;
    const llama32 = findModel('meta-llama/Llama-3.2-3B-Instruct')!;
    // Alone, Qwen's strict-prompt IFEval compares with nothing; Llama 3.2's IFEval is another variant.
    const scores = qualityScores([qwen, llama32], answers);
    expect(scores.get(qwen.id)!.basis.figure?.name).not.toBe('IFEval');
    expect(scores.get(llama32.id)!.basis.figure?.name).not.toBe('IFEval');
    const qwenIfeval = qwen.benchmarks.find((b) => b.name === 'IFEval')!;
    const llamaIfeval = llama32.benchmarks.find((b) => b.name === 'IFEval')!;
    expect(comparableKey(qwenIfeval)).not.toBe(comparableKey(llamaIfeval));
  });

  it('scores a shared figure relative to its group, so having a figure neither helps nor hurts on average', () => {
    const answers = answersOf({ task: { purpose: 'chat', changeKind: 'output-format' } });
    const models = catalogModels.filter((m) => m.purposes.includes('chat'));
    const scores = qualityScores(models, answers);
    const group = models.filter((m) => {
      const figure = scores.get(m.id)!.basis.figure;
      return figure?.name === 'IFEval' && figure.variant === 'strict prompt';
    });
    expect(group.length).toBeGreaterThanOrEqual(10);
    const best = group.reduce((a, b) =>
      scores.get(a.id)!.basis.figure!.value > scores.get(b.id)!.basis.figure!.value ? a : b,
    );
    // Granite 4.0-H-Small publishes 85.22, the highest strict prompt-level IFEval of the chat models.
    expect(best.id).toBe('ibm-granite/granite-4.0-h-small');
  });

  it('records the benchmarks people read now, each with a setting and a source', () => {
    const names = new Set(catalogModels.flatMap((m) => m.benchmarks.map((b) => b.name)));
    for (const name of [
      'MMLU-Pro',
      'GPQA-Diamond',
      'IFEval',
      'LiveCodeBench',
      'HumanEval+',
      'MTEB',
      'MTEB-R',
      'BEIR',
    ]) {
      expect(names.has(name as never), name).toBe(true);
    }
    const languages = new Set(
      catalogModels.flatMap((m) =>
        m.benchmarks.filter((b) => b.name === 'MTEB').map((b) => b.language),
      ),
    );
    expect([...languages].sort()).toEqual(['code', 'en', 'multilingual', 'zh']);
    for (const figure of catalogModels.flatMap((m) => m.benchmarks)) {
      expect(benchmarkSchema.safeParse(figure).success).toBe(true);
    }
  });
});
