import { describe, expect, it } from 'vitest';
import { recurrentStateBytes } from './cacheLayers';
import { modelSpecFromConfig } from './config';
import { kimiLinear48b } from './fixtures/configs2026/kimiLinear';
import { nemotron3Nano30b } from './fixtures/configs2026/nemotronH';
import { qwen35_0_8b } from './fixtures/configs2026/qwen35';
import { qwen36_27b } from './fixtures/configs2026/qwen36';
import { qwen3Next80b } from './fixtures/configs2026/qwen3Next';
import { countParameters } from './parameters';
import { readPastedConfig } from './paste';
import { reduceConfig } from './reduce';
import { estimateServingMemory } from './serving';
import { estimateTrainingMemory } from './training';

const relativeError = (a: number, b: number) => Math.abs(a - b) / b;
const kvCache = (config: Record<string, unknown>, contextLength: number, batchSize = 1) =>
  estimateServingMemory(modelSpecFromConfig(config), { contextLength, batchSize }).breakdown
    .kvCache;

describe('linear-attention and state-space stacks from their published config.json', () => {
  it('Qwen3-Next-80B-A3B: 36 Gated DeltaNet + 12 gated-attention blocks, the checkpoint less MTP', () => {
    const spec = modelSpecFromConfig(qwen3Next80b.config);
    expect(spec.layout).toEqual({ attention: 12, recurrent: 36, feedForward: 48 });
    expect(spec.recurrent).toMatchObject({
      kind: 'gated-deltanet',
      // in_proj_qkvz 2,048 × 12,288 + in_proj_ba 2,048 × 64 + out_proj 4,096 × 2,048
      linearParameters: 2048 * 12288 + 2048 * 64 + 4096 * 2048,
      // conv1d 8,192 × 4, dt_bias and A_log 32 each, gated norm 128
      otherParameters: 8192 * 4 + 64 + 128,
      stateElements: 32 * 128 * 128,
    });
    const counts = countParameters(spec);
    // The safetensors hold 81,324,862,720 with the 1,650,471,424-parameter MTP module.
    expect(counts.total).toBe(79_674_391_296);
    expect(counts.total + 1_650_471_424).toBe(qwen3Next80b.published.parameters);
    // Model card: "80B in total and 3B activated".
    expect(relativeError(counts.active, 3.87e9)).toBeLessThan(0.005);
  });

  it('Qwen3-Next: only the 12 attention blocks cache keys and values; the rest keep a fixed state', () => {
    const growth = kvCache(qwen3Next80b.config, 20_000) - kvCache(qwen3Next80b.config, 10_000);
    // 12 blocks × 2 × 2 KV heads × 256 × 2 bytes per token.
    expect(growth).toBe(10_000 * 12 * 2 * 2 * 256 * 2);
    const spec = modelSpecFromConfig(qwen3Next80b.config);
    // 36 × (32 × 128 × 128 state + 8,192 × 3 conv inputs) × 2 bytes (no mamba_ssm_dtype: bf16).
    expect(recurrentStateBytes(spec, 1)).toBe(36 * (32 * 128 * 128 + 8192 * 3) * 2);
    expect(kvCache(qwen3Next80b.config, 1, 4)).toBeGreaterThan(4 * recurrentStateBytes(spec, 1));
  });

  it('Qwen3.5-0.8B: the language model inside a multimodal config, its vision tower counted apart', () => {
    const spec = modelSpecFromConfig(qwen35_0_8b.config);
    expect(spec.modelType).toBe('qwen3_5_text');
    expect(spec.tiedEmbeddings).toBe(true);
    expect(spec.attentionOutputGate).toBe(true);
    expect(spec.layout).toEqual({ attention: 6, recurrent: 18, feedForward: 24 });
    // Conv3d 3 × 2 × 16² → 768, 2,304 positions, 12 ViT blocks, merger 3,072 → 3,072 → 1,024.
    expect(spec.visionParameters).toBe(100_592_896);
    const counts = countParameters(spec);
    expect(counts.total).toBe(852_985_920);
    // The safetensors add the 20,452,864-parameter MTP block.
    expect(counts.total + 20_452_864).toBe(qwen35_0_8b.published.parameters);
    expect(spec.assumptions.join(' ')).toMatch(/multi-token-prediction.*11\.8% of the model/s);
    // mamba_ssm_dtype float32: the delta-rule state is 4 bytes per element.
    expect(spec.recurrent?.stateBytesPerElement).toBe(4);
  });

  it('Qwen3.5: full fine-tuning trains the language model only; the vision tower is loaded frozen', () => {
    const spec = modelSpecFromConfig(qwen35_0_8b.config);
    const full = estimateTrainingMemory(spec, { method: 'full', seqLen: 2048 });
    expect(full.parameters.trainable).toBe(852_985_920 - 100_592_896);
    expect(full.parameters.total).toBe(852_985_920);
  });

  it('Qwen3.6-27B: its published vision_config (model_type "qwen3_5") is read as the Qwen ViT', () => {
    const spec = modelSpecFromConfig(qwen36_27b.config);
    expect(spec.layout).toEqual({ attention: 16, recurrent: 48, feedForward: 64 });
    expect(spec.visionParameters).toBe(460_730_096);
    const counts = countParameters(spec);
    // The safetensors add the 424,699,392-parameter MTP block.
    expect(counts.total).toBe(27_356_728_560);
    expect(counts.total + 424_699_392).toBe(qwen36_27b.published.parameters);
    // 48 Gated DeltaNet blocks × (48 × 128 × 128 fp32 state + 10,240 × 3 bf16 conv inputs).
    expect(recurrentStateBytes(spec, 1)).toBe(48 * (48 * 128 * 128 * 4 + 10240 * 3 * 2));
  });

  it("reads the MoE models' vision tower under its own model_type as the dense models' tower", () => {
    const vision = qwen36_27b.config.vision_config as Record<string, unknown>;
    const moe = {
      ...qwen36_27b.config,
      vision_config: { ...vision, model_type: 'qwen3_5_moe_vision' },
    };
    expect(modelSpecFromConfig(moe).visionParameters).toBe(460_730_096);
  });

  it('Nemotron-3-Nano-30B-A3B: Mamba-2, attention and expert blocks from hybrid_override_pattern', () => {
    const spec = modelSpecFromConfig(nemotron3Nano30b.config);
    expect(spec.layout).toEqual({ attention: 6, recurrent: 23, feedForward: 23 });
    expect(spec.moe).toMatchObject({ numExperts: 128, expertsPerToken: 6, denseLayers: 0 });
    expect(spec.moe?.sharedIntermediateSize).toBe(3712);
    expect(spec.gatedMlp).toBe(false);
    expect(spec.recurrent).toMatchObject({
      kind: 'mamba2',
      // in_proj 2,688 → 4,096 + 6,144 + 64, out_proj 4,096 → 2,688
      linearParameters: 2688 * 10304 + 4096 * 2688,
      // conv1d 6,144 × 4 + bias, A_log, dt_bias, D (64 each), gated norm 4,096
      otherParameters: 6144 * 5 + 3 * 64 + 4096,
      stateElements: 64 * 64 * 128,
      stateBytesPerElement: 4,
    });
    const counts = countParameters(spec);
    expect(counts.total).toBe(31_577_937_344);
    expect(relativeError(counts.total, nemotron3Nano30b.published.parameters)).toBeLessThan(0.005);
    // Model card: about 3.6B active with embeddings.
    expect(relativeError(counts.active, 3.6e9)).toBeLessThan(0.01);
  });

  it('Nemotron-H pasted as Python writes it, with time_step_limit [0.0, Infinity], reads the same', () => {
    const text = JSON.stringify(nemotron3Nano30b.config, null, 2).replace(
      '"time_step_min": 0.001,',
      '"time_step_min": 0.001,\n  "time_step_limit": [0.0, Infinity],',
    );
    expect(text).toContain('Infinity]');
    const pasted = modelSpecFromConfig(readPastedConfig(text));
    expect(countParameters(pasted).total).toBe(31_577_937_344);
  });

  it('Nemotron-3-Nano: 6 attention blocks grow with context, 23 Mamba blocks keep 2.1 MB each per sequence', () => {
    const growth =
      kvCache(nemotron3Nano30b.config, 20_000) - kvCache(nemotron3Nano30b.config, 10_000);
    expect(growth).toBe(10_000 * 6 * 2 * 2 * 128 * 2);
    const spec = modelSpecFromConfig(nemotron3Nano30b.config);
    expect(recurrentStateBytes(spec, 3)).toBe(3 * 23 * (64 * 64 * 128 * 4 + 6144 * 3 * 2));
  });

  it('Kimi-Linear-48B-A3B: 20 KDA blocks and 7 latent-attention blocks', () => {
    const spec = modelSpecFromConfig(kimiLinear48b.config);
    expect(spec.layout).toEqual({ attention: 7, recurrent: 20, feedForward: 27 });
    expect(spec.mla).toMatchObject({ qLoraRank: 0, kvLoraRank: 512 });
    expect(spec.moe).toMatchObject({ numExperts: 256, expertsPerToken: 8, denseLayers: 1 });
    const counts = countParameters(spec);
    // The safetensors add 26 × 256 router e_score_correction_bias entries.
    expect(counts.total).toBe(49_122_675_072);
    expect(counts.total + 26 * 256).toBe(kimiLinear48b.published.parameters);
    // 7 latent blocks × 576 × 2 bytes per token.
    expect(kvCache(kimiLinear48b.config, 2000) - kvCache(kimiLinear48b.config, 1000)).toBe(
      1000 * 7 * 576 * 2,
    );
  });

  it.each([
    ['Qwen3-Next', qwen3Next80b.config],
    ['Qwen3.5', qwen35_0_8b.config],
    ['Qwen3.6', qwen36_27b.config],
    ['Nemotron-3-Nano', nemotron3Nano30b.config],
    ['Kimi-Linear', kimiLinear48b.config],
  ])('%s: the reduced config that is stored and shared gives the same spec', (_, config) => {
    const original = modelSpecFromConfig(config);
    const reduced = modelSpecFromConfig(reduceConfig(config));
    expect(countParameters(reduced).total).toBe(countParameters(original).total);
    expect(reduced.layout).toEqual(original.layout);
    expect(reduced.recurrent).toEqual(original.recurrent);
    expect(reduced.visionParameters).toBe(original.visionParameters);
  });
});

