import { describe, expect, it } from 'vitest';
import { findModel } from '../catalog/models';
import { recommend } from './recommend';
import { isCodeSpecialised, isReasoningDistill, taskFit } from './taskFit';

describe('domain and task fit', () => {
  it.each(['legal', 'medical', 'finance'] as const)(
    'never puts a code-specialised model first in a %s chat shortlist',
    (domain) => {
      for (const gpuId of ['rtx-4090', 'a100-80gb', 'rtx-3060-12gb'] as const) {
        const rec = recommend({ task: { purpose: 'chat', domain }, hardware: { gpuId } });
        const top = findModel(rec.top!.id)!;
        expect(isCodeSpecialised(top), `${domain} on ${gpuId}: ${top.id}`).toBe(false);
        const coder = rec.shortlist.findIndex((c) => c.id === 'Qwen/Qwen2.5-Coder-7B-Instruct');
        if (coder >= 0) {
          expect(rec.shortlist[coder]!.demoted).toMatch(/Code-specialised/);
          expect(rec.shortlist.slice(0, coder).every((c) => c.demoted === null)).toBe(true);
        }
      }
    },
  );

  it('does not default to a reasoning distill for strict JSON output', () => {
    const rec = recommend({
      task: { purpose: 'chat', changeKind: 'output-format' },
      hardware: { gpuId: 'rtx-4090' },
    });
    expect(isReasoningDistill(findModel(rec.top!.id)!)).toBe(false);
    const distill = findModel('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B')!;
    expect(taskFit(distill, rec.answers).demoted).toMatch(/chain of thought/);
    expect(
      taskFit(distill, { ...rec.answers, task: { ...rec.answers.task, changeKind: 'behaviour' } })
        .demoted,
    ).toBeNull();
  });

  it('ranks reasoning distills below instruct models for a support chat, saying why', () => {
    const rec = recommend({ task: { purpose: 'chat' }, hardware: { gpuId: 'rtx-4090' } });
    const top3 = rec.shortlist.slice(0, 3).map((c) => findModel(c.id)!);
    expect(top3.some(isReasoningDistill)).toBe(false);
    const distill = findModel('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B')!;
    expect(taskFit(distill, rec.answers)).toMatchObject({ bonus: -6, demoted: null });
  });

  it('starts code completion from a code-trained base model with fill-in-the-middle, and says so', () => {
    for (const gpuId of ['rtx-4060-ti-16gb', 'a100-80gb'] as const) {
      const rec = recommend({
        task: { purpose: 'text-generation', domain: 'code' },
        hardware: { gpuId },
      });
      expect(rec.variant.variant).toBe('base');
      expect(rec.variant.reason).toMatch(/code-trained base model/);
      expect(rec.top!.fim, gpuId).toBe(true);
      expect(findModel(rec.top!.id)!.strengths).toContain('code');
      expect(rec.top!.why.join(' ')).toMatch(
        /fill-in-the-middle: lay training examples out as <\|fim_prefix\|>/,
      );
    }
  });

  it('records FIM tokens only with a source', () => {
    const fim = ['Qwen/Qwen2.5-Coder-1.5B', 'Qwen/Qwen2.5-Coder-7B'].map(
      (id) => findModel(id)!.fim,
    );
    for (const entry of fim) {
      expect(entry?.tokens.middle).toBe('<|fim_middle|>');
      expect(entry?.source).toMatch(/Qwen2\.5-Coder README\.md @/);
    }
  });
});
