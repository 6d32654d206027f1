import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig } from './config';
import { countParameters } from './parameters';

/** jina-embeddings-v3's config fields (XLM-RoBERTa large, rotary positions, five task adapters). */
const jinaV3 = {
  model_type: 'xlm-roberta',
  vocab_size: 250002,
  hidden_size: 1024,
  intermediate_size: 4096,
  num_hidden_layers: 24,
  num_attention_heads: 16,
  max_position_embeddings: 8194,
  type_vocab_size: 1,
  position_embedding_type: 'rotary',
  lora_adaptations: [
    'retrieval.query',
    'retrieval.passage',
    'separation',
    'classification',
    'text-matching',
  ],
  lora_rank: 4,
};

describe('rotary XLM-RoBERTa with task LoRA adapters (jina-embeddings-v3)', () => {
  it('counts 572,310,396, the total the MTEB registry publishes', () => {
    const spec = modelSpecFromConfig(jinaV3);
    expect(spec.learnedPositions).toBe(0);
    expect(spec.maxPositionEmbeddings).toBe(8194);
    expect(countParameters(spec).total).toBe(572_310_396);
    // Within 0.5% of the model card's headline "572M".
    expect(Math.abs(countParameters(spec).total - 572e6) / 572e6).toBeLessThan(0.005);
    expect(spec.assumptions.join(' ')).toMatch(/task LoRA adapters .*12,946,300 parameters/);
  });

  it('splits into the encoder (559,364,096) and the adapters: 5 tasks × rank 4 × every layer', () => {
    const { lora_adaptations: _tasks, lora_rank: _rank, ...encoderOnly } = jinaV3;
    const encoder = countParameters(modelSpecFromConfig(encoderOnly)).total;
    expect(encoder).toBe(559_364_096);
    // Per block: Wqkv (1,024 → 3,072), out_proj, fc1, fc2; then the pooler, word and token-type embeddings.
    const perTaskAndRank = 24 * (4096 + 2048 + 2 * 5120) + 2048 + (250002 + 1024) + (1 + 1024);
    expect(572_310_396 - encoder).toBe(5 * 4 * perTaskAndRank);
    const rank8 = countParameters(modelSpecFromConfig({ ...jinaV3, lora_rank: 8 })).total;
    expect(rank8 - encoder).toBe(2 * (572_310_396 - encoder));
  });

  it('keeps the absolute table (and its adapter) when positions are absolute', () => {
    const absolute = modelSpecFromConfig({ ...jinaV3, position_embedding_type: 'absolute' });
    expect(absolute.learnedPositions).toBe(8194);
    expect(countParameters(absolute).total - 572_310_396).toBe(8194 * 1024 + 5 * 4 * (8194 + 1024));
    // A plain XLM-RoBERTa config (no position_embedding_type) keeps its table.
    const { position_embedding_type: _type, ...plain } = jinaV3;
    expect(modelSpecFromConfig(plain).learnedPositions).toBe(8194);
  });
});
