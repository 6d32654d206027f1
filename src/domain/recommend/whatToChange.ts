import { estimateTrainingMemory, type ModelSpec } from '../memory';
import { estimateTrainingSpeed } from '../speed';
import { hasSpeedFigures, type JobAnswers, trainedTokens } from '../cost/trainingCost';
import type { TrainingPlan } from './fit';
import type { Device } from './hardware';
import { leversOf } from './levers';
import type { PlanOptions } from './planOptions';

/** One change to a run that does not fit, with what it saves and what it costs. */
export interface FitLever {
  id: string;
  /** The change, in a few words: "QLoRA: the frozen base in 4-bit". */
  label: string;
  /** The plan options it changes (with `modelName`, the model too). */
  change: Partial<PlanOptions>;
  /** The other model the change is to, if it is one. */
  modelName: string | null;
  /** Bytes per GPU with the change. */
  neededBytes: number;
  /** The run's bytes minus `neededBytes`: the difference of two estimates. */
  savedBytes: number;
  /** Within the budget on its own. */
  fits: boolean;
  /** Tokens per second with the change ÷ without, from the speed model; null where it has no figures. */
  speedRatio: number | null;
  /** What it costs in quality or convenience, in a sentence. */
  quality: string;
  /** Change of the whole job's price in US dollars; null without speed figures or a price. */
  costDeltaUsd: number | null;
}

export interface FitAdvice {
  modelName: string;
  /** 'no-fit': no method fits; 'cut': it fits only by shortening the sequences or the batch asked for. */
  situation: 'no-fit' | 'cut';
  /** The run as asked: its bytes per GPU and the budget the headroom leaves. */
  neededBytes: number;
  budgetBytes: number;
  /** Changes that save memory, the largest saving first. */
  levers: FitLever[];
  /** Bytes with every change to the settings together (not the model, not the GPU count). */
  combinedBytes: number;
  /** No change alone makes it fit, and all the settings together do not either. */
  nothingFits: boolean;
}

export interface FitAdviceInput {
  modelName: string;
  spec: ModelSpec;
  /** The run as asked: method, length and batch. */
  wanted: PlanOptions;
  situation: FitAdvice['situation'];
  device: Device;
  budgetBytes: number;
  job: JobAnswers;
  /** US dollars per GPU-hour, or null. */
  price: number | null;
  /** The next smaller model of the same family that serves the purpose, if any. */
  smaller: { name: string; spec: ModelSpec } | null;
}

interface Change {
  id: string;
  label: string;
  options: Partial<PlanOptions>;
  quality: string;
  spec?: ModelSpec;
  modelName?: string;
}

const QUALITY = {
  qlora:
    'close to 16-bit LoRA in the QLoRA paper’s comparisons; every pass dequantises the 4-bit base',
  lora: 'trains adapters only: less capacity than full fine-tuning for a large shift of domain',
  rank: 'a smaller adapter learns less; ranks 8–16 are usual for behaviour and format',
  targets: 'attention-only adapters learn less than adapters on every projection',
  seqLen: 'longer examples must be cut or split: less learned from long documents',
  batch: 'none: gradient accumulation keeps the batch you asked for, in more passes',
  checkpointing: 'none: the same math, each block recomputed in backward',
  offload: 'none; needs CPU memory and a fast host link for the copies',
  lossKernel: 'none: the same loss, without the whole logits in memory',
  optimizer: 'matches 32-bit AdamW in published tests; needs bitsandbytes',
  moreGpus: 'none; needs the GPUs and a fast link between them',
  cpuOffload: 'none; needs much CPU memory, and the step waits for the host',
  smaller: 'a smaller model knows less: check its published figures against your baseline',
} as const;

