import { specOfModel } from '../catalog/models';
import type { Benchmark, CatalogModel } from '../catalog/schema';
import type { ModelSpec } from '../memory';
import { CUSTOM_MODEL_ID, type Answers, type SizeBandId } from './answers';
import { budgetOf, fitTraining, gib, type TrainingFit } from './fit';
import { fitServing, servedAdapter, servedWindow, type ServingPlan } from './servingFit';
import { servingSentence } from './servingWords';
import type { HardwarePlan } from './hardware';
import { licenseById, licenseVerdict, type LicenseVerdict } from './licenseVerdict';
import { moeLoraSentence } from './moeLora';
import { ropeScalingFor, ropeScalingSentence, type RopeScaling } from './ropeScaling';
import type { Quality, ScoreBasis } from './scoring';
import { bandOf, sizeBand } from './sizeBands';
import { bothFits, fp16Fit } from './fp16Fit';
import { taskFit, type TaskFit } from './taskFit';

export interface Candidate {
  id: string;
  name: string;
  parameters: number;
  activeParameters: number | null;
  band: SizeBandId;
  inBand: boolean;
  /** A model the user pasted, not from the catalog: fitted, not ranked. */
  custom: boolean;
  contextTokens: number;
  contextOk: boolean;
  languageOk: boolean;
  license: LicenseVerdict | null;
  training: TrainingFit;
  serving: ServingPlan;
  benchmarks: Benchmark[];
  /** What the ranking rests on: a figure shared with other candidates, or none (null: custom). */
  basis: ScoreBasis | null;
  /** Trained with fill-in-the-middle (catalog `fim`), for code completion at the cursor. */
  fim: boolean;
  /** YaRN scaling the config needs for the user's context; null when the native window covers it. */
  ropeScaling: RopeScaling | null;
  /** Why the model must not lead this shortlist (ranked after the others), or null. */
  demoted: string | null;
  /** Passes every gate: fits, license allows, context and languages match, servable. */
  eligible: boolean;
  score: number;
  why: string[];
  whyNot: string[];
}

const fmtTokens = (n: number) =>
  n >= 1024 && n % 1024 === 0 ? `${n / 1024}k` : n.toLocaleString('en-US');
const fmtGib = (bytes: number) => `${gib(bytes).toFixed(1)} GiB`;

function trainingSentence(fit: TrainingFit, hardware: HardwarePlan): string {
  const plan = fit.plan;
  if (!plan) return '';
  const { batchSize, seqLen } = plan.options;
  const used = plan.estimate.reservedBytes;
  const headroom = 1 - used / hardware.training.usableBytes;
  const methodName = { full: 'full fine-tuning', lora: 'LoRA', qlora: 'QLoRA (4-bit)' }[
    plan.method
  ];
  return `Fits with ${methodName}: ${fmtGib(used)} of ${fmtGib(hardware.training.usableBytes)} per GPU at batch ${batchSize} × ${seqLen.toLocaleString('en-US')} tokens (${Math.round(headroom * 100)}% headroom).`;
}

/**
 * Evaluates one model against the answers and the hardware: fit, serving, license, gates, score.
 * `quality` comes from qualityScores over all the models being ranked (like-for-like figures).
 */
export function evaluateModel(
  model: CatalogModel,
  answers: Answers,
  hardware: HardwarePlan,
  band: SizeBandId,
  quality: Quality,
): Candidate {
  const spec = specOfModel(model);
  const contextTokens = model.context.extended ?? model.context.native;
  return evaluate({
    id: model.id,
    name: model.name,
    spec,
    parameters: model.parameters.total,
    activeParameters: model.parameters.active ?? null,
    contextTokens,
    multilingual: model.languages.coverage === 'multilingual',
    license: licenseVerdict(licenseById(model.license.id), answers.license),
    benchmarks: model.benchmarks,
    strengths: model.strengths,
    catalog: {
      model,
      quality,
      fit: bothFits(taskFit(model, answers), fp16Fit(model, hardware.training)),
    },
    answers,
    hardware,
    band,
  });
}

/** Evaluates a pasted config.json like a catalog model, without license or benchmarks. */
export function evaluateCustom(
  name: string,
  spec: ModelSpec,
  parameters: number,
  answers: Answers,
  hardware: HardwarePlan,
  band: SizeBandId,
): Candidate {
  return evaluate({
    id: CUSTOM_MODEL_ID,
    name,
    spec,
    parameters,
    activeParameters: null,
    contextTokens: spec.maxPositionEmbeddings ?? answers.scale.contextWindow,
    multilingual: true,
    license: null,
    benchmarks: [],
    strengths: [],
    catalog: null,
    answers,
    hardware,
    band,
  });
}

interface EvaluationInput {
  id: string;
  name: string;
  spec: ModelSpec;
  parameters: number;
  activeParameters: number | null;
  contextTokens: number;
  multilingual: boolean;
  license: LicenseVerdict | null;
  benchmarks: Benchmark[];
  strengths: CatalogModel['strengths'];
  catalog: { model: CatalogModel; quality: Quality; fit: TaskFit } | null;
  answers: Answers;
  hardware: HardwarePlan;
  band: SizeBandId;
}

