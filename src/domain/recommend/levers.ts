import { estimateTrainingMemory, type ModelSpec } from '../memory';
import type { TrainingPlan } from './fit';
import type { Device } from './hardware';
import type { PlanOptions } from './planOptions';
import { LAUNCHER_NAMES, LOSS_KERNEL_NAMES, OPTIMIZER_NAMES } from './planWords';

/** A setting of the scale step the user can change, and what each of its choices does. */
export type LeverId =
  'lossKernel' | 'optimizer' | 'gradientCheckpointing' | 'launcher' | 'cpuOffload';

export interface LeverChoice<V extends string = string> {
  /** The scale answer that selects this choice. */
  value: V;
  label: string;
  /** Bytes per GPU the plan would need with this choice, at the plan's batch and length. */
  neededBytes: number;
  /** `plan − this choice`: positive saves memory, negative costs it. */
  savedBytes: number;
  /** What it costs (or gains) in speed or quality, in a sentence. */
  cost: string;
  /** This is what the plan uses now. */
  current: boolean;
}

export interface Lever {
  id: LeverId;
  label: string;
  choices: LeverChoice[];
}

/**
 * Speed and quality costs, from the libraries' own descriptions: checkpointing recomputes the
 * forward pass (about a third more compute: Chen et al. 2016, "Training Deep Nets with Sublinear
 * Memory Cost"); Liger reports higher throughput than the plain loss (linkedin/Liger-Kernel README);
 * 8-bit AdamW matches 32-bit AdamW on the tasks bitsandbytes reports (Dettmers et al. 2022,
 * "8-bit Optimizers via Block-wise Quantization"); sharding adds communication every layer.
 */
const COSTS = {
  lossKernel: {
    plain: 'the reference: the same math, the most memory',
    chunked: 'TRL’s default: about the speed of the plain loss',
    liger: 'usually faster than the plain loss; needs liger-kernel (Triton, NVIDIA or AMD)',
    cce: 'about the speed of the plain loss; needs cut-cross-entropy (Triton)',
  },
  optimizer: {
    adamw: 'the reference, updated in one fused kernel',
    'adamw-8bit':
      'same speed, quality matching 32-bit AdamW in published tests; needs bitsandbytes',
    'paged-adamw-8bit':
      'as 8-bit AdamW; the states can page out to CPU memory under pressure instead of failing',
    sgd: 'no state at all, but transformers converge poorly without adaptive moments',
  },
  gradientCheckpointing: {
    off: 'fastest: every activation is kept',
    on: 'about a third more compute: each block is recomputed in backward',
    offload: 'as checkpointing, plus a copy of each block input to CPU memory and back',
  },
  launcher: {
    ddp: 'the fastest on several GPUs while a full copy fits each one',
    fsdp2: 'gathers each block’s weights from the other GPUs: needs a fast interconnect',
    zero2: 'less communication than full sharding; the weights are whole on every GPU',
    zero3: 'like FSDP2: communication every layer',
  },
  cpuOffload: {
    none: 'everything on the GPU',
    optimizer: 'the optimizer step runs on the CPU: often several times slower',
    'optimizer+params': 'weights stream from CPU memory every step: the slowest, the least memory',
  },
} as const;

const CHECKPOINT_LABELS = { off: 'Off', on: 'On', offload: 'On, offloaded to the CPU' } as const;
const OFFLOAD_LABELS = {
  none: 'No offload',
  optimizer: 'Optimizer states',
  'optimizer+params': 'States and weights',
} as const;

interface Option<V extends string> {
  value: V;
  label: string;
  change: Partial<PlanOptions>;
}

function choicesOf<V extends string>(
  spec: ModelSpec,
  plan: TrainingPlan,
  options: Option<V>[],
  cost: Record<V, string>,
  current: V,
): LeverChoice<V>[] {
  const base = plan.estimate.reservedBytes;
  return options.map((option) => {
    const needed = estimateTrainingMemory(spec, {
      ...plan.options,
      ...option.change,
    }).reservedBytes;
    return {
      value: option.value,
      label: option.label,
      neededBytes: needed,
      savedBytes: base - needed,
      cost: cost[option.value],
      current: option.value === current,
    };
  });
}

