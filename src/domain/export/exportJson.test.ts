import { describe, expect, it } from 'vitest';
import { answersSchema, recommend } from '../recommend';
import { exportJsonText, exportSchema, toExportDocument } from './exportJson';

const CUSTOM_CONFIG = {
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

const CASES = {
  'chat on an RTX 4090 (defaults)': {},
  'multi-class on a T4': {
    task: { purpose: 'multi-class-classification' },
    hardware: { gpuId: 't4' },
  },
  'chat on a 36 GB Mac': { task: { purpose: 'chat' }, hardware: { gpuId: 'apple-36gb' } },
  'similarity with a baseline': {
    task: { purpose: 'similarity' },
    baseline: { floor: 41.5, target: 48, heldOutSize: 300 },
  },
  'reranking with QLoRA': { task: { purpose: 'reranking' }, scale: { method: 'qlora' } },
  'text generation on 4 sharded A100s with a pasted model': {
    task: { purpose: 'text-generation', projectName: 'Docs | bot' },
    hardware: { gpuId: 'a100-80gb', gpuCount: 4, sharding: true },
    scale: { customModel: { name: 'My 3B', config: CUSTOM_CONFIG } },
  },
} as const;

describe('exportJsonText: the published document', () => {
  it.each(Object.entries(CASES))('%s: validates against exportSchema', (_name, input) => {
    const rec = recommend(input);
    const doc = exportSchema.parse(JSON.parse(exportJsonText(rec)));
    expect(doc.schemaVersion).toBe(1);
    expect(doc.generator).toBe('Tunewise');
    expect(doc.recommendation.topId).toBe(rec.top!.id);
    expect(doc.recommendation.shortlist[0]!.id).toBe(rec.top!.id);
    expect(doc.recommendation.shortlist).toHaveLength(rec.shortlist.length);
    expect(doc.recommendation.decision.text).toBe(rec.decision);
    expect(answersSchema.parse(doc.answers)).toEqual(rec.answers);
  });

  it('publishes the top plan: method, settings, whole bytes per GPU and headroom', () => {
    const rec = recommend({ task: { purpose: 'chat' }, hardware: { gpuId: 't4' } });
    const plan = rec.top!.training.plan!;
    const entry = toExportDocument(rec).recommendation.shortlist[0]!;
    expect(entry.training!.settings).toMatchObject({
      method: plan.method,
      batchSize: plan.options.batchSize,
      seqLen: plan.options.seqLen,
      loraRank: 16,
      mixedPrecision: 'fp16',
    });
    expect(entry.training!.perGpuBytes).toBe(Math.round(plan.estimate.reservedBytes));
    expect(Number.isInteger(entry.training!.breakdownBytes.activations)).toBe(true);
    expect(entry.training!.headroom).toBeCloseTo(
      1 - plan.estimate.reservedBytes / rec.hardware.training.usableBytes,
      3,
    );
    expect(entry.license).toMatchObject({ verdict: rec.top!.license!.verdict });
    expect(entry.why).toEqual(rec.top!.why);
  });

  it('gives full fine-tuning no LoRA settings', () => {
    const rec = recommend({ task: { purpose: 'multi-class-classification' } });
    const settings = toExportDocument(rec).recommendation.shortlist[0]!.training!.settings;
    expect(settings.method).toBe('full');
    expect(settings.loraRank).toBeNull();
    expect(settings.loraTargets).toBeNull();
  });

  it('keeps near misses with why not, licenses, the baseline and the pasted model', () => {
    const rec = recommend(CASES['text generation on 4 sharded A100s with a pasted model']);
    const doc = toExportDocument(rec).recommendation;
    expect(doc.custom).toMatchObject({ id: 'custom', name: 'My 3B', license: null });
    expect(doc.licenses.map((l) => l.licenseId)).toEqual(rec.licenses.map((l) => l.licenseId));
    expect(doc.hardware).toMatchObject({ gpuCount: 4, sharded: true });
    expect(doc.hardware.training.id).toBe('a100-80gb');
    const simple = toExportDocument(recommend({})).recommendation;
    expect(simple.nearMisses.length).toBeGreaterThan(0);
    expect(simple.nearMisses.every((m) => m.whyNot.length > 0)).toBe(true);
  });

  it('records the baseline the user measured', () => {
    const doc = toExportDocument(recommend(CASES['similarity with a baseline']));
    expect(doc.recommendation.baseline).toMatchObject({ floor: 41.5, target: 48, gap: 6.5 });
  });

  it('validates when nothing fits: no top model, null deployment allowed', () => {
    const rec = recommend({
      task: { purpose: 'chat' },
      hardware: { gpuId: 'custom', customGpuGb: 1, deploymentTarget: 'cpu', customServingGb: 1 },
    });
    expect(rec.top).toBeNull();
    const doc = exportSchema.parse(JSON.parse(exportJsonText(rec)));
    expect(doc.recommendation.topId).toBeNull();
    expect(doc.recommendation.shortlist).toEqual([]);
  });

  it('is deterministic and carries no date', () => {
    const text = exportJsonText(recommend({}));
    expect(exportJsonText(recommend({}))).toBe(text);
    expect(text).not.toMatch(/"(date|created|generatedAt|timestamp)"/i);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('rejects documents that are not the published shape', () => {
    const doc = JSON.parse(exportJsonText(recommend({})));
    expect(exportSchema.safeParse({ ...doc, schemaVersion: 2 }).success).toBe(false);
    const misspelt = { ...doc, recommendation: { ...doc.recommendation, topID: 'x' } };
    expect(exportSchema.safeParse(misspelt).success).toBe(false);
    const fractional = structuredClone(doc);
    fractional.recommendation.shortlist[0].training.perGpuBytes += 0.5;
    expect(exportSchema.safeParse(fractional).success).toBe(false);
  });
});
