import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig, ModelConfigError } from './config';
import { referenceConfig } from './fixtures/referenceConfigs';

function errorOf(config: unknown): ModelConfigError {
  try {
    modelSpecFromConfig(config);
  } catch (error) {
    if (error instanceof ModelConfigError) return error;
    throw error;
  }
  throw new Error('expected a ModelConfigError');
}

const LLAMA_3_8B = referenceConfig('Llama-3.1-8B');

describe('modelSpecFromConfig', () => {
  it('reads grouped-query attention and an explicit head_dim', () => {
    const spec = modelSpecFromConfig(LLAMA_3_8B);
    expect(spec).toMatchObject({ kind: 'decoder', numHeads: 32, numKvHeads: 8, headDim: 128 });
    const qwen3 = modelSpecFromConfig(referenceConfig('Qwen3-0.6B'));
    // Qwen3-0.6B: 16 heads of 128 on a 1024-wide model, not 1024 / 16 = 64.
    expect(qwen3.headDim).toBe(128);
    expect(qwen3.norm.qk).toBe('head');
  });

  it('accepts the config as pasted text', () => {
    expect(modelSpecFromConfig(JSON.stringify(LLAMA_3_8B)).hiddenSize).toBe(4096);
  });

  it('reads multi-query attention from Falcon and GPT-BigCode', () => {
    expect(modelSpecFromConfig(referenceConfig('falcon-7b')).numKvHeads).toBe(1);
    expect(modelSpecFromConfig(referenceConfig('gpt_bigcode-santacoder')).numKvHeads).toBe(1);
  });

  it('reads the usual alternative names (n_embd, n_layer, n_head, d_model, …)', () => {
    const gpt2 = modelSpecFromConfig({
      model_type: 'gpt2',
      n_embd: 768,
      n_layer: 12,
      n_head: 12,
      n_positions: 1024,
      vocab_size: 50257,
    });
    expect(gpt2).toMatchObject({
      hiddenSize: 768,
      numLayers: 12,
      numHeads: 12,
      intermediateSize: 3072,
    });
    const t5 = modelSpecFromConfig(referenceConfig('bigscience/T0_3B'));
    expect(t5).toMatchObject({ kind: 'encoder-decoder', hiddenSize: 2048, numDecoderLayers: 24 });
  });

  it('tells tied from untied embeddings, and gated from plain MLPs', () => {
    expect(modelSpecFromConfig(referenceConfig('Llama-3.2-1B')).tiedEmbeddings).toBe(true);
    expect(modelSpecFromConfig(LLAMA_3_8B).tiedEmbeddings).toBe(false);
    expect(modelSpecFromConfig(LLAMA_3_8B).gatedMlp).toBe(true);
    expect(modelSpecFromConfig(referenceConfig('phi-2')).gatedMlp).toBe(false);
  });

  it('reads mixture-of-experts fields', () => {
    const mixtral = modelSpecFromConfig(referenceConfig('Mixtral-8x7B-v0.1'));
    expect(mixtral.moe).toMatchObject({
      numExperts: 8,
      expertsPerToken: 2,
      expertIntermediateSize: 14336,
    });
    const qwen = modelSpecFromConfig(referenceConfig('Qwen3-30B-A3B'));
    expect(qwen.moe).toMatchObject({
      numExperts: 128,
      expertsPerToken: 8,
      expertIntermediateSize: 768,
    });
  });

  it('reads encoder-only models', () => {
    const bert = modelSpecFromConfig(referenceConfig('bert-large-uncased'));
    expect(bert).toMatchObject({ kind: 'encoder', learnedPositions: 512, tokenTypes: 2 });
    const distil = modelSpecFromConfig({
      model_type: 'distilbert',
      dim: 768,
      n_layers: 6,
      n_heads: 12,
      hidden_dim: 3072,
      vocab_size: 30522,
      max_position_embeddings: 512,
    });
    expect(distil).toMatchObject({
      kind: 'encoder',
      hiddenSize: 768,
      numLayers: 6,
      intermediateSize: 3072,
    });
  });

  it('reads the language model of a multimodal config from text_config', () => {
    const spec = modelSpecFromConfig({
      model_type: 'llava',
      text_config: { ...LLAMA_3_8B },
      vision_config: {
        hidden_size: 1024,
        num_hidden_layers: 24,
        intermediate_size: 4096,
        patch_size: 14,
        image_size: 336,
      },
    });
    expect(spec.hiddenSize).toBe(4096);
    expect(spec.visionParameters).toBeGreaterThan(300e6);
    // 304M of 8.33B: the share is stated so the user knows what stays frozen.
    expect(spec.assumptions.join(' ')).toMatch(
      /vision tower and projector \(30\dM parameters, 3\.\d% of the model\)/,
    );
  });

  it('records an assumption for an unknown model_type instead of failing', () => {
    const spec = modelSpecFromConfig({ ...LLAMA_3_8B, model_type: 'brand-new-arch' });
    expect(spec.assumptions.join(' ')).toMatch(/brand-new-arch/);
  });
});

