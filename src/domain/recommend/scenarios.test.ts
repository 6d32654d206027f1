import { describe, expect, it } from 'vitest';
import { recommend } from './recommend';
import { findModel } from '../catalog/models';

/** Realistic projects end to end: what a team asks, and what Tunewise must answer. */
describe('scenarios', () => {
  it('1. intent classification for a commercial app on a 16 GB T4 → an encoder, full fine-tuning, fp16', () => {
    const r = recommend({
      task: { purpose: 'multi-class-classification', labelCount: 24 },
      hardware: { gpuId: 't4' },
    });
    expect(r.architecture.architecture).toBe('encoder');
    expect(r.top!.training.plan!.method).toBe('full');
    expect(r.top!.parameters).toBeLessThan(200e6);
    expect(r.top!.license!.verdict).toBe('allowed');
    expect(r.top!.why.join(' ')).toMatch(/fp16 mixed precision: the NVIDIA T4 16 GB has no bf16/);
  });

  it('2. legal Q&A assistant on one 24 GB RTX 4090 → a 7–8B instruct model with LoRA or QLoRA', () => {
    const r = recommend({
      task: { purpose: 'chat', domain: 'legal' },
      hardware: { gpuId: 'rtx-4090' },
    });
    expect(r.sizeBand.band.id).toBe('7-8b');
    expect(r.variant.variant).toBe('instruct');
    expect(['lora', 'qlora']).toContain(r.top!.training.plan!.method);
    expect(r.top!.parameters).toBeGreaterThan(6e9);
    expect(r.top!.parameters).toBeLessThan(10e9);
  });

  it('3. legal Q&A assistant on an 80 GB A100 → the guide’s 14–32B band', () => {
    const r = recommend({
      task: { purpose: 'chat', domain: 'legal' },
      hardware: { gpuId: 'a100-80gb' },
    });
    expect(r.sizeBand.band.id).toBe('14-32b');
    expect(r.top!.parameters).toBeGreaterThan(10e9);
  });

  it('4. multilingual RAG embeddings → a multilingual embedding model, with bge-m3 and multilingual e5 shortlisted', () => {
    const r = recommend({ task: { purpose: 'similarity', languages: 'multilingual' } });
    expect(r.architecture.architecture).toBe('bi-encoder');
    const ids = r.shortlist.map((c) => c.id);
    expect(ids).toContain('BAAI/bge-m3');
    expect(ids).toContain('intfloat/multilingual-e5-large');
    expect(r.shortlist.every((c) => c.languageOk)).toBe(true);
  });

  it('5. a research project may use CC-BY-NC models; a commercial one may not', () => {
    const jina = 'jinaai/jina-reranker-v2-base-multilingual';
    const research = recommend({
      task: { purpose: 'reranking', languages: 'multilingual' },
      license: { intendedUse: 'research' },
    });
    // Eligible for research (the shortlist's five may still be other rerankers), not for a product.
    expect(research.models.find((c) => c.id === jina)?.eligible).toBe(true);
    const commercial = recommend({ task: { purpose: 'reranking', languages: 'multilingual' } });
    expect(commercial.shortlist.map((c) => c.id)).not.toContain(jina);
    expect(commercial.models.find((c) => c.id === jina)?.eligible).toBe(false);
    expect(commercial.nearMisses.find((c) => c.id === jina)?.whyNot.join(' ')).toMatch(
      /no commercial use/,
    );
  });

  it('6. a product above 700M monthly users cannot use Llama; the Llama models become near misses', () => {
    const r = recommend({
      task: { purpose: 'chat' },
      hardware: { gpuId: 'a100-80gb' },
      license: { userScale: 'over-700m' },
    });
    expect(r.shortlist.some((c) => c.license!.licenseId.startsWith('llama'))).toBe(false);
    expect(r.nearMisses.some((c) => c.whyNot.join(' ').includes('700 million'))).toBe(true);
  });

  it('7. long documents need 32k context: models with shorter windows are near misses', () => {
    const r = recommend({
      task: { purpose: 'chat' },
      hardware: { gpuId: 'h100-80gb' },
      scale: { contextWindow: 32768, concurrency: 1 },
    });
    expect(r.shortlist.every((c) => c.contextTokens >= 32768)).toBe(true);
    expect(r.nearMisses.some((c) => /below the 32k you need/.test(c.whyNot.join(' ')))).toBe(true);
  });

  it('8. a MacBook with 36 GB → LoRA fits a 7–8B model; QLoRA is not offered; bigger models say why', () => {
    const r = recommend({ task: { purpose: 'chat' }, hardware: { gpuId: 'apple-36gb' } });
    expect(r.top!.training.plan!.method).toBe('lora');
    expect(r.charts.memoryByMethod.bars.every((bar) => bar.qlora === null)).toBe(true);
    expect(
      r.nearMisses.some((c) =>
        /unavailable on this hardware; on Apple silicon use MLX LoRA/.test(c.whyNot.join(' ')),
      ),
    ).toBe(true);
  });

  it('9. an on-device assistant → 1–3B, served with 4-bit weights on an 8 GB device', () => {
    const r = recommend({
      task: { purpose: 'chat' },
      hardware: { deploymentTarget: 'edge', customServingGb: 8 },
    });
    expect(r.sizeBand.band.id).toBe('1-3b');
    expect(r.top!.parameters).toBeLessThan(4.5e9);
    expect(r.deployment).toMatchObject({ weightBits: 4, fits: true });
  });

  it('10. a new language through text generation → a base model', () => {
    const r = recommend({
      task: { purpose: 'text-generation', changeKind: 'new-language', languages: 'multilingual' },
    });
    expect(r.variant.variant).toBe('base');
    expect(r.variant.reason).toMatch(/base model/);
  });

  it('11. code completion on an A100 → a code-trained 7–8B base model with fill-in-the-middle', () => {
    const r = recommend({
      task: { purpose: 'text-generation', domain: 'code', changeKind: 'behaviour' },
      hardware: { gpuId: 'a100-80gb' },
    });
    expect(r.variant.variant).toBe('base');
    expect(r.top!.fim).toBe(true);
    expect(r.top!.id).toBe('Qwen/Qwen2.5-Coder-7B');
    expect(r.baseline.metric).toMatch(/pass@k/);
  });

  it('12. eight H100s with sharding → full fine-tuning of a medical 14–32B model', () => {
    const r = recommend({
      task: { purpose: 'chat', domain: 'medical' },
      hardware: { gpuId: 'h100-80gb', gpuCount: 8, sharding: true },
    });
    expect(r.sizeBand.band.id).toBe('14-32b');
    expect(r.top!.training.plan!.method).toBe('full');
    expect(r.top!.training.plan!.options.launcher).toBe('fsdp2');
  });

  it('13. nothing fits a 12 GB GPU for a 70B request: the decision says so and shows the band it uses', () => {
    const chosen = recommend({
      task: { purpose: 'chat' },
      hardware: { gpuId: 'rtx-3060-12gb' },
      scale: { sizeBand: '70b' },
    });
    expect(chosen.sizeBand.userChose).toBe(true);
    expect(chosen.sizeBand.band.id).not.toBe('70b');
    expect(chosen.sizeBand.reasons.join(' ')).toMatch(
      /^You chose the Over 36B .* band\. .*None of the Over 36B \(70B and large mixtures of experts\) models fits the NVIDIA GeForce RTX 3060 12 GB \(\d+\.\d GiB\), even with QLoRA: the smallest needs \d+\.\d GiB\. Showing the largest band that fits: /,
    );
    expect(chosen.shortlist.length).toBeGreaterThan(0);
    expect(chosen.top!.inBand).toBe(true);
    const inBand = chosen.shortlist.filter((c) => c.inBand).length;
    for (const outside of chosen.shortlist.filter((c) => !c.inBand)) {
      expect(outside.why.at(-1)).toContain(`listed because only ${inBand} in the band qualify`);
    }
    const auto = recommend({
      task: { purpose: 'chat', domain: 'medical' },
      hardware: { gpuId: 'rtx-3060-12gb' },
    });
    expect(auto.top).not.toBeNull();
    expect(auto.top!.training.plan!.estimate.reservedBytes).toBeLessThan(12 * 2 ** 30);
  });
});

