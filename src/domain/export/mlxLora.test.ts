import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { recommend } from '../recommend';
import { MLX_LORA_KEYS } from './mlxLora';
import { mlxLoraConfig } from './snippets';

describe('mlxLoraConfig', () => {
  // A Qwen3 dense model: its attention projections have mlx-lm's self_attn.* names.
  const rec = recommend({
    hardware: { gpuId: 'apple-36gb' },
    scale: { pinnedModel: 'Qwen/Qwen3-8B' },
  });
  const config = parse(mlxLoraConfig(rec)!) as Record<string, unknown>;

  it(`uses only mlx-lm ${MLX_LORA_KEYS.version}'s config keys and names their source`, () => {
    for (const key of Object.keys(config)) expect(MLX_LORA_KEYS.topLevel).toContain(key);
    for (const key of Object.keys(config.lora_parameters as object)) {
      expect(MLX_LORA_KEYS.loraParameters).toContain(key);
    }
    expect(mlxLoraConfig(rec)).toContain('github:ml-explore/mlx-lm');
  });

  it('trains the plan: batch, sequence, rank, scale = alpha / r, checkpointing, accumulation', () => {
    const plan = rec.top!.training.plan!.options;
    expect(config).toMatchObject({
      model: rec.top!.id,
      fine_tune_type: 'lora',
      batch_size: plan.batchSize,
      max_seq_length: plan.seqLen,
      grad_checkpoint: plan.gradientCheckpointing ?? false,
      mask_prompt: true,
    });
    expect(config.lora_parameters).toMatchObject({ rank: plan.loraRank, scale: 2 });
    expect((config.lora_parameters as { keys: string[] }).keys).toContain('self_attn.q_proj');
  });
});