describe('bad configs', () => {
  it('names every missing dimension at once', () => {
    const error = errorOf({ model_type: 'llama' });
    for (const field of [
      'hidden_size',
      'num_hidden_layers',
      'num_attention_heads',
      'vocab_size',
      'intermediate_size',
    ]) {
      expect(error.message).toContain(field);
    }
    expect(error.issues.map((issue) => issue.field)).toEqual(
      expect.arrayContaining([
        'hidden_size',
        'num_hidden_layers',
        'num_attention_heads',
        'vocab_size',
      ]),
    );
  });

  it('rejects text that is not JSON, and JSON that is not an object', () => {
    expect(errorOf('{"hidden_size": 4096,').message).toMatch(/not valid JSON/);
    expect(errorOf([1, 2, 3]).message).toMatch(/JSON object/);
    expect(errorOf(null).message).toMatch(/JSON object/);
    expect(errorOf(42).message).toMatch(/JSON object/);
  });

  it('rejects zero, negative, fractional, textual and absurd values, naming the field', () => {
    expect(errorOf({ ...LLAMA_3_8B, num_hidden_layers: 1e12 }).message).toMatch(
      /num_hidden_layers must be between 1 and 1,024, got 1,000,000,000,000/,
    );
    expect(errorOf({ ...LLAMA_3_8B, hidden_size: -4096 }).message).toMatch(/hidden_size/);
    expect(errorOf({ ...LLAMA_3_8B, num_attention_heads: 0 }).message).toMatch(
      /num_attention_heads/,
    );
    expect(errorOf({ ...LLAMA_3_8B, intermediate_size: 14336.5 }).message).toMatch(
      /intermediate_size must be a whole number/,
    );
    expect(errorOf({ ...LLAMA_3_8B, vocab_size: '128256' }).message).toMatch(
      /vocab_size must be a number, not text/,
    );
    expect(errorOf({ ...LLAMA_3_8B, hidden_size: Number.NaN }).message).toMatch(/hidden_size/);
  });

  it('rejects heads that do not divide', () => {
    const { head_dim: _headDim, ...noHeadDim } = LLAMA_3_8B;
    expect(errorOf({ ...noHeadDim, num_attention_heads: 7 }).message).toMatch(
      /num_attention_heads \(7\) does not divide hidden_size \(4096\)/,
    );
    expect(errorOf({ ...LLAMA_3_8B, num_key_value_heads: 3 }).message).toMatch(
      /num_key_value_heads \(3\) must divide num_attention_heads \(32\)/,
    );
  });

  it('rejects MoE fields that do not fit together', () => {
    expect(
      errorOf({ ...LLAMA_3_8B, num_local_experts: 8, num_experts_per_tok: 9 }).message,
    ).toMatch(/num_experts_per_tok/);
  });
});
