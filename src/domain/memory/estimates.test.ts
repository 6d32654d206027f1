import { describe, expect, it } from 'vitest';
import { specOf } from './accuracy';
import { GIB } from './constants';
import { loraParameters } from './lora';
import { countParameters } from './parameters';
import { estimateServingMemory } from './serving';
import { estimateTrainingMemory } from './training';
import type { LossKernel, MemoryEstimate, TrainingOptions } from './types';

const llama2 = specOf('Llama-2-7b-hf');
const llama3 = specOf('Llama-3.1-8B');

function sum(estimate: MemoryEstimate) {
  return Object.values(estimate.breakdown).reduce((a, b) => a + b, 0);
}

describe('LoRA parameters', () => {
  it('match the counts PEFT prints', () => {
    // PEFT: Llama-2-7B, r=8 on q_proj and v_proj → "trainable params: 4,194,304".
    expect(loraParameters(llama2, 8, ['q', 'v'])).toBe(4_194_304);
    // Llama-3-8B, r=16 on all linear projections → "trainable params: 41,943,040".
    expect(loraParameters(llama3, 16, ['q', 'k', 'v', 'o', 'gate', 'up', 'down'])).toBe(41_943_040);
  });
});

describe('estimateTrainingMemory', () => {
  it('breaks the peak into parts that add up to the reserved figure', () => {
    for (const method of ['full', 'lora', 'qlora'] as const) {
      const estimate = estimateTrainingMemory(llama3, { method, seqLen: 2048 });
      expect(sum(estimate)).toBeCloseTo(estimate.reservedBytes, -3);
      expect(estimate.reservedBytes).toBeGreaterThan(estimate.allocatedBytes);
    }
  });

  it('holds QLoRA weights at about 4.1 bits for the quantised layers, 16 bits for the rest', () => {
    const options: TrainingOptions = {
      method: 'qlora',
      seqLen: 16,
      loraRank: 1,
      loraTargets: ['q'],
    };
    const estimate = estimateTrainingMemory(llama3, { ...options, kbitUpcast: false });
    const counts = countParameters(llama3);
    const packed = (counts.linear * 4.127) / 8 + (counts.total - counts.linear) * 2;
    // Plus one 4096 × 14336 weight dequantised to bf16 for its matmul.
    const dequantised = 4096 * 14336 * 2;
    expect(estimate.breakdown.weights / 1e9).toBeCloseTo((packed + dequantised) / 1e9, 2);
    expect(estimate.breakdown.weights / 1e9).toBeCloseTo(5.82, 1);
    // prepare_model_for_kbit_training (the default) casts the 1.05B unquantised weights to fp32.
    const upcast = estimateTrainingMemory(llama3, options);
    expect((upcast.breakdown.weights - estimate.breakdown.weights) / 1e9).toBeCloseTo(
      ((counts.total - counts.linear) * 2) / 1e9,
      6,
    );
    expect((upcast.breakdown.weights - estimate.breakdown.weights) / 1e9).toBeCloseTo(2.1, 1);
  });

  it('makes checkpointed block inputs fp32 after the kbit upcast, and moves them off the GPU with offloading', () => {
    const options = {
      method: 'qlora',
      seqLen: 2048,
      batchSize: 4,
      gradientCheckpointing: true,
    } as const;
    const activations = (extra: Partial<TrainingOptions>) =>
      estimateTrainingMemory(llama3, { ...options, ...extra }).breakdown.activations;
    // 32 block inputs × 8192 tokens × 4096 wide: 2 more bytes each, times the 1.2 framework factor.
    expect((activations({}) - activations({ kbitUpcast: false })) / 1e9).toBeCloseTo(
      (32 * 8192 * 4096 * 2 * 1.2) / 1e9,
      3,
    );
    expect(activations({ activationOffload: true })).toBeLessThan(activations({}) / 3);
  });

  it('puts the peak of full fine-tuning at the optimizer step for short sequences', () => {
    const estimate = estimateTrainingMemory(llama2, {
      method: 'full',
      seqLen: 256,
      precision: 'mixed',
    });
    expect(estimate.peakPhase).toBe('optimizer-step');
    // 16 bytes per parameter: fp32 weights, gradients and two AdamW states, updated in place (fused).
    expect(estimate.allocatedBytes / llama2ParamBytes(16)).toBeCloseTo(1, 6);
    expect(estimate.breakdown.activations).toBe(0);
    // torch's foreach AdamW makes one fp32 temporary the size of the weights.
    const foreach = estimateTrainingMemory(llama2, {
      method: 'full',
      seqLen: 256,
      precision: 'mixed',
      optimizer: 'adamw-foreach',
    });
    expect(foreach.allocatedBytes / llama2ParamBytes(20)).toBeCloseTo(1, 6);
  });

  it('needs far less with 8-bit AdamW and none for plain SGD', () => {
    const adam = estimateTrainingMemory(llama2, { method: 'full', seqLen: 512 });
    const adam8 = estimateTrainingMemory(llama2, {
      method: 'full',
      seqLen: 512,
      optimizer: 'adamw-8bit',
    });
    const sgd = estimateTrainingMemory(llama2, { method: 'full', seqLen: 512, optimizer: 'sgd' });
    expect(adam8.breakdown.optimizer).toBeLessThan(adam.breakdown.optimizer / 1.9);
    expect(sgd.breakdown.optimizer).toBe(0);
  });

  it('saves activation memory with gradient checkpointing, and the seq² term with fused attention', () => {
    const base = { method: 'lora' as const, seqLen: 8192 };
    const plain = estimateTrainingMemory(llama3, base);
    const checkpointed = estimateTrainingMemory(llama3, { ...base, gradientCheckpointing: true });
    expect(checkpointed.breakdown.activations).toBeLessThan(plain.breakdown.activations / 5);
    const eager = estimateTrainingMemory(llama3, { ...base, flashAttention: false });
    // 32 heads × 8192² scores × 6 bytes per block: over 400 GB more.
    expect(eager.breakdown.activations - plain.breakdown.activations).toBeGreaterThan(400e9);
  });

  it('counts the logits as each loss kernel keeps them', () => {
    const options = { method: 'lora', seqLen: 4096, batchSize: 2 } as const;
    const logits = (lossKernel: LossKernel) =>
      estimateTrainingMemory(llama3, { ...options, lossKernel }).breakdown.logits / 1e9;
    // 2 × 4096 × 128,256 logits: 12 bytes each over the whole batch, 4 with torchtune's chunking.
    expect(logits('plain')).toBeCloseTo(12.6, 1);
    expect(logits('chunked-output')).toBeCloseTo(4.2, 1);
    // TRL's chunked_nll: 256 tokens × 128,256 × 14 bytes + a bf16 copy of the 8192 hidden states.
    expect(logits('chunked')).toBeCloseTo((256 * 128_256 * 14 + 8192 * 4096 * 2) / 1e9, 3);
    // Liger: chunks of next_pow2(8192 / ⌈128,256 / 4096⌉) = 256 rows in fp32.
    expect(logits('liger')).toBeCloseTo((256 * 128_256 * 4 + 8192 * 4096 * 2) / 1e9, 3);
    expect(logits('cce')).toBeCloseTo((8192 * 4096 * 2) / 1e9, 3);
    // The default is the current stack's: TRL's chunked loss.
    expect(estimateTrainingMemory(llama3, options).breakdown.logits / 1e9).toBeCloseTo(
      logits('chunked'),
      6,
    );
  });

  it('divides weights, gradients and states with FSDP2; DDP adds a bucket copy of the gradients', () => {
    const one = estimateTrainingMemory(llama3, { method: 'full', seqLen: 2048 });
    const ddp = estimateTrainingMemory(llama3, { method: 'full', seqLen: 2048, gpus: 8 });
    const fsdp = estimateTrainingMemory(llama3, {
      method: 'full',
      seqLen: 2048,
      gpus: 8,
      launcher: 'fsdp2',
    });
    const trainable = one.parameters.trainable;
    // bf16 by default: 2 bytes per gradient in the buckets.
    expect(ddp.allocatedBytes - one.allocatedBytes).toBeCloseTo(trainable * 2, -6);
    expect(fsdp.breakdown.optimizer).toBeCloseTo(one.breakdown.optimizer / 8, -3);
    expect(fsdp.allocatedBytes).toBeLessThan(one.allocatedBytes / 2);
  });
});