/** The best choice of a scale-step lever (from `leversOf`), as a change. */
function leverChanges(spec: ModelSpec, wanted: PlanOptions, device: Device): Change[] {
  const plan: TrainingPlan = {
    method: wanted.method,
    options: wanted,
    estimate: estimateTrainingMemory(spec, wanted),
    maxSeqLen: wanted.seqLen,
    adjustments: [],
  };
  const changes: Change[] = [];
  for (const lever of leversOf(spec, plan, device)) {
    const best = (values: readonly string[]) =>
      lever.choices
        .filter((c) => !c.current && values.includes(c.value) && c.savedBytes > 0)
        .sort((a, b) => b.savedBytes - a.savedBytes)[0];
    if (lever.id === 'gradientCheckpointing') {
      for (const value of ['on', 'offload'] as const) {
        const choice = best([value]);
        if (!choice) continue;
        changes.push({
          id: value === 'on' ? 'checkpointing' : 'offloaded-checkpointing',
          label:
            value === 'on'
              ? 'Gradient checkpointing'
              : 'Gradient checkpointing with the block inputs offloaded to the CPU',
          options: { gradientCheckpointing: true, activationOffload: value === 'offload' },
          quality: value === 'on' ? QUALITY.checkpointing : QUALITY.offload,
        });
      }
    } else if (lever.id === 'lossKernel') {
      const choice = best(['liger', 'cce', 'chunked']);
      if (choice) {
        changes.push({
          id: 'loss-kernel',
          label: `A fused loss: ${choice.label}`,
          options: { lossKernel: choice.value as PlanOptions['lossKernel'] },
          quality: QUALITY.lossKernel,
        });
      }
    } else if (lever.id === 'optimizer') {
      const choice = best(['adamw-8bit', 'paged-adamw-8bit']);
      if (choice) {
        changes.push({
          id: 'optimizer',
          label: `${choice.label} optimizer`,
          options: { optimizer: choice.value as PlanOptions['optimizer'] },
          quality: QUALITY.optimizer,
        });
      }
    } else if (lever.id === 'launcher') {
      const choice = best(['fsdp2', 'zero3']);
      if (choice) {
        changes.push({
          id: 'shard',
          label: `Shard over your ${wanted.gpus} GPUs with ${choice.label}`,
          options: { launcher: choice.value as PlanOptions['launcher'] },
          quality: QUALITY.moreGpus,
        });
      }
    } else if (lever.id === 'cpuOffload') {
      const choice = best(['optimizer', 'optimizer+params']);
      if (choice) {
        changes.push({
          id: 'cpu-offload',
          label: `CPU offload: ${choice.label.toLowerCase()}`,
          options: { cpuOffload: choice.value as PlanOptions['cpuOffload'] },
          quality: QUALITY.cpuOffload,
        });
      }
    }
  }
  return changes;
}

/** Changes of method, adapter, length, batch, GPUs and model that the scale step's levers lack. */
function planChanges(input: FitAdviceInput): Change[] {
  const w = input.wanted;
  const changes: Change[] = [];
  const bnb = input.device.capabilities.bitsandbytes4bit;
  if (w.method === 'full') {
    changes.push({
      id: 'lora',
      label: 'LoRA instead of full fine-tuning',
      options: { method: 'lora', kbitUpcast: false },
      quality: QUALITY.lora,
    });
  }
  if (w.method !== 'qlora' && bnb) {
    changes.push({
      id: 'qlora',
      label: 'QLoRA: the frozen base in 4-bit',
      options: { method: 'qlora', kbitUpcast: w.launcher !== 'fsdp2' && w.launcher !== 'zero3' },
      quality: QUALITY.qlora,
    });
  }
  if (w.method !== 'full' && w.loraRank > 8) {
    changes.push({
      id: 'rank',
      label: `LoRA rank 8 instead of ${w.loraRank}`,
      options: { loraRank: 8 },
      quality: QUALITY.rank,
    });
  }
  if (w.method !== 'full' && (w.loraTargets?.length ?? 7) > 2) {
    changes.push({
      id: 'targets',
      label: 'Adapters on the query and value projections only',
      options: { loraTargets: ['q', 'v'] },
      quality: QUALITY.targets,
    });
  }
  if (w.seqLen >= 512) {
    const half = Math.floor(w.seqLen / 2);
    changes.push({
      id: 'seq-len',
      label: `Sequences of ${half.toLocaleString('en-US')} tokens instead of ${w.seqLen.toLocaleString('en-US')}`,
      options: { seqLen: half },
      quality: QUALITY.seqLen,
    });
  }
  if (w.batchSize > 1 && w.textsPerExample === 1) {
    changes.push({
      id: 'batch',
      label: `Batch 1 per step with ${w.batchSize} steps of gradient accumulation`,
      options: { batchSize: 1 },
      quality: QUALITY.batch,
    });
  }
  if (input.device.kind === 'gpu' && (w.gpus === 1 || w.launcher === 'ddp')) {
    const gpus = Math.max(2, w.gpus * 2);
    changes.push({
      id: 'more-gpus',
      label: `${gpus} GPUs with FSDP2 sharding`,
      options: { gpus, launcher: 'fsdp2', cpuOffload: 'none', kbitUpcast: false },
      quality: QUALITY.moreGpus,
    });
    if (w.gpus === 1) {
      changes.push({
        id: 'cpu-offload',
        label: 'CPU offload of weights and optimizer states (DeepSpeed ZeRO-3 on 2 GPUs)',
        options: { gpus: 2, launcher: 'zero3', cpuOffload: 'optimizer+params', kbitUpcast: false },
        quality: QUALITY.cpuOffload,
      });
    }
  }
  if (input.smaller) {
    changes.push({
      id: 'smaller-model',
      label: `A smaller sibling: ${input.smaller.name}`,
      options: {},
      spec: input.smaller.spec,
      modelName: input.smaller.name,
      quality: QUALITY.smaller,
    });
  }
  return changes;
}

