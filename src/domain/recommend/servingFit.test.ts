import { describe, expect, it } from 'vitest';
import { findModel, specOfModel } from '../catalog/models';
import { estimateServingMemory } from '../memory';
import { engineDeviceOf, planEngine, servingRequestOf } from '../serving/plan';
import { hardwareAnswersSchema, scaleAnswersSchema, type ScaleAnswers } from './answers';
import { budgetOf } from './budget';
import { planHardware } from './hardware';
import { recommend } from './recommend';
import { askOf, fitServing, servedWindow } from './servingFit';
import { servingSentence } from './servingWords';

const LLAMA = 'meta-llama/Llama-3.1-8B-Instruct';
const QWEN25 = 'Qwen/Qwen2.5-7B-Instruct';
const spec = (id: string) => specOfModel(findModel(id)!);
const windowOf = (id: string) => {
  const model = findModel(id)!;
  return model.context.extended ?? model.context.native;
};
const device = (partial: object) => planHardware(hardwareAnswersSchema.parse(partial)).serving;
const scale = (partial: Partial<ScaleAnswers> = {}) => scaleAnswersSchema.parse(partial);
const fit = (id: string, hardware: object, ask: Partial<ScaleAnswers>) =>
  fitServing(spec(id), scale(ask), device(hardware), windowOf(id));

describe('fitServing with vLLM on a GPU', () => {
  it('asks vLLM for bf16 first, then FP8 and bitsandbytes 4-bit weights, each when the one above does not fit', () => {
    const request = { contextWindow: 8192, concurrency: 4 };
    const a100 = fit(LLAMA, { gpuId: 'a100-80gb' }, request);
    expect(a100).toMatchObject({ engine: 'vllm', fits: true, options: { weightBits: 16 } });
    expect(a100.plan.weightFormat).toBe('bf16');
    // A 16 GB T4 cannot hold 15 GiB of bf16 weights in 0.92 of itself: the plan takes the highest
    // precision below that leaves KV room, and every precision above it does not fit.
    const t4 = fit(LLAMA, { gpuId: 't4' }, request);
    expect(t4).toMatchObject({ engine: 'vllm', fits: true });
    expect(t4.options.weightBits).toBeLessThan(16);
    const t4Device = engineDeviceOf('vllm', device({ gpuId: 't4' }), 10);
    for (const weightBits of [16, 8, 4] as const) {
      if (weightBits <= t4.options.weightBits) continue;
      const above = servingRequestOf(spec(LLAMA), { ...askOf(t4), weightBits });
      expect(planEngine('vllm', above, t4Device).fits, `${weightBits}-bit`).toBe(false);
    }
    // 24B parameters: neither bf16 (48 GB) nor FP8 (24 GB) weights leave a KV cache on a 4090.
    const mistral = fit(
      'mistralai/Mistral-Small-24B-Instruct-2501',
      { gpuId: 'rtx-4090' },
      request,
    );
    expect(mistral).toMatchObject({ fits: true, options: { weightBits: 4 } });
    expect(mistral.plan.settings.quantization).toBe('bitsandbytes');
  });

  it('Llama 3.1 8B on an RTX 4090 at 8k × 4: the abstract estimate said 8-bit; vLLM serves bf16 with a shorter --max-model-len', () => {
    const llama = spec(LLAMA);
    const gpu = device({ gpuId: 'rtx-4090' });
    const ask = scale({ contextWindow: 8192, concurrency: 4 });
    // The abstract server model this replaces: bf16 weights, KV cache, prefill working memory and
    // allocator overhead over 90% of the card, so the shortlist used to fall back to 8-bit.
    const abstract = estimateServingMemory(llama, {
      weightBits: 16,
      contextLength: 8192,
      batchSize: 4,
    });
    expect(abstract.reservedBytes).toBeGreaterThan(budgetOf(gpu, ask.headroomPercent));

    const serving = fitServing(llama, ask, gpu, 131_072);
    expect(serving).toMatchObject({ engine: 'vllm', fits: true, options: { weightBits: 16 } });
    const s = serving.plan.settings;
    // What is left of 0.92 × 24 GiB after 15 GiB of weights, the profile run and CUDA graphs holds
    // 8k × 4 but not the model's own 131,072-token window: vLLM would refuse its default length.
    expect(Number(s.maxModelLen)).toBe(Number(s.kvCacheTokens));
    expect(Number(s.maxModelLen)).toBeGreaterThan(32_768);
    expect(Number(s.maxModelLen)).toBeLessThan(131_072);
    expect(serving.plan.notes.join(' ')).toMatch(/default --max-model-len \(131072 tokens\)/);
    // Four sequences share those blocks: each gets a quarter, in whole blocks of 16 tokens.
    expect(serving.maxContext * 4).toBeLessThanOrEqual(Number(s.kvCacheTokens));
    expect((serving.maxContext + 16) * 4).toBeGreaterThan(Number(s.kvCacheTokens));
    expect(servingSentence(serving, gpu.name, ask.headroomPercent)).toBe(
      `Serves 8k tokens × 4 with vLLM at 0.92 GPU memory utilisation on the ${gpu.name} (bf16 weights, auto (bf16) KV cache): up to ${serving.maxContext.toLocaleString('en-US')} tokens per sequence at 4 at once; start it with --max-model-len ${Number(s.maxModelLen).toLocaleString('en-US')}, since the model’s 128k-token default would not start.`,
    );
  });

  it('reports the longest context per sequence: all of vLLM’s KV blocks for one sequence', () => {
    const serving = fit(LLAMA, { gpuId: 'rtx-4090' }, { contextWindow: 8192, concurrency: 1 });
    expect(serving.maxContext).toBe(serving.plan.settings.maxModelLen);
    // 15 GiB of bf16 weights leave room for tens of thousands of tokens of KV cache, not 128k.
    expect(serving.maxContext).toBeGreaterThan(20_000);
    expect(serving.maxContext).toBeLessThan(60_000);
  });

  it('says which limit stops it when nothing fits: the KV cache, or the weights and profile run', () => {
    const gpu = device({ gpuId: 'rtx-3060-12gb' });
    const ask = scale({ contextWindow: 131_072, concurrency: 4 });
    const kvBound = fitServing(spec('Qwen/Qwen3-8B'), ask, gpu, 131_072);
    expect(kvBound).toMatchObject({ fits: false, options: { weightBits: 4 } });
    expect(servingSentence(kvBound, gpu.name, ask.headroomPercent)).toMatch(
      /^Cannot serve 128k tokens × 4 at once with vLLM on the .*, even with 4-bit weights: the KV cache needs \d+\.\d GiB, and 0\.92 of the GPU leaves \d+\.\d GiB after the weights, the profile run and vLLM's own buffers\.$/,
    );
    // 24B in 4-bit is 12 GiB of weights, more than the 11 GiB vLLM takes of the card.
    const weightBound = fitServing(
      spec('mistralai/Mistral-Small-24B-Instruct-2501'),
      ask,
      gpu,
      32_768,
    );
    expect(weightBound.plan.settings.kvBlocks).toBe(0);
    expect(servingSentence(weightBound, gpu.name, ask.headroomPercent)).toMatch(
      /: the weights, the profile run and vLLM's own buffers alone take more than 0\.92 of the GPU\.$/,
    );
  });
});

