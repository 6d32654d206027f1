import { describe, expect, it } from 'vitest';
import { countParameters } from '../../memory';
import { licenses } from '../licenses';
import { findModel, specOfModel } from './index';

const model = (id: string) => {
  const found = findModel(id);
  if (!found) throw new Error(`no catalog model ${id}`);
  return found;
};
const counted = (id: string) => countParameters(specOfModel(model(id)));

describe('OLMo 3, Ministral 3 and StarCoder2 against their published totals', () => {
  it('counts OLMo 3 as the Hub safetensors totals give it (q/k norms included)', () => {
    for (const id of [
      'allenai/Olmo-3-1025-7B',
      'allenai/Olmo-3-7B-Instruct',
      'allenai/Olmo-3-7B-Think',
    ])
      expect(counted(id).total, id).toBe(7_298_011_136);
    for (const id of ['allenai/Olmo-3-1125-32B', 'allenai/Olmo-3-32B-Think'])
      expect(counted(id).total, id).toBe(32_233_522_176);
    // Three of every four blocks slide over 4,096 tokens.
    const spec = specOfModel(findModel('allenai/Olmo-3-1125-32B')!);
    expect(spec.slidingLayers).toBe(48);
    expect(spec.slidingWindow).toBe(4096);
  });

  it('counts Ministral 3 with its Pixtral tower, as the Hub totals give it less the FP8 scales', () => {
    expect(counted('mistralai/Ministral-3-3B-Instruct-2512-BF16').total).toBe(3_849_090_048);
    expect(counted('mistralai/Ministral-3-3B-Reasoning-2512').total).toBe(4_251_743_232);
    // FP8 repositories add one weight and one activation scale per projection (7 per block).
    expect(8_918_026_716 - counted('mistralai/Ministral-3-8B-Instruct-2512-BF16').total).toBe(
      34 * 7 * 2,
    );
    expect(13_945_032_240 - counted('mistralai/Ministral-3-14B-Instruct-2512-BF16').total).toBe(
      40 * 7 * 2,
    );
  });

  it('counts StarCoder2 7B and 15B as their checkpoint sizes imply (tied 7B, untied 15B)', () => {
    // 14.35 GB of bf16 shards and 63.8 GB of fp32 shards.
    expect(counted('bigcode/starcoder2-7b').total * 2).toBeCloseTo(14.35e9, -7);
    expect(counted('bigcode/starcoder2-15b').total * 4).toBeCloseTo(63.8e9, -8);
    expect(counted('bigcode/starcoder2-15b').lmHead).toBeGreaterThan(0);
    expect(counted('bigcode/starcoder2-7b').lmHead).toBe(0);
  });

  it('licenses StarCoder2 under BigCode OpenRAIL-M: commercial use on conditions', () => {
    const openrail = licenses.find((l) => l.id === 'bigcode-openrail-m')!;
    expect(findModel('bigcode/starcoder2-15b')?.license.id).toBe('bigcode-openrail-m');
    expect(openrail.commercialUse).toBe(true);
    expect(openrail.acceptableUsePolicy).toBe(true);
    expect(openrail.obligations.join(' ')).toMatch(/Attachment A/);
    expect(openrail.obligations.join(' ')).toMatch(/machine generated/);
  });
});

describe('Qwen3.5 / 3.6 sizes added from keras-hub exact counts', () => {
  it('counts the 35B-A3B mixtures of experts as keras-hub does, with 3.9B used per token', () => {
    for (const id of [
      'Qwen/Qwen3.5-35B-A3B-Base',
      'Qwen/Qwen3.5-35B-A3B',
      'Qwen/Qwen3.6-35B-A3B',
    ]) {
      expect(counted(id).total, id).toBe(35_107_181_936);
      expect(counted(id).active, id).toBe(3_901_560_176);
      expect(model(id).parameters.active, id).toBe(counted(id).active);
    }
    expect(specOfModel(model('Qwen/Qwen3.5-35B-A3B')).moe?.numExperts).toBe(256);
  });

  it('counts Qwen3.5-4B (tied embeddings, 24-block tower) as keras-hub does', () => {
    expect(counted('Qwen/Qwen3.5-4B').total).toBe(4_539_265_536);
    expect(counted('Qwen/Qwen3.5-4B').lmHead).toBe(0);
  });
});

describe('Qwen2.5-1.5B base config', () => {
  it('states max_position_embeddings 131072 (the Instruct file 32768), with a 32K context', () => {
    expect(specOfModel(model('Qwen/Qwen2.5-1.5B')).maxPositionEmbeddings).toBe(131072);
    expect(specOfModel(model('Qwen/Qwen2.5-1.5B-Instruct')).maxPositionEmbeddings).toBe(32768);
    expect(model('Qwen/Qwen2.5-1.5B').context.native).toBe(32768);
  });
});
