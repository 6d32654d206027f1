import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig } from './config';
import { deepseekV3 } from './fixtures/configs2026/deepseek';
import { gptOss20b } from './fixtures/configs2026/gptOss';
import { smollm3 } from './fixtures/configs2026/smollm3';
import { countParameters } from './parameters';
import { reduceConfig } from './reduce';
import { estimateServingMemory } from './serving';
import { storedWeightBytes } from './storage';
import { estimateTrainingMemory } from './training';

const gptOss = modelSpecFromConfig(gptOss20b.config);

describe('quantised checkpoints in the estimates', () => {
  it('serves gpt-oss-20b as its MXFP4 checkpoint stores it, 13.8 GB (the size of its safetensors), not as 41.8 GB of bf16', () => {
    const serving = estimateServingMemory(gptOss, { contextLength: 4096 });
    expect(serving.breakdown.weights).toBe(storedWeightBytes(gptOss));
    expect(serving.breakdown.weights / 1e9).toBeCloseTo(13.76, 2);
    expect(serving.notes?.join(' ')).toMatch(/MXFP4 \(4\.25 bits per weight, experts only\)/);
  });

  it('a plan that quantises further than the checkpoint is sized by the plan', () => {
    const int4 = estimateServingMemory(gptOss, { contextLength: 4096, weightBits: 4 });
    expect(int4.breakdown.weights).toBeLessThan(storedWeightBytes(gptOss));
    const deepseek = modelSpecFromConfig(deepseekV3.config);
    const fp8 = estimateServingMemory(deepseek, { contextLength: 4096, gpus: 8 });
    expect(fp8.breakdown.weights).toBeCloseTo(storedWeightBytes(deepseek) / 8, 0);
  });

  it('training dequantises the checkpoint to bf16 and says so', () => {
    const lora = estimateTrainingMemory(gptOss, { method: 'lora', seqLen: 1024 });
    expect(lora.breakdown.weights).toBeGreaterThan(countParameters(gptOss).total * 2);
    expect(lora.notes?.join(' ')).toMatch(/dequantised to bf16/);
    const plain = modelSpecFromConfig(smollm3.config);
    expect(estimateTrainingMemory(plain, { method: 'lora', seqLen: 1024 }).notes).toEqual([]);
  });

  it.each([
    [{ quant_method: 'awq', bits: 4, group_size: 128 }, 4 + 20 / 128],
    [{ quant_method: 'gptq', bits: 8, group_size: 32 }, 8 + 24 / 32],
    [{ quant_method: 'bitsandbytes', load_in_8bit: true }, 8],
  ])('sizes a %o checkpoint at %f bits per linear weight, also after reduction', (q, bits) => {
    const config = { ...smollm3.config, quantization_config: q };
    const spec = modelSpecFromConfig(reduceConfig(config));
    expect(spec.storage?.bitsPerWeight).toBeCloseTo(bits, 6);
    const counts = countParameters(spec);
    expect(estimateServingMemory(spec, { contextLength: 1 }).breakdown.weights).toBeCloseTo(
      (counts.linear * bits) / 8 + (counts.total - counts.linear) * 2,
      0,
    );
  });
});
