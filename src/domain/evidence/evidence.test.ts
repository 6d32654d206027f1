import { describe, expect, it } from 'vitest';
import { quantile } from '../memory/accuracy';
import { memoryEvidence, speedEvidence } from './evidence';
import { memoryRuns, speedRuns } from './runs';
import { sourceUrl } from './sourceUrl';

const B = 1e9;

describe('evidence behind a figure', () => {
  it('takes memory runs of the same method, a like size and the same stack, and their median error', () => {
    const q = { method: 'lora', parameters: 3.2 * B, seqLen: 1024, gpus: 1 } as const;
    const evidence = memoryEvidence(q)!;
    const like = memoryRuns().filter(
      (r) =>
        r.method === 'lora' &&
        r.stack === '2025-26' &&
        r.parameters >= q.parameters / 3 &&
        r.parameters <= q.parameters * 3,
    );
    expect(like.length).toBeGreaterThanOrEqual(3);
    expect(evidence.n).toBe(like.length);
    expect(evidence.typicalError).toBe(
      quantile(
        like.map((r) => Math.abs(r.error)),
        0.5,
      ),
    );
    expect(evidence.likeness).toMatch(/^LoRA runs of .* on the 2025–26 stack$/);
    expect(evidence.nearest.model).toBe('Llama-3.2-3B');
    expect(evidence.nearest.unit).toBe('GiB');
    expect(evidence.nearest.error).toBeCloseTo(
      (evidence.nearest.estimated - evidence.nearest.measured) / evidence.nearest.measured,
      5,
    );
  });

  it('widens the likeness when too few runs qualify, and says which it used', () => {
    const qlora70 = memoryEvidence({ method: 'qlora', parameters: 70 * B, seqLen: 2048, gpus: 1 })!;
    // No QLoRA run of 23B or more was published with its conditions: any size, the largest nearest.
    expect(qlora70.likeness).toBe('QLoRA runs of any size');
    expect(qlora70.n).toBe(memoryRuns().filter((r) => r.method === 'qlora').length);
    expect(qlora70.nearest.method).toBe('qlora');
    expect(qlora70.nearest.model).toBe('Llama-2-13b-hf');
  });

  it('takes speed runs of the same method, size and GPU count, preferring the same GPU', () => {
    const q = {
      method: 'lora',
      parameters: 7.7 * B,
      seqLen: 2048,
      gpus: 1,
      gpuId: 'a100-80gb',
    } as const;
    const evidence = speedEvidence(q)!;
    const like = speedRuns().filter(
      (r) =>
        r.method === 'lora' &&
        !r.multiGpu &&
        r.parameters >= q.parameters / 3 &&
        r.parameters <= q.parameters * 3,
    );
    expect(evidence.n).toBe(like.length);
    expect(evidence.typicalError).toBe(
      quantile(
        like.map((r) => Math.abs(r.error)),
        0.5,
      ),
    );
    expect(evidence.likeness).toMatch(/on one GPU$/);
    expect(evidence.nearest.gpu).toBe('a100-80gb');
    expect(evidence.nearest.seqLen).toBe(2048);
    expect(evidence.nearest.url).toMatch(/^https:\/\/github\.com\//);
  });

  it('splits several GPUs from one', () => {
    const many = speedEvidence({ method: 'full', parameters: 8 * B, seqLen: 8192, gpus: 8 })!;
    expect(many.likeness).toMatch(/on several GPUs$/);
    expect(many.nearest.multiGpu).toBe(true);
  });

  it('turns pinned GitHub references and written URLs into addresses', () => {
    expect(
      sourceUrl(
        'github:pytorch/torchtune README.md @0031bfb080bd35ec533c412df883cf2bf7bf7fe4 ("x")',
      ),
    ).toBe(
      'https://github.com/pytorch/torchtune/blob/0031bfb080bd35ec533c412df883cf2bf7bf7fe4/README.md',
    );
    expect(
      sourceUrl('https://github.com/hiyouga/LLaMA-Factory/wiki/Performance-comparison (rev)'),
    ).toBe('https://github.com/hiyouga/LLaMA-Factory/wiki/Performance-comparison');
    expect(sourceUrl('github Lightning-AI/litgpt tutorials/resource-tables.md')).toBe(
      'https://github.com/Lightning-AI/litgpt',
    );
    expect(sourceUrl('Hugging Face transformers docs, model_memory_anatomy')).toBeNull();
  });
});
