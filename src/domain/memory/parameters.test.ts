import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig } from './config';
import { referenceConfig, referenceConfigs } from './fixtures/referenceConfigs';
import { countParameters } from './parameters';

describe('countParameters', () => {
  it.each(Object.entries(referenceConfigs))(
    '%s matches its exact parameter count',
    (_name, ref) => {
      const counts = countParameters(modelSpecFromConfig(ref.config));
      expect(counts.total).toBe(ref.parameters);
    },
  );

  it('splits the count into parts that add up to the total', () => {
    for (const ref of Object.values(referenceConfigs)) {
      const counts = countParameters(modelSpecFromConfig(ref.config));
      expect(counts.embedding + counts.lmHead + counts.linear + counts.other).toBe(counts.total);
    }
  });

  it('counts every expert in the total and only the routed ones as active', () => {
    const mixtral = countParameters(modelSpecFromConfig(referenceConfig('Mixtral-8x7B-v0.1')));
    expect(mixtral.total).toBe(46_702_792_704);
    // Mixtral routes each token to 2 of 8 experts: about 12.9B active parameters.
    expect(mixtral.active).toBe(12_879_925_248);
    const qwen3Moe = countParameters(modelSpecFromConfig(referenceConfig('Qwen3-30B-A3B')));
    expect(qwen3Moe.active / 1e9).toBeCloseTo(3.35, 2);
  });
});
