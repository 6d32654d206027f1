import { describe, expect, it } from 'vitest';
import { findModel } from '../catalog/models';
import { isQwenFamily } from './fp16Fit';
import { recommend } from './recommend';

describe('bf16-trained Qwen models on GPUs without bf16', () => {
  it('do not lead a T4 or V100 shortlist, and their cards say why and what to do', () => {
    for (const gpuId of ['t4', 'v100-16gb', 'v100-32gb']) {
      const rec = recommend({ hardware: { gpuId } });
      const top = rec.top!;
      expect(isQwenFamily(findModel(top.id)!), `${gpuId}: ${top.id}`).toBe(false);
      const qwen = rec.models.find((c) => isQwenFamily(findModel(c.id)!));
      expect(qwen, gpuId).toBeDefined();
      expect([...qwen!.why, ...qwen!.whyNot].join(' ')).toMatch(
        /no bf16, Qwen’s maintainers report fp16 overflows to NaN; train it in fp32/,
      );
    }
  });

  it('lead as before where the GPU has bf16', () => {
    expect(isQwenFamily(findModel(recommend({ hardware: { gpuId: 'rtx-4090' } }).top!.id)!)).toBe(
      true,
    );
  });
});