/**
 * The levers of the scale step for a plan, each choice with the memory it would need: every figure
 * is the difference of two estimates of the same model at the plan's batch and sequence length.
 * Decoders get the loss kernel; several GPUs the launcher; sharded launchers the CPU offload.
 */
export function leversOf(spec: ModelSpec, plan: TrainingPlan, device: Device): Lever[] {
  const o = plan.options;
  const levers: Lever[] = [];
  if (spec.kind === 'decoder' && o.textsPerExample === 1) {
    // Liger and Cut Cross-Entropy are Triton kernels: NVIDIA and AMD GPUs only.
    const available =
      device.kind === 'gpu'
        ? (['plain', 'chunked', 'liger', 'cce'] as const)
        : (['plain', 'chunked'] as const);
    const kernels = available.map((value) => ({
      value,
      label: LOSS_KERNEL_NAMES[value],
      change: { lossKernel: value },
    }));
    levers.push({
      id: 'lossKernel',
      label: 'Loss kernel',
      choices: choicesOf(spec, plan, kernels, COSTS.lossKernel, o.lossKernel as 'plain'),
    });
  }
  // bitsandbytes' 8-bit optimizers need its CUDA / ROCm build.
  const names = device.capabilities.bitsandbytes4bit
    ? (['adamw', 'adamw-8bit', 'paged-adamw-8bit', 'sgd'] as const)
    : (['adamw', 'sgd'] as const);
  const optimizers = names.map((value) => ({
    value,
    label: OPTIMIZER_NAMES[value],
    change: { optimizer: value },
  }));
  levers.push({
    id: 'optimizer',
    label: 'Optimizer',
    choices: choicesOf(spec, plan, optimizers, COSTS.optimizer, o.optimizer as 'adamw'),
  });
  const checkpointing = (['off', 'on', 'offload'] as const).map((value) => ({
    value,
    label: CHECKPOINT_LABELS[value],
    change: { gradientCheckpointing: value !== 'off', activationOffload: value === 'offload' },
  }));
  const checkpointNow = !o.gradientCheckpointing ? 'off' : o.activationOffload ? 'offload' : 'on';
  levers.push({
    id: 'gradientCheckpointing',
    label: 'Gradient checkpointing',
    choices: choicesOf(spec, plan, checkpointing, COSTS.gradientCheckpointing, checkpointNow),
  });
  if (o.gpus > 1) {
    const launchers = (['ddp', 'fsdp2', 'zero2', 'zero3'] as const).map((value) => ({
      value,
      label: LAUNCHER_NAMES[value],
      change: { launcher: value, cpuOffload: value === 'ddp' ? ('none' as const) : o.cpuOffload },
    }));
    levers.push({
      id: 'launcher',
      label: 'Launcher',
      choices: choicesOf(spec, plan, launchers, COSTS.launcher, o.launcher as 'ddp'),
    });
    if (o.launcher !== 'ddp' && o.launcher !== 'single') {
      // ZeRO-2 offloads the optimizer only; FSDP2 moves weights and states together.
      const possible = {
        zero2: ['none', 'optimizer'],
        fsdp2: ['none', 'optimizer+params'],
        zero3: ['none', 'optimizer', 'optimizer+params'],
      } as const;
      const offloads = possible[o.launcher].map((value) => ({
        value,
        label: OFFLOAD_LABELS[value],
        change: { cpuOffload: value },
      }));
      levers.push({
        id: 'cpuOffload',
        label: 'CPU offload',
        choices: choicesOf(spec, plan, offloads, COSTS.cpuOffload, o.cpuOffload),
      });
    }
  }
  return levers;
}