describe('a current catalog', () => {
  it('a chat user on a 24 GB RTX 4090 sees 2025–26 models on the shortlist, with reasons', () => {
    const rec = recommend({ hardware: { gpuId: 'rtx-4090' } });
    const current = rec.shortlist.filter((c) => findModel(c.id)!.released >= '2025-05');
    expect(current.length).toBeGreaterThanOrEqual(2);
    for (const candidate of current) {
      expect(candidate.eligible).toBe(true);
      expect(candidate.why.length).toBeGreaterThanOrEqual(3);
    }
    // The families the catalog issue names for this user, where they fit and the licence allows.
    const named = ['Qwen3-2507', 'Qwen3.5', 'Gemma 4', 'gpt-oss'];
    expect(current.some((c) => named.includes(findModel(c.id)!.family))).toBe(true);
  });

  it('leads the 24 GB chat shortlist with 2025–26 models, Qwen2.5-7B behind them', () => {
    const rec = recommend({ hardware: { gpuId: 'rtx-4090' } });
    const ids = rec.shortlist.map((c) => c.id);
    const older = ids.indexOf('Qwen/Qwen2.5-7B-Instruct');
    const ahead = older === -1 ? ids : ids.slice(0, older);
    expect(ahead.length).toBeGreaterThanOrEqual(4);
    for (const id of ahead) expect(findModel(id)!.released >= '2025-04', id).toBe(true);
    expect(ahead).toEqual(expect.arrayContaining(['Qwen/Qwen3.5-9B', 'google/gemma-4-E4B-it']));
  });

  it('never ranks a superseded model above its successor, in any of these runs', () => {
    for (const answers of [
      {},
      { hardware: { gpuId: 't4' } },
      { hardware: { gpuId: 'a100-80gb' } },
      { hardware: { gpuId: 'h100-80gb' }, scale: { sizeBand: '14-32b' as const } },
      { task: { purpose: 'text-generation' as const } },
    ]) {
      const rec = recommend(answers);
      const order = [...rec.shortlist, ...rec.nearMisses].map((c) => c.id);
      for (const [at, id] of order.entries()) {
        const successor = findModel(id)!.supersededBy?.id;
        if (successor && order.includes(successor))
          expect(order.indexOf(successor), `${id} before ${successor}`).toBeLessThan(at);
      }
    }
  });
});

