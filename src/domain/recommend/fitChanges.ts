import { estimateTrainingMemory, type ModelSpec } from '../memory';
import type { TrainingPlan } from './fit';
import type { Device } from './hardware';
import { leversOf } from './levers';
import type { PlanOptions } from './planOptions';
import type { FitAdviceInput } from './whatToChange';

/** One change to the run as asked: the options it sets, or another model. */
export interface Change {
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

/** Every change worth trying for a run: method, adapter, length, batch, GPUs, model, then the levers. */
export function changesFor(input: FitAdviceInput): Change[] {
  return [...planChanges(input), ...leverChanges(input.spec, input.wanted, input.device)];
}