describe('estimateServingMemory', () => {
  it('sizes the KV cache from the KV heads: Llama-3.1-8B at 128k holds 16 GiB in bf16', () => {
    const estimate = estimateServingMemory(llama3, { contextLength: 131_072 });
    expect(estimate.breakdown.kvCache / GIB).toBeCloseTo(16, 5);
    const fp8 = estimateServingMemory(llama3, { contextLength: 131_072, kvBits: 8 });
    expect(fp8.breakdown.kvCache / GIB).toBeCloseTo(8, 5);
  });

  it('grows the KV cache with concurrency and shrinks the weights with quantisation', () => {
    const one = estimateServingMemory(llama3, { contextLength: 8192 });
    const eight = estimateServingMemory(llama3, { contextLength: 8192, batchSize: 8 });
    expect(eight.breakdown.kvCache).toBeCloseTo(8 * one.breakdown.kvCache, 0);
    const int4 = estimateServingMemory(llama3, { contextLength: 8192, weightBits: 4 });
    expect(int4.breakdown.weights).toBeLessThan(one.breakdown.weights / 2.5);
  });

  it('keeps no KV cache for an encoder', () => {
    const bert = specOf('bert-large-uncased');
    expect(estimateServingMemory(bert, { contextLength: 512 }).breakdown.kvCache).toBe(0);
  });
});

function llama2ParamBytes(bytesPerParam: number) {
  return 6_738_415_616 * bytesPerParam;
}
