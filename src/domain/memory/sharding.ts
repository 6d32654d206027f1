import type { ResolvedTraining } from './resolve';

/** What the launcher needs to know about the run to place its tensors. */
export interface ShardInputs {
  /** Bytes of the frozen or trained base weights on one GPU when nothing is sharded. */
  baseBytes: number;
  /** Bytes of one block's linear weights: what a sharded run gathers at a time. */
  blockBytes: number;
  /** Parameters that train. */
  trainable: number;
  /** Bytes per trained parameter's gradient and master copy. */
  masterBytes: number;
  hiddenSize: number;
}

/** Where a launcher puts weights, gradients and states, per GPU. */
export interface Placement {
  /** Bytes of base weights resident on the GPU, gathered blocks included. */
  weights: number;
  /** Divisors of the weights, gradients and optimizer states across GPUs. */
  weightShards: number;
  gradients: number;
  states: number;
  /** Optimizer states (and the update) live in CPU memory. */
  statesOnCpu: boolean;
  /** Parameters (trained ones included) live in CPU memory between uses. */
  paramsOnCpu: boolean;
  /** Communication buffers alive through backward and the step (DDP buckets, ZeRO buckets). */
  buffers: number;
  /** Buffers of the step alone. */
  stepBuffers: number;
}

/**
 * The launcher's placement. DDP (torch DistributedDataParallel as accelerate starts it) keeps each
 * GPU's full replica and allocates flat gradient buckets at start-up that copy every gradient
 * (gradient_as_bucket_view is off by default). FSDP2 (`fully_shard`) divides weights, gradients
 * and states and gathers the block it computes plus the prefetched next one; its CPUOffloadPolicy
 * moves parameters, gradients and the optimizer step to the CPU. DeepSpeed ZeRO-2 divides
 * gradients and states, keeps the weights whole, and holds reduce and all-gather buckets; ZeRO-3
 * divides everything and prefetches parameters; with transformers' "auto" values the buckets are
 * hidden² elements (reduce, fp32) and 0.9 × hidden² (prefetch). Offload to the CPU: ZeRO-Offload
 * keeps states there ('optimizer'), ZeRO-3 can add parameters ('optimizer+params').
 */
export function shardingOf(o: ResolvedTraining, m: ShardInputs): Placement {
  const n = o.gpus;
  const launcher = n > 1 ? o.launcher : 'single';
  if (launcher === 'single') {
    return {
      weights: m.baseBytes,
      weightShards: 1,
      gradients: 1,
      states: 1,
      statesOnCpu: false,
      paramsOnCpu: false,
      buffers: 0,
      stepBuffers: 0,
    };
  }
  const gradientBytes = m.trainable * m.masterBytes;
  const gathered = (shards: number) =>
    shards > 1 ? Math.min(2 * m.blockBytes, m.baseBytes - m.baseBytes / shards) : 0;
  const zeroBucket = m.hiddenSize * m.hiddenSize * 4;
  const whole: Placement = {
    weights: m.baseBytes,
    weightShards: 1,
    gradients: 1,
    states: 1,
    statesOnCpu: false,
    paramsOnCpu: false,
    buffers: 0,
    stepBuffers: 0,
  };
  switch (launcher) {
    case 'ddp':
      return { ...whole, buffers: gradientBytes };
    case 'fsdp2': {
      const offload = o.cpuOffload !== 'none';
      return {
        weights: offload ? Math.min(2 * m.blockBytes, m.baseBytes) : m.baseBytes / n + gathered(n),
        weightShards: n,
        gradients: offload ? Number.POSITIVE_INFINITY : n,
        states: n,
        statesOnCpu: offload,
        paramsOnCpu: offload,
        buffers: 0,
        stepBuffers: 0,
      };
    }
    case 'zero2':
      return {
        ...whole,
        gradients: n,
        states: n,
        statesOnCpu: o.cpuOffload !== 'none',
        paramsOnCpu: false,
        buffers: 2 * zeroBucket,
      };
    case 'zero3': {
      const paramsOnCpu = o.cpuOffload === 'optimizer+params';
      return {
        weights: paramsOnCpu
          ? Math.min(2 * m.blockBytes, m.baseBytes)
          : m.baseBytes / n + gathered(n),
        weightShards: n,
        gradients: n,
        states: n,
        statesOnCpu: o.cpuOffload !== 'none',
        paramsOnCpu,
        buffers: zeroBucket + 0.9 * zeroBucket * 0.5,
        stepBuffers: 0,
      };
    }
  }
}