function evaluate(input: EvaluationInput): Candidate {
  const { answers, hardware, spec } = input;
  const scale = answers.scale;
  const training = fitTraining(spec, scale, hardware, input.contextTokens, answers.task.purpose);
  // The adapter a LoRA plan serves beside the base: vLLM reserves its slot, so the fit counts it.
  const adapter = servedAdapter(spec, training.plan);
  const ropeScaling = input.catalog ? ropeScalingFor(input.catalog.model, scale) : null;
  const window = servedWindow(spec, input.contextTokens, ropeScaling);
  const serving = fitServing(spec, scale, hardware.serving, window, adapter);
  const servingWords = servingSentence(serving, hardware.serving.name, scale.headroomPercent);
  // Bands follow the purpose: an embedding model built on a decoder still sits in the encoder bands.
  // A model's class is its language model's: a vision or audio tower does not make a 4B an 8B.
  const modelBand = bandOf(input.parameters - spec.visionParameters, sizeBand(input.band).family);
  const inBand = modelBand === input.band;
  const contextOk = input.contextTokens >= scale.contextWindow;
  const languageOk = answers.task.languages === 'english' || input.multilingual;
  const licenseOk = !input.license || input.license.verdict !== 'not-allowed';

  const why: string[] = [];
  const whyNot: string[] = [];
  if (training.plan) {
    why.push(trainingSentence(training, hardware));
    why.push(...training.plan.adjustments);
  } else {
    const last = training.attempts.at(-1);
    const unavailable = training.attempts.find((a) => a.neededBytes === null);
    const methodName = { full: 'full fine-tuning', lora: 'LoRA', qlora: 'QLoRA' };
    // "Even with" only after lighter methods were tried too; full fine-tuning is the heaviest.
    const tried = training.attempts.filter((a) => a.neededBytes !== null).length;
    const lead = last && tried > 1 && last.method !== 'full' ? 'Too big even with' : 'Too big for';
    whyNot.push(
      last && last.neededBytes !== null
        ? `${lead} ${methodName[last.method]}: needs ${fmtGib(last.neededBytes)} at ${Math.min(scale.trainingSeqLen, input.contextTokens).toLocaleString('en-US')} tokens, over the ${fmtGib(budgetOf(hardware.training, scale.headroomPercent))} budget of the ${hardware.training.name}.`
        : 'Does not fit the available memory.',
    );
    if (unavailable) whyNot.push(unavailable.reason);
  }
  if (serving.fits) why.push(servingWords);
  if (!licenseOk && input.license) whyNot.push(...input.license.reasons);
  if (!contextOk) {
    whyNot.push(
      `Its context window (${fmtTokens(input.contextTokens)} tokens) is below the ${fmtTokens(scale.contextWindow)} you need.`,
    );
  }
  if (!languageOk) whyNot.push('English only; you need several languages.');
  if (!serving.fits) whyNot.push(servingWords);

  const eligible = Boolean(training.plan) && licenseOk && contextOk && languageOk && serving.fits;
  let score = 0;
  if (input.catalog) {
    const { quality, fit } = input.catalog;
    const domain = answers.task.domain;
    const domainMatch =
      domain !== 'general' && domain !== 'other' && input.strengths.includes(domain);
    const methodScore = training.plan ? { full: 15, lora: 12, qlora: 9 }[training.plan.method] : 0;
    const reduced = training.plan?.adjustments.some((a) => a.startsWith('Sequence length reduced'))
      ? 5
      : 0;
    score =
      quality.value * 0.5 +
      methodScore -
      reduced +
      fit.bonus +
      (inBand ? 10 : 0) +
      (domainMatch ? 8 : 0) +
      (answers.task.languages === 'multilingual' && input.multilingual ? 8 : 4) +
      (contextOk ? 5 : 0) +
      (input.license?.verdict === 'allowed' ? 4 : 0);
    why.unshift(quality.basis.sentence);
    why.push(...fit.reasons);
    if (fit.demoted) why.push(fit.demoted);
    if (domainMatch) why.push(`Strong in ${domain}.`);
    if (answers.task.languages === 'multilingual' && input.multilingual)
      why.push('Covers many languages.');
    if (contextOk)
      why.push(
        `Its ${fmtTokens(input.contextTokens)}-token window covers the ${fmtTokens(scale.contextWindow)} you need.`,
      );
    if (ropeScaling && input.catalog.model.context.extended) {
      why.push(ropeScalingSentence(ropeScaling, input.catalog.model.context.extended));
    }
    if (input.license && licenseOk) why.push(input.license.reasons[0] as string);
  }
  const moeSentence =
    training.plan && training.plan.method !== 'full'
      ? moeLoraSentence(spec, scale, training.plan.estimate.parameters.trainable)
      : null;
  if (moeSentence) why.push(moeSentence);
  if (!hardware.training.capabilities.bf16 && hardware.training.kind === 'gpu' && training.plan) {
    why.push(`Trains in fp16 mixed precision: the ${hardware.training.name} has no bf16.`);
  }

  return {
    id: input.id,
    name: input.name,
    parameters: input.parameters,
    activeParameters: input.activeParameters,
    band: modelBand,
    inBand,
    custom: input.catalog === null,
    basis: input.catalog?.quality.basis ?? null,
    fim: Boolean(input.catalog?.model.fim),
    ropeScaling,
    demoted: input.catalog?.fit.demoted ?? null,
    contextTokens: input.contextTokens,
    contextOk,
    languageOk,
    license: input.license,
    training,
    serving,
    benchmarks: input.benchmarks,
    eligible,
    score: Math.round(score * 10) / 10,
    why,
    whyNot,
  };
}
