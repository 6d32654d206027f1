import { describe, expect, it } from 'vitest';
import { findModel } from '../catalog/models';
import { fp16OverflowOf, isQwenFamily } from './fp16Fit';
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

describe('Gemma 3 and Gemma 4 on GPUs without bf16', () => {
  it('do not lead a T4 shortlist for chat or embeddings, and their cards cite the fp16 reports', () => {
    for (const purpose of ['chat', 'similarity'] as const) {
      const rec = recommend({ hardware: { gpuId: 't4' }, task: { purpose } });
      expect(fp16OverflowOf(findModel(rec.top!.id)!), `${purpose}: ${rec.top!.id}`).toBeNull();
    }
    const chat = recommend({ hardware: { gpuId: 't4' } });
    const gemma4 = chat.models.find((c) => c.id.startsWith('google/gemma-4'));
    expect([...gemma4!.why, ...gemma4!.whyNot].join(' ')).toMatch(
      /no bf16, Gemma 4 is reported to overflow in fp16/,
    );
    const embedding = recommend({ hardware: { gpuId: 't4' }, task: { purpose: 'similarity' } });
    const gemma3 = embedding.models.find((c) => c.id === 'google/embeddinggemma-300m');
    expect([...gemma3!.why, ...gemma3!.whyNot].join(' ')).toMatch(
      /no bf16, Gemma 3 models are reported to give empty output in fp16/,
    );
  });

  it('are not demoted on a GPU with bf16', () => {
    const rec = recommend({ hardware: { gpuId: 'rtx-4090' } });
    const gemma4 = rec.models.find((c) => c.id.startsWith('google/gemma-4'));
    expect([...gemma4!.why, ...gemma4!.whyNot].join(' ')).not.toMatch(/fp16/);
  });
});
