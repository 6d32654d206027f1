import { countParameters, loraParameters, type ModelSpec } from '../memory';
import type { ResolvedTraining } from '../memory/resolve';
import type { OptimizerName } from '../memory/types';
import { CALIBRATION, type SpeedCalibration } from './calibration';
import { tokenFlops } from './flops';
import type { GpuPeak } from './gpuPeak';

/** Where the time of one optimizer step on one GPU goes, in seconds. */
export interface StepTiming {
  /** One forward + backward over batchSize × seqLen (× texts) tokens: the slowest of compute and communication, plus framework overhead. */
  microStepSeconds: number;
  /** The optimizer update and the gradient synchronisation that cannot overlap backward. */
  updateSeconds: number;
  /** FLOPs of one micro-step on one GPU. */
  microStepFlops: number;
  /** Tokens one micro-step trains on one GPU. */
  microStepTokens: number;
  /** Peak FLOP/s the plan's precision runs at on this GPU. */
  peakFlops: number;
}

/** Host link for CPU offload: PCIe Gen4 x16 moves about 25 GB/s each way in practice (assumed, not fitted). */
const HOST_LINK_BYTES_PER_SECOND = 25e9;
/** DeepSpeed's CPU Adam updates about 1e9 parameters a second on a server CPU (assumed, not fitted). */
const CPU_ADAM_PARAMETERS_PER_SECOND = 1e9;

/**
 * Bytes the update reads and writes per trained parameter: weight, gradient and two moments in,
 * weight and moments out (mixed precision adds fp32 master weights and a bf16 copy). 8-bit AdamW
 * keeps 1-byte moments; SGD keeps none.
 */
function optimizerBytesPerParameter(
  optimizer: OptimizerName,
  precision: ResolvedTraining['precision'],
): number {
  const weight = precision === 'bf16' ? 2 : 4;
  const copy = precision === 'mixed' ? 2 : 0;
  // Gradient clipping reads every gradient once more.
  const clip = weight;
  if (optimizer === 'sgd') return 3 * weight + copy + clip;
  const moment = optimizer === 'adamw-8bit' || optimizer === 'paged-adamw-8bit' ? 1 : weight;
  const fused = 2 * weight + 2 * moment + weight + 2 * moment;
  // The multi-tensor AdamW runs its update as separate elementwise passes (moments, the
  // denominator, the step, weight decay): about twice the traffic of one fused kernel.
  return (optimizer === 'adamw-foreach' ? 2 * fused : fused) + copy + clip;
}

/** Bytes per weight as stored for the passes of a sharded run (what FSDP/ZeRO-3 gathers). */
function storedBytesPerWeight(plan: ResolvedTraining): number {
  if (plan.method === 'qlora') return plan.quantBits / 8;
  return plan.precision === 'fp32' ? 4 : 2;
}

function trainableParameters(spec: ModelSpec, plan: ResolvedTraining, total: number): number {
  return plan.method === 'full' ? total : loraParameters(spec, plan.loraRank, plan.loraTargets);
}

/**
 * Share of the peak the matmuls reach: lower for a narrow model, whose GEMMs are too small to keep
 * every SM busy. Few tokens per micro-step cost time through the per-block overhead instead: the
 * fit found no separate token-count term worth keeping.
 */
export function matmulShare(hiddenSize: number, c: SpeedCalibration): number {
  return (c.peakShare * hiddenSize) / (hiddenSize + c.halfShareHidden);
}

/**
 * Time of one optimizer step on one GPU, split into the micro-step (forward + backward) and the
 * update. Sharded launchers (FSDP2, ZeRO-3) gather the weights in every pass and reduce-scatter
 * the gradients; that traffic overlaps compute, so the micro-step takes the longer of the two.
 * DDP and ZeRO-2 all-reduce the gradients once per step, overlapping about half of backward.
 */
export function stepTiming(
  spec: ModelSpec,
  plan: ResolvedTraining,
  peak: GpuPeak,
  c: SpeedCalibration = CALIBRATION,
): StepTiming {
  const counts = countParameters(spec);
  const flops = tokenFlops(spec, plan);
  const microStepTokens = plan.batchSize * plan.seqLen * plan.textsPerExample;
  const microStepFlops = microStepTokens * flops.total;
  const peakFlops = (plan.precision === 'fp32' ? peak.fp32Tflops : peak.dense16Tflops) * 1e12;
  const bandwidth = peak.memoryBandwidthGBs * 1e9;
  const link = peak.interconnectGBs * 1e9 * c.interconnectShare;
  const n = plan.gpus;
  const passes = 2 + (plan.gradientCheckpointing ? 1 : 0) + (plan.gradCacheMiniBatch > 0 ? 1 : 0);

  const highPeakShare = peak.highPeak ? c.highPeakShare : 1;
  const share = highPeakShare * matmulShare(spec.hiddenSize, c);
  const compute = microStepFlops / (peakFlops * share);
  const dequant =
    plan.method === 'qlora'
      ? (passes * flops.matmulParameters * c.dequantBytesPerWeight) / bandwidth
      : 0;
  const blockSeconds =
    (plan.method === 'full' ? c.blockOverheadSeconds.full : c.blockOverheadSeconds.adapter) +
    (n > 1 && plan.launcher === 'zero3' ? c.zero3BlockSeconds : 0);
  const overhead = spec.numLayers * passes * blockSeconds;

  const trainable = trainableParameters(spec, plan, counts.total);
  const gradientBytes = trainable * (plan.precision === 'bf16' ? 2 : 4);
  const sharded = n > 1 && (plan.launcher === 'fsdp2' || plan.launcher === 'zero3');
  const spread = n > 1 ? (n - 1) / n : 0;
  const gather = sharded ? (passes * counts.total * storedBytesPerWeight(plan) * spread) / link : 0;
  const scatter = sharded ? (gradientBytes * spread) / link : 0;
  const hostParams =
    sharded && plan.cpuOffload === 'optimizer+params'
      ? (passes * counts.total * storedBytesPerWeight(plan)) / n / HOST_LINK_BYTES_PER_SECOND
      : 0;
  const microStepSeconds = Math.max(compute + dequant, gather + scatter) + hostParams + overhead;

  const shards = n > 1 && plan.launcher !== 'ddp' ? n : 1;
  const update =
    plan.cpuOffload === 'none'
      ? ((trainable / shards) * optimizerBytesPerParameter(plan.optimizer, plan.precision)) /
        (bandwidth * c.optimizerBandwidthShare)
      : (trainable / shards) *
        (6 / HOST_LINK_BYTES_PER_SECOND + 1 / CPU_ADAM_PARAMETERS_PER_SECOND);
  const allReduce =
    n > 1 && (plan.launcher === 'ddp' || plan.launcher === 'zero2')
      ? Math.max(0, (2 * gradientBytes * spread) / link - compute / 2)
      : 0;
  return {
    microStepSeconds,
    updateSeconds: update + allReduce,
    microStepFlops,
    microStepTokens,
    peakFlops,
  };
}