/** Tokens per second of a run on the device, or null where the speed model has no figures. */
function speedOf(spec: ModelSpec, options: PlanOptions, device: Device): number | null {
  return hasSpeedFigures(device.id)
    ? estimateTrainingSpeed(spec, options, device.id).tokensPerSecond
    : null;
}

/**
 * What would make a run fit: each change with the memory it saves (the run's estimate minus the
 * estimate with the change, from the same memory model), its speed from the speed model, its
 * price for the whole job, and its cost in quality; the largest saving first. Says when nothing
 * does, even all the settings changed together.
 */
export function whatToChange(input: FitAdviceInput): FitAdvice {
  const { spec, wanted, device, budgetBytes } = input;
  const needed = estimateTrainingMemory(spec, wanted).reservedBytes;
  const baseSpeed = speedOf(spec, wanted, device);
  const tokens = trainedTokens(input.job);
  const gpuHours = (tps: number, gpus: number) => (tokens / tps / 3600) * gpus;
  const changes = [...planChanges(input), ...leverChanges(spec, wanted, device)];
  const levers: FitLever[] = [];
  for (const change of changes) {
    const options = { ...wanted, ...change.options };
    const changedSpec = change.spec ?? spec;
    const bytes = estimateTrainingMemory(changedSpec, options).reservedBytes;
    if (bytes >= needed) continue;
    const speed = baseSpeed === null ? null : speedOf(changedSpec, options, device);
    levers.push({
      id: change.id,
      label: change.label,
      change: change.options,
      modelName: change.modelName ?? null,
      neededBytes: bytes,
      savedBytes: needed - bytes,
      fits: bytes <= budgetBytes,
      speedRatio: speed !== null && baseSpeed !== null ? speed / baseSpeed : null,
      quality: change.quality,
      costDeltaUsd:
        speed !== null && baseSpeed !== null && input.price !== null
          ? (gpuHours(speed, options.gpus) - gpuHours(baseSpeed, wanted.gpus)) * input.price
          : null,
    });
  }
  levers.sort((a, b) => b.savedBytes - a.savedBytes || a.id.localeCompare(b.id));
  const together = changes
    .filter((c) => !c.spec && c.options.gpus === undefined && c.options.launcher === undefined)
    .reduce<PlanOptions>((options, c) => ({ ...options, ...c.options }), wanted);
  const combinedBytes = estimateTrainingMemory(spec, together).reservedBytes;
  return {
    modelName: input.modelName,
    situation: input.situation,
    neededBytes: needed,
    budgetBytes,
    levers,
    combinedBytes,
    nothingFits: !levers.some((l) => l.fits) && combinedBytes > budgetBytes,
  };
}
