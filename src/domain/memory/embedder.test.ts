import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig } from './config';
import { asSentenceEmbedder, denseModuleParameters } from './embedder';
import { countParameters } from './parameters';
import { estimateServingMemory } from './serving';
import { estimateTrainingMemory } from './training';

/** Qwen3-8B's shape as Qwen3-Embedding-8B publishes it: untied embeddings, 151,665 tokens. */
const qwen3Embedding8b = {
  model_type: 'qwen3',
  vocab_size: 151665,
  hidden_size: 4096,
  intermediate_size: 12288,
  num_hidden_layers: 36,
  num_attention_heads: 32,
  num_key_value_heads: 8,
  head_dim: 128,
  tie_word_embeddings: false,
};

describe('an embedding model as sentence-transformers loads it', () => {
  it('drops the untied output head of a decoder: Qwen3-Embedding-8B holds 7,567,295,488', () => {
    const decoder = modelSpecFromConfig(qwen3Embedding8b);
    const embedder = asSentenceEmbedder(decoder);
    expect(countParameters(decoder).total).toBe(8_188_515_328);
    expect(countParameters(decoder).lmHead).toBe(151_665 * 4096);
    // The MTEB registry's n_parameters for Qwen/Qwen3-Embedding-8B.
    expect(countParameters(embedder).total).toBe(7_567_295_488);
    expect(countParameters(embedder).lmHead).toBe(0);
    expect(embedder.assumptions.join(' ')).toMatch(/untied output head is not part/);
  });

  it('computes no vocabulary logits for it', () => {
    const options = { method: 'lora', seqLen: 1024, batchSize: 8 } as const;
    const decoder = estimateTrainingMemory(modelSpecFromConfig(qwen3Embedding8b), options);
    const embedder = estimateTrainingMemory(
      asSentenceEmbedder(modelSpecFromConfig(qwen3Embedding8b)),
      options,
    );
    expect(decoder.breakdown.logits).toBeGreaterThan(0);
    expect(embedder.breakdown.logits).toBe(0);
    expect(embedder.breakdown.weights).toBeLessThan(decoder.breakdown.weights);
    // Serving an embedder returns pooled hidden states: no logits buffer either.
    const serve = { contextLength: 8192, batchSize: 4 };
    const served = estimateServingMemory(modelSpecFromConfig(qwen3Embedding8b), serve);
    const embedded = estimateServingMemory(
      asSentenceEmbedder(modelSpecFromConfig(qwen3Embedding8b)),
      serve,
    );
    expect(served.allocatedBytes - embedded.allocatedBytes).toBeGreaterThan(
      621_219_840 * 2 + 4 * 151_665 * 4 * 2 - 1,
    );
  });

  it("adds EmbeddingGemma's Dense modules (768 → 3,072 → 768, no bias): 4,718,592", () => {
    const dense = [
      { inFeatures: 768, outFeatures: 3072, bias: false },
      { inFeatures: 3072, outFeatures: 768, bias: false },
    ];
    expect(denseModuleParameters(dense)).toBe(4_718_592);
    expect(denseModuleParameters([{ inFeatures: 768, outFeatures: 3072, bias: true }])).toBe(
      768 * 3072 + 3072,
    );
    const encoder = modelSpecFromConfig({
      model_type: 'bert',
      vocab_size: 30522,
      hidden_size: 768,
      intermediate_size: 3072,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 512,
    });
    const withDense = asSentenceEmbedder(encoder, dense);
    expect(countParameters(withDense).total - countParameters(encoder).total).toBe(4_718_592);
    expect(withDense.assumptions.join(' ')).toMatch(/Dense modules/);
  });
});
