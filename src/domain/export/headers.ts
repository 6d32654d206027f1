import type { TrainingMethod } from '../memory';
import { commentText, type TrainingSetup } from './trainingSetup';

const METHOD_NAMES: Record<TrainingMethod, string> = {
  full: 'Full fine-tuning',
  lora: 'LoRA fine-tuning',
  qlora: 'QLoRA (4-bit NF4) fine-tuning',
};

const LAUNCHER_NAMES = {
  single: 'one process',
  ddp: 'DDP (a full replica per GPU)',
  fsdp2: 'FSDP2 (weights, gradients and optimizer states sharded)',
  zero2: 'DeepSpeed ZeRO-2 (gradients and optimizer states sharded)',
  zero3: 'DeepSpeed ZeRO-3 (weights, gradients and optimizer states sharded)',
} as const;

/** Whether the plan runs several processes, started by `accelerate launch`. */
export const multiProcess = (setup: TrainingSetup) => setup.plan.launcher !== 'single';

/** The file names of the launch configs, as the export buttons save them. */
export const ACCELERATE_CONFIG_FILE = 'accelerate_config.yaml';
export const DEEPSPEED_CONFIG_FILE = 'ds_config.json';

/** The command that starts a Python export: plain Python, or accelerate with the plan's config. */
export function launchCommand(setup: TrainingSetup, script = 'train.py'): string {
  return multiProcess(setup)
    ? `accelerate launch --config_file ${ACCELERATE_CONFIG_FILE} ${script}`
    : `python ${script}`;
}

/**
 * The comment lines that open every export: what it trains, on what, with which settings, how to
 * start it, and the traps of the model on this device (fp16 Qwen, YaRN, unquantised experts).
 */
export function headerLines(setup: TrainingSetup): string[] {
  const { plan } = setup;
  const gpus = plan.gpus > 1 ? `${plan.gpus} × ${setup.deviceName}` : setup.deviceName;
  const lines = [
    `Tunewise: ${METHOD_NAMES[setup.method]} of ${setup.modelId} on ${gpus}.`,
    `Batch ${plan.batchSize} × ${plan.seqLen} tokens per GPU, ${setup.gradientAccumulation} accumulation step(s), launcher ${LAUNCHER_NAMES[plan.launcher]}; every setting below is the memory estimate's plan.`,
  ];
  if (setup.purpose === 'similarity' || setup.purpose === 'reranking') {
    lines.push(
      'Contrastive loss: negatives come from the batch, so the batch is not split into accumulation steps (accumulation adds no negatives).',
    );
  }
  if (setup.fp16Overflow) {
    lines.push(
      `${setup.deviceName} has no bf16, and ${setup.fp16Overflow.report} (${setup.fp16Overflow.source}). If the loss turns NaN, train in fp32 (precision "fp32" in Tunewise's scale step) or pick another family.`,
    );
  }
  if (setup.rope) {
    lines.push(
      `${plan.seqLen} tokens exceed the trained window of ${setup.rope.originalMaxPositions}: YaRN RoPE scaling (factor ${setup.rope.factor}) is set, as the model card documents for long inputs.`,
    );
  }
  if (plan.packing && !setup.encoder && !setup.flashAttention2) {
    lines.push(
      `Packing without FlashAttention: TRL warns that packed examples can attend to each other under SDPA on the ${setup.deviceName}.`,
    );
  }
  if (
    setup.method === 'qlora' &&
    plan.kbitUpcast &&
    (plan.launcher === 'fsdp2' || plan.launcher === 'zero3')
  ) {
    lines.push(
      'FSDP and ZeRO-3 flatten parameters of one dtype; prepare_model_for_kbit_training upcasts some to fp32 (Axolotl skips it when sharding). If sharding fails on mixed dtypes, plan without the k-bit upcast.',
    );
  }
  if (
    setup.method === 'qlora' &&
    !plan.quantizeExperts &&
    /moe|mixtral/i.test(setup.modelType ?? '')
  ) {
    lines.push(
      'Mixture of experts: under transformers 5 bitsandbytes leaves the fused expert weights in bf16; the estimate counts them unquantised.',
    );
  }
  return lines.map((line) => `# ${commentText(line)}`);
}