describe('Qwen3.5-MoE (model_type qwen3_5_moe_text)', () => {
  // Qwen3.6-27B's text blocks, every MLP made a mixture of experts as in the 35B-A3B checkpoints.
  const dense = qwen36_27b.config.text_config as Record<string, unknown>;
  const { intermediate_size: _unused, ...rest } = dense;
  const moe = {
    ...rest,
    model_type: 'qwen3_5_moe_text',
    num_experts: 8,
    num_experts_per_tok: 2,
    moe_intermediate_size: 512,
    shared_expert_intermediate_size: 512,
  };

  it('reads a config without intermediate_size, as the published 35B-A3B files are', () => {
    const spec = modelSpecFromConfig(moe);
    expect(spec.moe).toMatchObject({
      numExperts: 8,
      expertsPerToken: 2,
      expertIntermediateSize: 512,
    });
    // No block is dense, so a stated intermediate_size changes nothing.
    const stated = countParameters(modelSpecFromConfig({ ...moe, intermediate_size: 17408 })).total;
    expect(countParameters(spec).total).toBe(stated);
  });

  it('still says which field is missing when the experts are not described either', () => {
    const { moe_intermediate_size: _gone, ...bare } = moe;
    expect(() => modelSpecFromConfig(bare)).toThrow(/intermediate_size/);
  });
});
