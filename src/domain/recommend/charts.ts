import {
  estimateTrainingMemory,
  type ModelSpec,
  type TrainingMethod,
  type TrainingOptions,
} from '../memory';
import { engineDeviceOf, servingRequestOf } from '../serving/plan';
import { planBytesAt } from '../serving/planBytes';
import type { Answers } from './answers';
import type { Candidate } from './candidates';
import { gib } from './fit';
import type { HardwarePlan } from './hardware';
import { planOptions } from './planOptions';
import { askOf } from './servingFit';
import { ENGINE_NAMES } from './servingWords';

export interface MethodBar {
  modelId: string;
  label: string;
  /** GiB per GPU for each method at the candidate's settings; null where the method is unavailable. */
  full: number | null;
  lora: number | null;
  qlora: number | null;
  chosen: TrainingMethod | null;
}

export interface MemoryByMethodChart {
  bars: MethodBar[];
  capacityGib: number;
  /** The settings the bars share, in words. */
  settings: string;
}

export interface ContextPoint {
  tokens: number;
  trainingGib: number;
  servingGib: number;
}

export interface MemoryByContextChart {
  modelName: string;
  points: ContextPoint[];
  trainingCapacityGib: number;
  servingCapacityGib: number;
  /** Longest training sequence (batch 1) and serving context that fit: the marked points. */
  maxTrainingTokens: number;
  maxServingTokens: number;
  /** The context window the user needs. */
  neededTokens: number;
  trainingLabel: string;
  servingLabel: string;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The training options of a candidate's plan, or the request at batch 1 when nothing fits. */
function settingsOf(
  candidate: Candidate,
  answers: Answers,
  hardware: HardwarePlan,
): TrainingOptions {
  if (candidate.training.plan) return candidate.training.plan.options;
  return planOptions({
    method: 'qlora',
    scale: answers.scale,
    hardware,
    purpose: answers.task.purpose,
    seqLen: Math.min(answers.scale.trainingSeqLen, candidate.contextTokens),
    checkpointing: answers.scale.gradientCheckpointing !== 'off',
  });
}

/** Memory by method for each model, at that model's own settings, against the GPU. */
export function memoryByMethod(
  models: { candidate: Candidate; spec: ModelSpec }[],
  answers: Answers,
  hardware: HardwarePlan,
): MemoryByMethodChart {
  const qloraAvailable = hardware.training.capabilities.bitsandbytes4bit;
  const bars = models.map(({ candidate, spec }) => {
    const settings = settingsOf(candidate, answers, hardware);
    const at = (method: TrainingMethod) =>
      round(gib(estimateTrainingMemory(spec, { ...settings, method }).reservedBytes));
    return {
      modelId: candidate.id,
      label: candidate.name,
      full: at('full'),
      lora: at('lora'),
      qlora: qloraAvailable ? at('qlora') : null,
      chosen: candidate.training.plan?.method ?? null,
    };
  });
  return {
    bars,
    // Unrounded: the label formats it once, as the text does (79.65 must not print as 79.7 here
    // and 79.6 there).
    capacityGib: gib(hardware.training.usableBytes),
    settings: `Each model at its own fitted batch and sequence length; LoRA rank ${answers.scale.loraRank} on ${answers.scale.loraTargets.length} projections.`,
  };
}

/** Context lengths on a log scale from 256 tokens to `max`, plus the ones that matter. */
export function contextSweep(max: number, extra: number[], points = 32): number[] {
  const low = 256;
  const values = Array.from({ length: points }, (_, i) =>
    Math.round(low * (max / low) ** (i / (points - 1))),
  );
  return [...new Set([...values, ...extra.filter((n) => n >= low && n <= max)])].sort(
    (a, b) => a - b,
  );
}

/**
 * Training (batch 1) and serving memory against context length, with the limits marked. The
 * serving line is the candidate's serving plan (its default engine at the chosen precision) at
 * each length, against that engine's capacity, so it crosses the capacity where the shortlist's
 * longest serving context ends.
 */
export function memoryByContext(
  candidate: Candidate,
  spec: ModelSpec,
  answers: Answers,
  hardware: HardwarePlan,
): MemoryByContextChart {
  const training = { ...settingsOf(candidate, answers, hardware), batchSize: 1 };
  const serving = candidate.serving;
  const servingRequest = servingRequestOf(spec, askOf(serving));
  const servingDevice = engineDeviceOf(
    serving.engine,
    hardware.serving,
    answers.scale.headroomPercent,
  );
  const needed = answers.scale.contextWindow;
  const max = Math.min(
    1_048_576,
    Math.max(
      131_072,
      2 * needed,
      2 * answers.scale.trainingSeqLen,
      candidate.training.plan?.maxSeqLen ?? 0,
    ),
  );
  const maxTraining = candidate.training.plan?.maxSeqLen ?? 0;
  const points = contextSweep(max, [needed, answers.scale.trainingSeqLen]).map((tokens) => ({
    tokens,
    trainingGib: round(
      gib(estimateTrainingMemory(spec, { ...training, seqLen: tokens }).reservedBytes),
    ),
    servingGib: round(gib(planBytesAt(serving.plan, servingRequest, servingDevice, tokens))),
  }));
  const methodName = { full: 'full fine-tuning', lora: 'LoRA', qlora: 'QLoRA' }[training.method];
  return {
    modelName: candidate.name,
    points,
    trainingCapacityGib: gib(hardware.training.usableBytes),
    servingCapacityGib: gib(serving.plan.capacityBytes),
    maxTrainingTokens: maxTraining,
    maxServingTokens: candidate.serving.maxContext,
    neededTokens: needed,
    trainingLabel: `Training, ${methodName}, batch 1`,
    servingLabel: `Serving with ${ENGINE_NAMES[serving.engine]}, ${serving.options.weightBits}-bit weights, ${serving.options.batchSize} concurrent`,
  };
}
