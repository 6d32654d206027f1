import { catalogModels, specOfModel } from '../catalog/models';
import { compareAcrossGpus, type CostComparison } from '../cost';
import { memoryEvidence, speedEvidence, type FigureEvidence } from '../evidence';
import type { ModelSpec } from '../memory';
import type { Answers } from './answers';
import type { Candidate } from './candidates';
import { budgetOf } from './fit';
import type { HardwarePlan } from './hardware';
import { planOptions, type PlanOptions } from './planOptions';
import { whatToChange, type FitAdvice } from './whatToChange';

/** The measured runs behind the top plan's figures. */
export interface PlanEvidence {
  memory: FigureEvidence | null;
  speed: FigureEvidence | null;
  /** Speed evidence of each GPU of the cost comparison, by GPU id. */
  speedByGpu: Record<string, FigureEvidence | null>;
}

export interface CostAndFit {
  cost: CostComparison | null;
  fitAdvice: FitAdvice | null;
  evidence: PlanEvidence | null;
}

/** The next smaller catalog model of the same family that serves the purpose, if any. */
function smallerSibling(candidate: Candidate, answers: Answers) {
  const model = catalogModels.find((m) => m.id === candidate.id);
  if (!model) return null;
  const smaller = catalogModels
    .filter(
      (m) =>
        m.family === model.family &&
        m.variant === model.variant &&
        m.purposes.includes(answers.task.purpose) &&
        m.parameters.total < model.parameters.total,
    )
    .sort((a, b) => b.parameters.total - a.parameters.total)[0];
  return smaller ? { name: smaller.name, spec: specOfModel(smaller) } : null;
}

/** The run as asked for a candidate whose plan cut the request, or that has no plan at all. */
function wantedRun(
  candidate: Candidate,
  answers: Answers,
  hardware: HardwarePlan,
): { wanted: PlanOptions; situation: FitAdvice['situation'] } | null {
  const scale = answers.scale;
  const seqLen = Math.min(scale.trainingSeqLen, candidate.contextTokens);
  const plan = candidate.training.plan;
  if (plan) {
    const o = plan.options;
    const cutBatch = o.batchSize < scale.batchSize && o.gradCacheMiniBatch === 0;
    if (o.seqLen >= seqLen && !cutBatch) return null;
    return {
      wanted: { ...o, seqLen, batchSize: scale.batchSize, gradCacheMiniBatch: 0 },
      situation: 'cut',
    };
  }
  const tried = candidate.training.attempts.filter((a) => a.neededBytes !== null);
  const method = tried.reduce<(typeof tried)[number] | undefined>(
    (best, a) => (!best || (a.neededBytes ?? 0) < (best.neededBytes ?? 0) ? a : best),
    undefined,
  )?.method;
  if (!method) return null;
  return {
    wanted: planOptions({
      method,
      scale,
      hardware,
      purpose: answers.task.purpose,
      seqLen,
      checkpointing: scale.gradientCheckpointing !== 'off',
    }),
    situation: 'no-fit',
  };
}

/**
 * Time and cost of the top plan across GPUs, what would make the model fit when it does not (the
 * top plan if it cut the request, else the first near miss that does not fit), and the measured
 * runs behind the top plan's memory and speed figures.
 */
export function costAndFit(input: {
  answers: Answers;
  hardware: HardwarePlan;
  top: Candidate | null;
  nearMisses: Candidate[];
  specOf: (candidate: Candidate) => ModelSpec;
}): CostAndFit {
  const { answers, hardware, top } = input;
  const plan = top?.training.plan ?? null;
  const cost =
    top && plan
      ? compareAcrossGpus({
          spec: input.specOf(top),
          answers,
          purpose: answers.task.purpose,
          modelContext: top.contextTokens,
          plan,
          hardware,
        })
      : null;
  const subject = plan ? top : (input.nearMisses.find((c) => !c.training.plan) ?? null);
  const run = subject ? wantedRun(subject, answers, hardware) : null;
  const fitAdvice =
    subject && run
      ? whatToChange({
          modelName: subject.name,
          spec: input.specOf(subject),
          wanted: run.wanted,
          situation: run.situation,
          device: hardware.training,
          budgetBytes: budgetOf(hardware.training, answers.scale.headroomPercent),
          job: answers.scale,
          price:
            cost?.rows.find((r) => r.yours)?.price?.usdPerGpuHour ?? answers.scale.gpuHourPrice,
          smaller: smallerSibling(subject, answers),
        })
      : null;
  let evidence: PlanEvidence | null = null;
  if (top && plan) {
    const query = {
      method: plan.method,
      parameters: top.parameters,
      seqLen: plan.options.seqLen,
      gpus: plan.options.gpus,
    };
    const speedByGpu: PlanEvidence['speedByGpu'] = {};
    for (const row of cost?.rows ?? []) {
      speedByGpu[row.gpuId] = speedEvidence({ ...query, method: row.method, gpuId: row.gpuId });
    }
    evidence = {
      memory: memoryEvidence(query),
      speed: speedEvidence({ ...query, gpuId: hardware.training.id }),
      speedByGpu,
    };
  }
  return { cost, fitAdvice, evidence };
}
