import { describe, expect, it } from 'vitest';
import { cacheGroups } from './cacheLayers';
import { modelSpecFromConfig } from './config';
import { gemma3n_e2b } from './fixtures/configs2026/gemma3n';
import { gemma4_e2b } from './fixtures/configs2026/gemma4Small';
import { countParameters } from './parameters';
import { reduceConfig } from './reduce';
import { estimateServingMemory } from './serving';
import { estimateTrainingMemory } from './training';

const kvCache = (config: Record<string, unknown>, contextLength: number) =>
  estimateServingMemory(modelSpecFromConfig(config), { contextLength }).breakdown.kvCache;

const text = (config: Record<string, unknown>) => config.text_config as Record<string, unknown>;
const unshared = (config: Record<string, unknown>) => ({
  ...config,
  text_config: { ...text(config), num_kv_shared_layers: 0 },
});

describe('Gemma 3n and Gemma 4 E2B: per-layer inputs, AltUp, LAuReL, KV sharing, audio', () => {
  it('Gemma 4 E2B: exactly what transformers 5.18 builds, the checkpoint less what it drops', () => {
    const spec = modelSpecFromConfig(gemma4_e2b.config);
    expect(spec.kvShared).toEqual({ layers: 20, sliding: 16 });
    expect(spec.fullAttention).toEqual({ headDim: 512, numKvHeads: 1, valuesFromKeys: false });
    // Vision tower 167,364,608 + 448 clip bounds + embedder 1,179,648; audio 304,825,088 + 2,359,296.
    expect(spec.visionParameters).toBe(167_365_056 + 1_179_648 + 304_825_088 + 2_359_296);
    // transformers 5.18.0 on the meta device: 5,104,297,504 parameters, plus the 963 buffers the
    // checkpoint also holds (35 layer_scalar, 448 vision and 480 audio clip bounds).
    const total = countParameters(spec).total;
    expect(total).toBe(5_104_297_504 + 963);
    // The checkpoint also stores k_proj, v_proj and k_norm for the 20 KV-sharing blocks (16 sliding
    // of 256, 4 full of 512), which transformers drops on load; the Hub total omits the 928
    // zero-dimensional clip bounds.
    const sharedKv = 16 * (2 * 1536 * 256 + 256) + 4 * (2 * 1536 * 512 + 512);
    expect(sharedKv).toBe(18_880_512);
    expect(total + sharedKv - 928).toBe(gemma4_e2b.published.parameters);
    expect(spec.assumptions.join(' ')).toMatch(/vision and audio towers/);
  });

  it('Gemma 4 E4B geometry (42 blocks of 2,560, period six, 18 shared, no double-wide MLP): equals transformers 5.18', () => {
    // google/gemma-4-E4B-it's text geometry on the E2B towers (E4B ships the same 768-wide vision
    // and 1,024-wide audio towers); counted by transformers 5.18.0 on the meta device: 7,941,100,832
    // parameters + 970 stored buffers (42 layer_scalar, 448 + 480 clip bounds).
    const config = {
      ...gemma4_e2b.config,
      text_config: {
        ...text(gemma4_e2b.config),
        hidden_size: 2560,
        intermediate_size: 10_240,
        num_hidden_layers: 42,
        num_key_value_heads: 2,
        num_kv_shared_layers: 18,
        use_double_wide_mlp: false,
        layer_types: Array.from({ length: 42 }, (_, i) =>
          i % 6 === 5 ? 'full_attention' : 'sliding_attention',
        ),
      },
    };
    const spec = modelSpecFromConfig(config);
    expect(spec.kvShared).toEqual({ layers: 18, sliding: 15 });
    expect(countParameters(spec).total).toBe(7_941_101_802);
    expect(countParameters(spec).total - spec.visionParameters).toBe(7_463_013_418);
    // The Hub's safetensors total of google/gemma-4-E4B-it (7,996,156,490; read in third-party
    // copies of https://huggingface.co/api/models/google/gemma-4-E4B-it) is this count plus the
    // k_proj, v_proj and k_norm the checkpoint keeps for the 18 KV-sharing blocks (15 sliding of
    // 2 × 256, 3 full of 2 × 512), less the 928 zero-dimensional clip bounds it does not count.
    const sharedKv = 15 * (2 * 2560 * 512 + 256) + 3 * (2 * 2560 * 1024 + 512);
    expect(countParameters(spec).total + sharedKv - 928).toBe(7_996_156_490);
  });

  it('Gemma 3n E2B: the language model and audio tower exactly as transformers 5.18 builds them', () => {
    const spec = modelSpecFromConfig(gemma3n_e2b.config);
    expect(spec.kvShared).toEqual({ layers: 10, sliding: 8 });
    expect(spec.visionParameters).toBe(681_348_640 + 3_345_408 + 4_460_544 + 294_126_912);
    const counts = countParameters(spec);
    expect(counts.total - spec.visionParameters).toBe(4_435_182_688);
    expect(counts.total).toBe(5_418_464_192);
    // The Hub total adds the k_proj, v_proj and k_norm the checkpoint keeps for the 10 KV-sharing
    // blocks (2 KV heads of 256 each), which transformers drops on load.
    const sharedKv = 10 * (2 * 2048 * 512 + 256);
    expect(counts.total + sharedKv).toBe(gemma3n_e2b.published.parameters);
    expect(spec.assumptions.join(' ')).toMatch(
      /MobileNet-v5-300M vision tower is counted from timm/,
    );
  });

  it('leaves out a Gemma 3n vision tower timm would build differently, and says so', () => {
    const vision = gemma3n_e2b.config.vision_config as Record<string, unknown>;
    const spec = modelSpecFromConfig({
      ...gemma3n_e2b.config,
      vision_config: { ...vision, model_args: { depth: 3 } },
    });
    const inherited = modelSpecFromConfig({
      ...gemma3n_e2b.config,
      vision_config: { ...vision, architecture: 'constructor' },
    });
    expect(inherited.visionParameters).toBe(spec.visionParameters);
    expect(spec.visionParameters).toBe(681_348_640 + 3_345_408 + 4_460_544);
    expect(spec.assumptions.join(' ')).toMatch(/builds differently .* not counted/);
  });

  it.each([
    ['Gemma 4 E2B', gemma4_e2b.config, 16, 512],
    ['Gemma 3n E2B', gemma3n_e2b.config, 8, 256],
  ] as const)('%s: KV-shared blocks add no cache', (_, config, sharedSliding, fullHead) => {
    const spec = modelSpecFromConfig(config);
    const own = spec.numLayers - spec.kvShared!.layers;
    const layers = cacheGroups(spec).reduce((sum, group) => sum + group.layers, 0);
    expect(layers).toBe(own);
    const sharedFull = spec.kvShared!.layers - sharedSliding;
    expect(spec.kvShared!.sliding).toBe(sharedSliding);
    // Without sharing every block caches: the difference is exactly the shared blocks' share.
    const withSharing = kvCache(config, 4096);
    const without = kvCache(unshared(config), 4096);
    const kvHeads = spec.numKvHeads;
    const fullKvHeads = spec.fullAttention?.numKvHeads ?? kvHeads;
    expect(without - withSharing).toBe(
      sharedSliding * 512 * 2 * kvHeads * spec.headDim * 2 +
        sharedFull * 4096 * 2 * fullKvHeads * fullHead * 2,
    );
  });

  it.each([
    ['Gemma 4 E2B', gemma4_e2b.config],
    ['Gemma 3n E2B', gemma3n_e2b.config],
  ] as const)('%s: serving grows more slowly with context than full attention', (_, config) => {
    const full = {
      ...config,
      text_config: {
        ...text(config),
        layer_types: (text(config).layer_types as string[]).map(() => 'full_attention'),
        num_kv_shared_layers: 0,
      },
    };
    const growth = (c: Record<string, unknown>) => kvCache(c, 32_000) - kvCache(c, 16_000);
    expect(growth(config)).toBeGreaterThan(0);
    expect(growth(config)).toBeLessThan(growth(full) / 4);
  });

  it.each([
    ['Gemma 4 E2B', gemma4_e2b.config],
    ['Gemma 3n E2B', gemma3n_e2b.config],
  ] as const)(
    '%s: the reduced (stored, shared) config gives the same count and cache',
    (_, config) => {
      const reduced = reduceConfig(config);
      expect(countParameters(modelSpecFromConfig(reduced)).total).toBe(
        countParameters(modelSpecFromConfig(config)).total,
      );
      expect(kvCache(reduced, 50_000)).toBe(kvCache(config, 50_000));
    },
  );

  it.each([
    ['Gemma 4 E2B', gemma4_e2b.config],
    ['Gemma 3n E2B', gemma3n_e2b.config],
  ] as const)('%s: finite estimates that grow with the context', (_, config) => {
    const spec = modelSpecFromConfig(config);
    let previous = 0;
    for (const contextLength of [256, 512, 1024, 8192, 32_768]) {
      const estimate = estimateServingMemory(spec, { contextLength });
      expect(Number.isFinite(estimate.reservedBytes)).toBe(true);
      expect(estimate.allocatedBytes).toBeGreaterThanOrEqual(previous);
      previous = estimate.allocatedBytes;
    }
    let trained = 0;
    for (const seqLen of [512, 2048, 8192]) {
      const estimate = estimateTrainingMemory(spec, { method: 'qlora', seqLen });
      expect(Number.isFinite(estimate.reservedBytes)).toBe(true);
      expect(estimate.allocatedBytes).toBeGreaterThan(trained);
      trained = estimate.allocatedBytes;
    }
    // Full fine-tuning trains the language model only: the vision and audio towers stay frozen.
    const full = estimateTrainingMemory(spec, { method: 'full', seqLen: 512 });
    expect(full.parameters.trainable).toBe(countParameters(spec).total - spec.visionParameters);
  });
});
