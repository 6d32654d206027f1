import type { Purpose } from '../catalog/schema';
import type { TrainingMethod } from '../memory';
import { isEncoderPurpose, type Recommendation } from '../recommend';
import type { Fp16Overflow } from '../recommend/fp16Fit';
import { ALL_LINEAR, loraModuleNames, modelTypeOf } from './loraModules';
import {
  fimTokens,
  fp16OverflowOfId,
  needsRemoteCode,
  ropeExtension,
  type FimTokens,
  type RopeExtension,
} from './modelFacts';
import { resolvePlanOptions, type PlanOptions } from './planOptions';

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

/** How the loss reads the data: which tokens the model is trained to predict. */
export type Objective = 'assistant-only' | 'completion-only' | 'all-tokens' | 'encoder';

/** Everything a training config needs, read once from the recommendation's top plan. */
export interface TrainingSetup {
  modelId: string;
  /** `config.model_type` of the catalog entry, or null for a pasted or unknown model. */
  modelType: string | null;
  purpose: Purpose;
  encoder: boolean;
  /** Text generation in the code domain: fill-in-the-middle data where the model supports it. */
  codeCompletion: boolean;
  method: TrainingMethod;
  /** The plan, every default filled: what the memory estimate assumed. */
  plan: PlanOptions;
  /** Sequences per GPU per micro-step: the plan's batch. */
  batchSize: number;
  /**
   * Micro-steps per optimizer step, so the effective batch reaches the one the user asked for; 1
   * for contrastive losses.
   */
  gradientAccumulation: number;
  loraAlpha: number;
  /** Module names for PEFT/Axolotl, or "all-linear". */
  loraModules: string[] | typeof ALL_LINEAR;
  /** The half-precision dtype of the training device: bf16, or fp16 where it has none (T4, V100). */
  halfDtype: 'bf16' | 'fp16';
  /** The device has FlashAttention-2 kernels. */
  flashAttention2: boolean;
  appleSilicon: boolean;
  learningRate: number;
  epochs: number;
  labelCount: number;
  deviceName: string;
  outputDir: string;
  objective: Objective;
  rope: RopeExtension | null;
  fim: FimTokens | null;
  /** Qwen on a GPU without bf16: the header warns that fp16 overflows. */
  /** A family reported to overflow fp16, when the run trains in fp16 (no bf16 on the GPU). */
  fp16Overflow: Fp16Overflow | null;
  trustRemoteCode: boolean;
}

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

/** Contrastive losses take their negatives from the batch: accumulation adds none. */
const CONTRASTIVE: ReadonlySet<Purpose> = new Set(['similarity', 'reranking']);

function objectiveOf(purpose: Purpose, encoder: boolean, fim: boolean): Objective {
  if (encoder) return 'encoder';
  if (purpose === 'chat') return 'assistant-only';
  return fim ? 'completion-only' : 'all-tokens';
}

/**
 * The training setup of the recommendation's top model, or null when nothing fits. Every
 * memory-relevant setting comes from the plan (`resolvePlanOptions`); only what the plan does not
 * hold is derived here: gradient accumulation is the requested batch divided by the plan's batch
 * (`stepBatch` makes it divide), except for contrastive losses, whose in-batch negatives
 * accumulation cannot add; LoRA alpha is 2 × rank.
 */
export function trainingSetup(rec: Recommendation): TrainingSetup | null {
  const top = rec.top;
  const training = top?.training.plan;
  if (!top || !training) return null;
  const plan = resolvePlanOptions(training.options);
  const requestedBatch = rec.answers.scale.batchSize;
  const device = rec.hardware.training;
  const purpose = rec.answers.task.purpose;
  const encoder = isEncoderPurpose(purpose);
  const modelType = modelTypeOf(top.id);
  const codeCompletion = purpose === 'text-generation' && rec.answers.task.domain === 'code';
  const fim = codeCompletion ? fimTokens(top.id) : null;
  const halfDtype = device.capabilities.bf16 ? 'bf16' : 'fp16';
  return {
    // A pasted model has no hub id: its name stands in, and the script's --model replaces it.
    modelId: top.custom ? top.name : top.id,
    modelType,
    purpose,
    encoder,
    codeCompletion,
    method: plan.method,
    plan,
    batchSize: plan.batchSize,
    gradientAccumulation: CONTRASTIVE.has(purpose)
      ? 1
      : Math.max(1, Math.ceil(requestedBatch / plan.batchSize)),
    loraAlpha: 2 * plan.loraRank,
    loraModules: encoder ? ALL_LINEAR : loraModuleNames(modelType, plan.loraTargets),
    halfDtype,
    flashAttention2: device.capabilities.flashAttention2,
    appleSilicon: device.kind === 'apple',
    learningRate: LEARNING_RATE[plan.method],
    epochs: NUM_EPOCHS,
    labelCount: rec.answers.task.labelCount,
    deviceName: device.name,
    outputDir: `outputs/${slug(top.id)}-${plan.method}`,
    objective: objectiveOf(purpose, encoder, fim !== null),
    rope: encoder ? null : ropeExtension(top.id, top.ropeScaling),
    fim,
    fp16Overflow:
      halfDtype === 'fp16' && plan.precision !== 'fp32' ? fp16OverflowOfId(top.id) : null,
    trustRemoteCode: needsRemoteCode(top.id),
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
