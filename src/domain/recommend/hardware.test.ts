import { describe, expect, it } from 'vitest';
import { hardwareAnswersSchema } from './answers';
import { planHardware } from './hardware';

const plan = (partial: object) => planHardware(hardwareAnswersSchema.parse(partial));

describe('planHardware', () => {
  it('notes that a T4 has no bf16 (fp16 instead) and no FlashAttention-2', () => {
    const t4 = plan({ gpuId: 't4' });
    expect(t4.training.capabilities.bf16).toBe(false);
    expect(t4.notes.join(' ')).toMatch(/no bf16, so training runs in fp16/);
    expect(t4.notes.join(' ')).toMatch(/FlashAttention-2 does not run/);
    expect(t4.training.usableBytes).toBe(15360 * 2 ** 20);
  });

  it('counts only the GPU share of Apple unified memory and rules out bitsandbytes QLoRA', () => {
    const mac = plan({ gpuId: 'apple-36gb', gpuCount: 4 });
    expect(mac.training.usableBytes).toBeLessThan(36 * 2 ** 30);
    expect(mac.training.capabilities.bitsandbytes4bit).toBe(false);
    expect(mac.gpuCount).toBe(1);
    expect(mac.notes.join(' ')).toMatch(/MLX/);
  });

  it('takes a custom amount as GiB and assumes a recent NVIDIA GPU', () => {
    const custom = plan({ gpuId: 'custom', customGpuGb: 20 });
    expect(custom.training.usableBytes).toBe(20 * 2 ** 30);
    expect(custom.training.capabilities.bf16).toBe(true);
  });

  it('shards only with several GPUs and sharding available', () => {
    expect(plan({ gpuCount: 4, sharding: true }).sharded).toBe(true);
    expect(plan({ gpuCount: 4, sharding: false }).sharded).toBe(false);
    expect(plan({ gpuCount: 4 }).notes.join(' ')).toMatch(/full copy of the model/);
  });

  it('describes the serving device: same GPU, another GPU, an edge device or a CPU', () => {
    expect(plan({ deploymentTarget: 'same-gpu', gpuId: 'l4' }).serving.id).toBe('l4');
    expect(plan({ deploymentTarget: 'other-gpu', servingGpuId: 'h100-80gb' }).serving.name).toMatch(
      /H100/,
    );
    expect(plan({ deploymentTarget: 'edge', customServingGb: 8 }).serving).toMatchObject({
      kind: 'edge',
      usableBytes: 8 * 2 ** 30,
    });
    expect(plan({ deploymentTarget: 'cpu', customServingGb: 64 }).serving.kind).toBe('cpu');
  });
});