describe('fitServing off NVIDIA and AMD GPUs', () => {
  it('Apple silicon: MLX chooses its own 8- or 4-bit weights, and the plan says which', () => {
    const serving = fit('Qwen/Qwen3-8B', { gpuId: 'apple-24gb' }, { contextWindow: 32_768 });
    expect(serving.engine).toBe('mlx');
    expect(serving.options.weightBits).toBe(serving.plan.settings.bits);
    expect(serving.plan.weightFormat).toBe(`MLX ${serving.options.weightBits}-bit (group 64)`);
  });

  it('an edge device: llama.cpp at Q4_K_M within the 37.5% of RAM one app gets, less the headroom', () => {
    const edge = { deploymentTarget: 'edge', customServingGb: 8 };
    const serving = fit('meta-llama/Llama-3.2-3B-Instruct', edge, { concurrency: 1 });
    expect(serving).toMatchObject({ engine: 'llama.cpp', fits: true, options: { weightBits: 4 } });
    expect(serving.plan.settings.mix).toBe('Q4_K_M');
    expect(serving.plan.capacityBytes).toBeCloseTo(budgetOf(device(edge), 10) * 0.375, 0);
  });
});

describe('servedWindow', () => {
  it('is the config’s window unless the plan writes YaRN scaling, and never more than the catalog’s', () => {
    const qwen = spec('Qwen/Qwen2.5-7B-Instruct');
    expect(servedWindow(qwen, 131_072, null)).toBe(32_768);
    const yarn = { type: 'yarn', factor: 2, originalMaxPositionEmbeddings: 32_768 } as const;
    expect(servedWindow(qwen, 131_072, yarn)).toBe(65_536);
    // Qwen3 0.6B's config says 40,960 positions; the catalog documents 32,768.
    expect(servedWindow(spec('Qwen/Qwen3-0.6B'), 32_768, null)).toBe(32_768);
  });

  it('caps the shortlist’s longest context: Qwen2.5 7B serves no more than 32k without YaRN', () => {
    const rec = recommend({ hardware: { gpuId: 'a100-80gb' }, scale: { pinnedModel: QWEN25 } });
    const qwen = rec.models.find((c) => c.id === QWEN25)!;
    expect(qwen.ropeScaling).toBeNull();
    expect(qwen.serving.maxContext).toBe(32_768);
    expect(rec.deployment!.serving.engines[0]!.settings.maxModelLen).toBe(32_768);
    const long = recommend({
      hardware: { gpuId: 'a100-80gb' },
      scale: { pinnedModel: QWEN25, contextWindow: 65_536, concurrency: 1 },
    });
    expect(long.models.find((c) => c.id === QWEN25)!.serving.modelContextTokens).toBe(65_536);
  });
});
