import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { recommend } from '../recommend';
import { launchFiles } from './snippets';

const filesOf = (answers: Parameters<typeof recommend>[0]) =>
  Object.fromEntries(launchFiles(recommend(answers)).map((file) => [file.fileName, file.text]));

describe('launchFiles', () => {
  it('single GPU: none', () => {
    expect(launchFiles(recommend({}))).toEqual([]);
  });

  it('DDP: an accelerate MULTI_GPU config with one process per GPU', () => {
    const files = filesOf({ hardware: { gpuId: 'a100-80gb', gpuCount: 4 } });
    expect(parse(files['accelerate_config.yaml']!)).toMatchObject({
      distributed_type: 'MULTI_GPU',
      num_processes: 4,
      mixed_precision: 'bf16',
    });
  });

  it('FSDP2: fsdp_version 2, checkpointing through FSDP, offload as the plan says', () => {
    const rec = recommend({
      hardware: { gpuId: 'rtx-4090', gpuCount: 4, sharding: true },
      scale: { method: 'full' },
    });
    const plan = rec.top!.training.plan!.options;
    const config = parse(launchFiles(rec)[0]!.text);
    expect(config).toMatchObject({ distributed_type: 'FSDP', num_processes: 4 });
    expect(config.fsdp_config).toMatchObject({
      fsdp_version: 2,
      fsdp_auto_wrap_policy: 'TRANSFORMER_BASED_WRAP',
      fsdp_offload_params: (plan.cpuOffload ?? 'none') !== 'none',
      fsdp_activation_checkpointing: plan.gradientCheckpointing ?? false,
    });
  });

  it('ZeRO-3 with CPU offload: a DeepSpeed JSON the accelerate config points at', () => {
    const files = filesOf({
      hardware: { gpuId: 'a100-80gb', gpuCount: 8 },
      scale: { launcher: 'zero3', cpuOffload: 'optimizer+params' },
    });
    expect(parse(files['accelerate_config.yaml']!)).toMatchObject({
      distributed_type: 'DEEPSPEED',
      deepspeed_config: { deepspeed_config_file: 'ds_config.json', zero3_init_flag: true },
    });
    const ds = JSON.parse(files['ds_config.json']!);
    expect(ds.zero_optimization).toMatchObject({
      stage: 3,
      offload_optimizer: { device: 'cpu' },
      offload_param: { device: 'cpu' },
    });
    expect(ds.train_micro_batch_size_per_gpu).toBe('auto');
  });

  it('ZeRO-2: optimizer offload only, weights stay replicated', () => {
    const ds = JSON.parse(
      filesOf({
        hardware: { gpuId: 'a100-80gb', gpuCount: 2 },
        scale: { launcher: 'zero2', cpuOffload: 'optimizer' },
      })['ds_config.json']!,
    );
    expect(ds.zero_optimization.stage).toBe(2);
    expect(ds.zero_optimization.offload_optimizer).toEqual({ device: 'cpu', pin_memory: true });
    expect(ds.zero_optimization.offload_param).toBeUndefined();
  });
});
