import { describe, expect, it } from 'vitest';
import { purposeSchema } from '../catalog/schema';
import { recommend } from './recommend';

describe('recommend: every purpose', () => {
  it.each(purposeSchema.options)(
    '%s → its architecture, head and objective, with a fitting top model',
    (purpose) => {
      const result = recommend({ task: { purpose } });
      const expected = {
        chat: ['decoder', 'causal-lm'],
        'text-generation': ['decoder', 'causal-lm'],
        similarity: ['bi-encoder', 'contrastive'],
        reranking: ['cross-encoder', 'pairwise-listwise'],
        'multi-label-classification': ['encoder', 'sigmoid-bce'],
        'multi-class-classification': ['encoder', 'softmax-ce'],
      }[purpose];
      expect([result.architecture.architecture, result.architecture.objective]).toEqual(expected);
      expect(result.architecture.reason.length).toBeGreaterThan(40);
      expect(result.top).not.toBeNull();
      expect(result.top!.training.plan!.estimate.reservedBytes).toBeLessThanOrEqual(
        result.hardware.training.usableBytes,
      );
      expect(result.shortlist.length).toBeGreaterThanOrEqual(2);
      expect(result.shortlist.every((c) => c.eligible && c.why.length > 0)).toBe(true);
    },
  );
});

describe('recommend: structure', () => {
  const result = recommend({});

  it('gives a one-sentence decision naming the top model, the method and the GPU', () => {
    expect(result.decision).toContain(result.top!.name);
    expect(result.decision).toMatch(/LoRA|QLoRA|full fine-tuning/);
    expect(result.decision).toContain('RTX 4090');
  });

  it('explains near misses', () => {
    expect(result.nearMisses.length).toBeGreaterThan(0);
    expect(result.nearMisses.every((c) => !c.eligible && c.whyNot.length > 0)).toBe(true);
  });

  it('charts memory by method for the shortlist against the GPU’s capacity', () => {
    const chart = result.charts.memoryByMethod;
    expect(chart.bars.map((b) => b.modelId)).toEqual(result.shortlist.map((c) => c.id));
    expect(chart.capacityGib).toBeCloseTo(24564 / 1024, 2);
    for (const bar of chart.bars) {
      expect(bar.qlora!).toBeLessThan(bar.lora!);
      expect(bar.lora!).toBeLessThan(bar.full!);
    }
  });

  it('charts memory against context length with the capacity and the largest context that fits', () => {
    const chart = result.charts.memoryByContext!;
    expect(chart.points.length).toBeGreaterThan(30);
    const tokens = chart.points.map((p) => p.tokens);
    expect([...tokens].sort((a, b) => a - b)).toEqual(tokens);
    for (let i = 1; i < chart.points.length; i++) {
      expect(chart.points[i]!.trainingGib).toBeGreaterThanOrEqual(chart.points[i - 1]!.trainingGib);
      expect(chart.points[i]!.servingGib).toBeGreaterThanOrEqual(chart.points[i - 1]!.servingGib);
    }
    expect(tokens).toContain(chart.neededTokens);
    // Below the marked maximum the training curve stays under the budget; above it, it crosses.
    const below = chart.points.filter((p) => p.tokens <= chart.maxTrainingTokens);
    const above = chart.points.filter((p) => p.tokens > chart.maxTrainingTokens);
    expect(below.every((p) => p.trainingGib <= chart.trainingCapacityGib)).toBe(true);
    expect(above.some((p) => p.trainingGib > chart.trainingCapacityGib * 0.95)).toBe(true);
  });

  it('sets the guide’s quick-reference table beside our estimate for a model of each size', () => {
    expect(result.quickReference.map((row) => row.size)).toEqual([
      '3B',
      '7B',
      '8B',
      '9B',
      '11B',
      '14B',
      '27B',
      '32B',
    ]);
    for (const row of result.quickReference) {
      expect(row.ourQloraGib).toBeGreaterThan(0);
      expect(row.ourQloraGib).toBeLessThan(row.ourLoraGib);
    }
    const eightB = result.quickReference.find((row) => row.size === '8B')!;
    expect(eightB.modelName).toMatch(/Llama-3.1-8B/);
  });

  it('gives deployment figures on the serving device', () => {
    expect(result.deployment).toMatchObject({ fits: true, contextTokens: 8192, concurrency: 4 });
    expect(result.deployment!.kvCacheBytes).toBeGreaterThan(0);
    expect(result.deployment!.maxContextTokens).toBeGreaterThan(8192);
  });

  it('returns license verdicts for every license family', () => {
    expect(result.licenses.map((l) => l.family)).toEqual(
      expect.arrayContaining(['permissive', 'llama', 'gemma', 'qwen', 'non-commercial']),
    );
  });
});

describe('recommend: determinism', () => {
  const inputs = [
    {},
    { task: { purpose: 'similarity', languages: 'multilingual' } },
    {
      task: { purpose: 'chat', domain: 'medical' },
      hardware: { gpuId: 'h100-80gb', gpuCount: 4, sharding: true },
    },
    { task: { purpose: 'multi-label-classification', labelCount: 30 }, hardware: { gpuId: 't4' } },
  ];

  it('gives the same result for the same answers, also after a JSON round trip', () => {
    for (const input of inputs) {
      const first = recommend(input);
      const again = recommend(input);
      const roundTripped = recommend(JSON.parse(JSON.stringify(first.answers)));
      expect(again).toEqual(first);
      expect(roundTripped).toEqual(first);
      expect(JSON.parse(JSON.stringify(roundTripped))).toEqual(JSON.parse(JSON.stringify(first)));
    }
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      null,
      undefined,
      'chat',
      7,
      [],
      { task: { purpose: 'nonsense' } },
      { scale: { loraTargets: [] } },
    ]) {
      expect(recommend(input).shortlist.length).toBeGreaterThan(0);
    }
  });
});

describe('recommend: a custom config.json', () => {
  const config = {
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

  it('is fitted like a catalog model and drawn on the method chart', () => {
    const result = recommend({ scale: { customModel: { name: 'My 3B', config } } });
    expect(result.custom).toMatchObject({ name: 'My 3B', custom: true, license: null });
    expect(result.custom!.parameters).toBe(3_212_749_824);
    expect(result.custom!.training.plan).not.toBeNull();
    expect(result.charts.memoryByMethod.bars.at(-1)!.label).toBe('My 3B');
    expect(result.customError).toBeNull();
  });

  it('reports a broken config and keeps the rest of the recommendation', () => {
    const result = recommend({
      scale: {
        customModel: { name: 'Broken', config: { model_type: 'llama', hidden_size: 3072 } },
      },
    });
    expect(result.custom).toBeNull();
    expect(result.customError).toMatch(/num_hidden_layers is missing/);
    expect(result.top).not.toBeNull();
  });
});
