import type { Purpose } from '../catalog/schema';
import type { LoraTarget, OptimizerName, TrainingMethod } from '../memory';
import { isEncoderPurpose, type Recommendation } from '../recommend';
import { ALL_LINEAR, loraModuleNames, modelTypeOf } from './loraModules';

/**
 * Starting learning rates: 2e-4 for LoRA and QLoRA (the QLoRA paper's value for 7B–13B models,
 * Axolotl's LoRA examples) and 2e-5 for full fine-tuning (TRL's SFTConfig default, the usual
 * value for BERT-style encoders).
 */
export const LEARNING_RATE: Record<TrainingMethod, number> = {
  full: 2e-5,
  lora: 2e-4,
  qlora: 2e-4,
};

/** A starting point; watch the held-out metric and stop earlier if it stops improving. */
export const NUM_EPOCHS = 3;

/** Everything a training config needs, read once from the recommendation's top plan. */
export interface TrainingSetup {
  modelId: string;
  purpose: Purpose;
  encoder: boolean;
  method: TrainingMethod;
  seqLen: number;
  /** Sequences per GPU per micro-step (the plan's batch). */
  batchSize: number;
  /** Micro-steps per optimizer step, so the effective batch reaches the one the user asked for. */
  gradientAccumulation: number;
  gradientCheckpointing: boolean;
  loraRank: number;
  loraAlpha: number;
  loraDropout: number;
  loraTargets: LoraTarget[];
  /** Module names for PEFT/Axolotl, or "all-linear". */
  loraModules: string[] | typeof ALL_LINEAR;
  /** Autocast precision: bf16 where the GPU has it, fp16 otherwise (T4, V100), none for fp32. */
  mixedPrecision: 'bf16' | 'fp16' | 'none';
  flashAttention2: boolean;
  appleSilicon: boolean;
  learningRate: number;
  epochs: number;
  /** transformers' `optim` name for the plan's optimizer. */
  optimizer: string;
  labelCount: number;
  gpuCount: number;
  sharded: boolean;
  deviceName: string;
  outputDir: string;
}

/** transformers' `optim` name of each plan optimizer. */
const OPTIMIZERS: Record<OptimizerName, string> = {
  adamw: 'adamw_torch_fused',
  'adamw-foreach': 'adamw_torch',
  'adamw-8bit': 'adamw_bnb_8bit',
  'paged-adamw-8bit': 'paged_adamw_8bit',
  sgd: 'sgd',
};

/** A directory name from a model id: "Qwen/Qwen2.5-7B" → "qwen2.5-7b". */
function slug(modelId: string): string {
  const name = modelId.split('/').at(-1) ?? modelId;
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '-')
      .replace(/^[.-]+|-+$/g, '') || 'model'
  );
}

/**
 * The training setup of the recommendation's top model, or null when nothing fits. Gradient
 * accumulation is the requested batch divided by the plan's batch, which divides it (`stepBatch`),
 * so the effective batch is exactly the requested one. LoRA dropout defaults to 0, as the memory
 * estimate assumes (dropout > 0 keeps an extra copy of each adapted input).
 */
export function trainingSetup(rec: Recommendation): TrainingSetup | null {
  const top = rec.top;
  const plan = top?.training.plan;
  if (!top || !plan) return null;
  const { options } = plan;
  const requestedBatch = rec.answers.scale.batchSize;
  const device = rec.hardware.training;
  const targets = options.loraTargets ?? rec.answers.scale.loraTargets;
  const rank = options.loraRank ?? rec.answers.scale.loraRank;
  const encoder = isEncoderPurpose(rec.answers.task.purpose);
  return {
    modelId: top.id,
    purpose: rec.answers.task.purpose,
    encoder,
    method: plan.method,
    seqLen: options.seqLen,
    batchSize: options.batchSize,
    gradientAccumulation: Math.max(1, Math.ceil(requestedBatch / options.batchSize)),
    gradientCheckpointing: options.gradientCheckpointing ?? false,
    loraRank: rank,
    loraAlpha: 2 * rank,
    loraDropout: options.loraDropout ?? 0,
    loraTargets: [...targets],
    loraModules: encoder ? ALL_LINEAR : loraModuleNames(modelTypeOf(top.id), targets),
    mixedPrecision:
      options.precision === 'fp32' ? 'none' : device.capabilities.bf16 ? 'bf16' : 'fp16',
    flashAttention2: device.capabilities.flashAttention2,
    appleSilicon: device.kind === 'apple',
    learningRate: LEARNING_RATE[plan.method],
    epochs: NUM_EPOCHS,
    optimizer: OPTIMIZERS[options.optimizer ?? 'adamw'],
    labelCount: rec.answers.task.labelCount,
    gpuCount: rec.hardware.gpuCount,
    sharded: rec.hardware.sharded,
    deviceName: device.name,
    outputDir: `outputs/${slug(top.id)}-${plan.method}`,
  };
}

/** Text safe inside a one-line `#` comment in Python or YAML: no line breaks, no control characters. */
export function commentText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
      .trim()
  );
}

/**
 * A double-quoted string literal valid in Python and YAML: JSON's escapes (\" \\ \n \uXXXX) are
 * a subset of both languages' double-quoted string escapes.
 */
export function quoted(text: string): string {
  return JSON.stringify(text);
}

/** A number in plain decimal notation: PyYAML (YAML 1.1) reads "2e-4" as a string, "0.0002" as a float. */
export function decimal(value: number): string {
  if (Number.isInteger(value)) return value.toFixed(1);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const digits = Math.max(0, -Math.floor(Math.log10(Math.abs(value))) + 6);
  return value.toFixed(Math.min(20, digits)).replace(/0+$/, '');
}

const METHOD_NAMES: Record<TrainingMethod, string> = {
  full: 'Full fine-tuning',
  lora: 'LoRA fine-tuning',
  qlora: 'QLoRA (4-bit NF4) fine-tuning',
};

/** The comment lines that open every snippet: what it trains, on what, with which settings. */
export function headerLines(setup: TrainingSetup): string[] {
  const gpus = setup.gpuCount > 1 ? `${setup.gpuCount} × ${setup.deviceName}` : setup.deviceName;
  const lines = [
    `Tunewise: ${METHOD_NAMES[setup.method]} of ${setup.modelId} on ${gpus}.`,
    `Batch ${setup.batchSize} × ${setup.seqLen} tokens per GPU, ${setup.gradientAccumulation} accumulation step(s); settings from the memory estimate.`,
  ];
  if (setup.sharded) {
    lines.push(
      `Shard across the ${setup.gpuCount} GPUs with FSDP or DeepSpeed ZeRO-3 (e.g. accelerate launch with an FSDP config).`,
    );
  }
  return lines.map((line) => `# ${commentText(line)}`);
}
