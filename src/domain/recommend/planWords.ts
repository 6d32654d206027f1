import type { CpuOffload, Launcher, LossKernel, OptimizerName } from '../memory';
import { CURRENT_STACK } from '../stack/profile';
import type { TrainingPlan } from './fit';
import type { Device } from './hardware';

export const LOSS_KERNEL_NAMES: Record<LossKernel, string> = {
  plain: 'plain cross-entropy over the full logits',
  'chunked-output': 'chunked cross-entropy over whole bf16 logits',
  chunked: 'TRL’s chunked loss (chunked_nll, 256 tokens at a time)',
  liger: 'Liger fused linear cross-entropy',
  cce: 'Cut Cross-Entropy',
};

export const OPTIMIZER_NAMES: Record<OptimizerName, string> = {
  adamw: 'fused AdamW',
  'adamw-foreach': 'AdamW (foreach)',
  'adamw-8bit': '8-bit AdamW (bitsandbytes)',
  'paged-adamw-8bit': 'paged 8-bit AdamW (bitsandbytes)',
  sgd: 'SGD',
};

export const LAUNCHER_NAMES: Record<Launcher, string> = {
  single: 'one process on one GPU',
  ddp: 'DDP (a full copy per GPU)',
  fsdp2: 'FSDP2 (weights, gradients and states sharded)',
  zero2: 'DeepSpeed ZeRO-2 (gradients and states sharded)',
  zero3: 'DeepSpeed ZeRO-3 (everything sharded)',
};

const OFFLOAD_NAMES: Record<CpuOffload, string> = {
  none: '',
  optimizer: ', optimizer states in CPU memory',
  'optimizer+params': ', weights and optimizer states in CPU memory',
};

/** One line of what the estimate assumes about the run. */
export interface Assumption {
  label: string;
  value: string;
}

/**
 * What the plan's estimate assumes, in words: the settings that move memory most, named as the
 * breakdown shows them so the reader can check them against the exported script.
 */
export function planAssumptions(plan: TrainingPlan, device: Device): Assumption[] {
  const o = plan.options;
  const half = device.capabilities.bf16 ? 'bf16' : 'fp16';
  const precision =
    o.precision === 'fp32'
      ? 'fp32 throughout'
      : o.precision === 'bf16'
        ? `pure ${half}`
        : plan.method === 'full'
          ? `${half} autocast over fp32 master weights and optimizer states`
          : `frozen base in ${plan.method === 'qlora' ? 'NF4' : half}, adapters in fp32, ${half} autocast`;
  const lines: Assumption[] = [
    { label: 'Precision', value: precision },
    { label: 'Optimizer', value: OPTIMIZER_NAMES[o.optimizer] },
    {
      label: 'Checkpointing',
      value: !o.gradientCheckpointing
        ? 'off'
        : o.activationOffload
          ? 'on, block inputs offloaded to the CPU'
          : 'on',
    },
    {
      label: 'Launcher',
      value: LAUNCHER_NAMES[o.gpus > 1 ? o.launcher : 'single'] + OFFLOAD_NAMES[o.cpuOffload],
    },
  ];
  if (o.textsPerExample === 1) {
    lines.splice(1, 0, { label: 'Loss', value: LOSS_KERNEL_NAMES[o.lossKernel] });
  } else {
    lines.splice(1, 0, {
      label: 'Contrastive batch',
      value:
        `${o.batchSize} examples × ${o.textsPerExample} texts` +
        (o.gradCacheMiniBatch > 0 ? `, GradCache mini-batches of ${o.gradCacheMiniBatch}` : ''),
    });
  }
  if (o.kbitUpcast) {
    lines.push({
      label: 'QLoRA preparation',
      value: 'prepare_model_for_kbit_training: unquantised weights and block inputs in fp32',
    });
  }
  lines.push({ label: 'Stack', value: CURRENT_STACK.label });
  return lines;
}