describe('one serving verdict in every scenario', () => {
  /** The answers of scenarios 1–13 above, and the Apple, edge and CPU targets. */
  const scenarioAnswers: { task?: object; hardware?: object; scale?: object }[] = [
    { task: { purpose: 'multi-class-classification', labelCount: 24 }, hardware: { gpuId: 't4' } },
    { task: { purpose: 'chat', domain: 'legal' }, hardware: { gpuId: 'rtx-4090' } },
    { task: { purpose: 'chat', domain: 'legal' }, hardware: { gpuId: 'a100-80gb' } },
    { task: { purpose: 'similarity', languages: 'multilingual' } },
    { task: { purpose: 'reranking', languages: 'multilingual' } },
    { task: { purpose: 'chat' }, hardware: { gpuId: 'a100-80gb' } },
    {
      task: { purpose: 'chat' },
      hardware: { gpuId: 'h100-80gb' },
      scale: { contextWindow: 32768, concurrency: 1 },
    },
    { task: { purpose: 'chat' }, hardware: { gpuId: 'apple-36gb' } },
    { task: { purpose: 'chat' }, hardware: { deploymentTarget: 'edge', customServingGb: 8 } },
    { task: { purpose: 'text-generation', changeKind: 'new-language', languages: 'multilingual' } },
    {
      task: { purpose: 'text-generation', domain: 'code', changeKind: 'behaviour' },
      hardware: { gpuId: 'a100-80gb' },
    },
    {
      task: { purpose: 'chat', domain: 'medical' },
      hardware: { gpuId: 'h100-80gb', gpuCount: 8, sharding: true },
    },
    { task: { purpose: 'chat', domain: 'medical' }, hardware: { gpuId: 'rtx-3060-12gb' } },
    { task: { purpose: 'chat' }, hardware: { deploymentTarget: 'cpu', customServingGb: 32 } },
    { task: { purpose: 'chat' }, hardware: { gpuId: 'rtx-4090' }, scale: { headroomPercent: 40 } },
  ];

  it.each(scenarioAnswers.map((answers, i) => [i + 1, answers] as const))(
    'answer set %i: each shortlisted model serves as its deployment section’s default engine plans it',
    (_, answers) => {
      const rec = recommend(answers);
      expect(rec.shortlist.length).toBeGreaterThan(0);
      for (const candidate of rec.shortlist) {
        // The model as the plan: its deployment section plans every engine from scratch.
        const pinned = recommend({
          ...answers,
          scale: { ...answers.scale, pinnedModel: candidate.id },
        });
        const deployment = pinned.deployment!;
        const engine = deployment.serving.engines[0]!;
        expect(deployment.serving.engine, candidate.id).toBe(candidate.serving.engine);
        expect(engine.fits, candidate.id).toBe(candidate.serving.fits);
        expect(engine.maxContextTokens, candidate.id).toBe(candidate.serving.maxContext);
        expect(engine.weightFormat, candidate.id).toBe(candidate.serving.plan.weightFormat);
        expect(deployment.fits).toBe(true);
        expect(deployment.verdict).toBe(candidate.why.find((line) => line.startsWith('Serves')));
        // The serving chart crosses its capacity where that context ends, unless the model's
        // window ends it first.
        const chart = pinned.charts.memoryByContext!;
        expect(chart.maxServingTokens).toBe(candidate.serving.maxContext);
        const memoryBound = candidate.serving.maxContext < candidate.serving.modelContextTokens;
        for (const point of chart.points) {
          if (point.tokens <= chart.maxServingTokens)
            expect(point.servingGib).toBeLessThanOrEqual(chart.servingCapacityGib + 0.01);
          else if (memoryBound)
            expect(point.servingGib).toBeGreaterThan(chart.servingCapacityGib - 0.01);
        }
      }
    },
  );
});
