import type { Purpose } from '../catalog/schema';
import type { ModelSpec } from '../memory';
import type { Answers } from '../recommend/answers';
import { fitTraining, type TrainingPlan } from '../recommend/fit';
import { planHardware, type HardwarePlan } from '../recommend/hardware';
import { listedPriceOf, priceFor, trainingCost, type TrainingCost } from './trainingCost';

/** GPUs every comparison shows beside the user's: the usual rental choices, fastest first. */
export const COMPARED_GPU_IDS = ['h100-80gb', 'a100-80gb', 'l40s', 'rtx-4090'] as const;

export interface GpuCostRow extends TrainingCost {
  /** The user's own training GPU (and its plan as the results show it). */
  yours: boolean;
  /** Tokens per sequence of this GPU's plan: equal for every row. */
  seqLen: number;
  /** Sequences per step on each GPU; accumulation makes up the rest of the batch. */
  batchSize: number;
  /** Bytes per GPU of this GPU's plan. */
  neededBytes: number;
}

export interface CostComparison {
  /** The user's GPU first, then the others fastest first. */
  rows: GpuCostRow[];
  /** GPUs left out, each with the reason in a sentence. */
  leftOut: { gpuName: string; reason: string }[];
}

export interface ComparisonInput {
  spec: ModelSpec;
  answers: Answers;
  purpose: Purpose;
  /** The model's context window, in tokens. */
  modelContext: number;
  /** The plan on the user's hardware. */
  plan: TrainingPlan;
  hardware: HardwarePlan;
}

function rowOf(
  input: ComparisonInput,
  plan: TrainingPlan,
  hardware: HardwarePlan,
  yours: boolean,
): GpuCostRow | null {
  const gpuId = hardware.training.id;
  const cost = trainingCost({
    spec: input.spec,
    options: plan.options,
    gpuId,
    gpuName: hardware.training.name,
    job: input.answers.scale,
    price: priceFor(
      gpuId,
      yours
        ? input.answers.scale.gpuHourPrice
        : listedPriceOf(input.answers.scale.gpuPrices, gpuId),
    ),
  });
  if (!cost) return null;
  return {
    ...cost,
    yours,
    seqLen: plan.options.seqLen,
    batchSize: plan.options.batchSize,
    neededBytes: plan.estimate.reservedBytes,
  };
}

/**
 * The same job (model, examples, tokens, epochs, sequence length, GPU count) on the user's GPU
 * and on the usual rental GPUs. Each GPU gets its own plan from `fitTraining`, the function that
 * plans the user's, with the same headroom; a GPU whose plan must shorten the sequences is not
 * running the same job and is left out with the reason, as is one that holds no plan at all.
 */
export function compareAcrossGpus(input: ComparisonInput): CostComparison {
  const rows: GpuCostRow[] = [];
  const leftOut: CostComparison['leftOut'] = [];
  const mine = rowOf(input, input.plan, input.hardware, true);
  if (mine) rows.push(mine);
  else {
    leftOut.push({
      gpuName: input.hardware.training.name,
      reason: 'the speed model has no throughput figures for it, so no time or cost',
    });
  }
  const others: GpuCostRow[] = [];
  for (const gpuId of COMPARED_GPU_IDS) {
    if (gpuId === input.hardware.training.id) continue;
    const hardware = planHardware({ ...input.answers.hardware, gpuId });
    const fit = fitTraining(
      input.spec,
      input.answers.scale,
      hardware,
      input.modelContext,
      input.purpose,
    );
    if (!fit.plan) {
      leftOut.push({ gpuName: hardware.training.name, reason: 'no method fits it' });
    } else if (fit.plan.options.seqLen < input.plan.options.seqLen) {
      leftOut.push({
        gpuName: hardware.training.name,
        reason: `it fits only ${fit.plan.options.seqLen.toLocaleString('en-US')}-token sequences, not ${input.plan.options.seqLen.toLocaleString('en-US')}`,
      });
    } else {
      const row = rowOf(input, fit.plan, hardware, false);
      if (row) others.push(row);
    }
  }
  others.sort((a, b) => a.hours - b.hours);
  return { rows: [...rows, ...others], leftOut };
}

export interface CostBar {
  gpuId: string;
  label: string;
  hours: number;
  /** Null without a price: the bar is left out of the cost series. */
  costUsd: number | null;
  yours: boolean;
}

/** The comparison as chart bars: one per GPU, hours and dollars. */
export function costBars(comparison: CostComparison): CostBar[] {
  return comparison.rows.map((row) => ({
    gpuId: row.gpuId,
    label: `${row.gpus > 1 ? `${row.gpus} × ` : ''}${row.gpuName.replace(/^NVIDIA (GeForce )?/, '')}${row.yours ? ' (yours)' : ''}`,
    hours: row.hours,
    costUsd: row.costUsd,
    yours: row.yours,
  }));
}
