import { catalogModels, findModel, specOfModel } from '../catalog/models';
import type { CatalogModel } from '../catalog/schema';
import { taskAdvice } from './advice';
import type { ModelSpec } from '../memory';
import { normalizeAnswers, type Answers, type SizeBandId } from './answers';
import { baselinePlan } from './baseline';
import { evaluateCustom, evaluateModel, type Candidate } from './candidates';
import { readCustomModel } from './customModel';
import { memoryByContext, memoryByMethod } from './charts';
import { costAndFit } from './costAndFit';
import { gib } from './fit';
import { leversOf } from './levers';
import { planHardware, type HardwarePlan } from './hardware';
import { resolvePin } from './pin';
import { allLicenseVerdicts } from './licenseVerdict';
import { isEncoderPurpose, PURPOSES } from './purposes';
import { quickReference, type QuickReferenceRow } from './quickReference';
import { qualityScores, type Quality } from './scoring';
import { successorsFirst, supersededLine } from './supersession';
import { bandsLike, sizeBand, suggestSizeBand } from './sizeBands';
import type { Deployment, Recommendation, SizeBandDecision } from './types';
import { decideVariant, type ModelVariant } from './variant';
import { engineDeployment } from '../serving/deployment';
import { askOf } from './servingFit';
import { servingSentence } from './servingWords';

const SHORTLIST_SIZE = 5;
const NEAR_MISSES = 6;

/** The catalog models that can serve the purpose, in the chosen variant. */
function candidatesFor(answers: Answers, variant: ModelVariant): CatalogModel[] {
  const purpose = answers.task.purpose;
  return catalogModels.filter((model) => {
    if (!model.purposes.includes(purpose)) return false;
    if (purpose === 'text-generation') return model.variant === variant;
    return true;
  });
}

/**
 * Best first: models fit for the task before demoted ones, then by score, then the newer release
 * (scores are rounded, so equal ones are common), then by id.
 */
function byScore(a: Candidate, b: Candidate): number {
  return (
    Number(a.demoted !== null) - Number(b.demoted !== null) ||
    b.score - a.score ||
    releasedOf(b).localeCompare(releasedOf(a)) ||
    a.id.localeCompare(b.id)
  );
}

/** A candidate's release month ("" for the user's own model). */
const releasedOf = (candidate: Candidate) => findModel(candidate.id)?.released ?? '';

function evaluateAll(
  models: CatalogModel[],
  answers: Answers,
  hardware: HardwarePlan,
  band: SizeBandId,
) {
  const qualities = qualityScores(models, answers);
  return models.map((model) => {
    const candidate = evaluateModel(
      model,
      answers,
      hardware,
      band,
      qualities.get(model.id) as Quality,
    );
    const successor = model.supersededBy;
    if (!successor) return candidate;
    const name = findModel(successor.id)?.name ?? successor.id;
    return { ...candidate, why: [...candidate.why, supersededLine(name, successor)] };
  });
}

/** A catalog model's successor, for the rule that a superseded model never outranks it. */
const supersessionOf = (id: string) => findModel(id)?.supersededBy;

/** The smallest training memory any model of the band needs, and with which method. */
function smallestNeed(candidates: Candidate[], band: SizeBandId) {
  let best: { bytes: number; method: string } | null = null;
  for (const candidate of candidates) {
    if (candidate.band !== band) continue;
    for (const attempt of candidate.training.attempts) {
      if (attempt.neededBytes !== null && (!best || attempt.neededBytes < best.bytes)) {
        best = { bytes: attempt.neededBytes, method: METHOD_WORDS[attempt.method] };
      }
    }
  }
  return best;
}

const METHOD_WORDS = { full: 'full fine-tuning', lora: 'LoRA', qlora: 'QLoRA' } as const;

/** Why nothing in `band` qualifies: the memory it would take, when memory is the reason. */
function noFitReason(candidates: Candidate[], band: SizeBandId, hardware: HardwarePlan): string {
  const need = smallestNeed(candidates, band);
  const label = sizeBand(band).label;
  const device = `${hardware.training.name} (${gib(hardware.training.usableBytes).toFixed(1)} GiB)`;
  if (!need || candidates.some((c) => c.band === band && c.training.plan)) {
    return `No model in the ${label} band meets all your constraints on the ${device}.`;
  }
  return `None of the ${label} models fits the ${device}, even with ${need.method}: the smallest needs ${gib(need.bytes).toFixed(1)} GiB.`;
}

/**
 * The band to recommend: the user's, or the guide's suggestion; either stepped to the nearest band
 * (smaller first) with a model that qualifies when none in it does, and saying so. The band
 * returned is the one the shortlist is drawn from.
 */
function decideBand(
  answers: Answers,
  models: CatalogModel[],
  hardware: HardwarePlan,
): { decision: SizeBandDecision; candidates: Candidate[] } {
  const totalTraining = hardware.training.usableBytes * (hardware.sharded ? hardware.gpuCount : 1);
  const suggestion = suggestSizeBand(answers, totalTraining);
  const encoder = isEncoderPurpose(answers.task.purpose);
  const chosen = answers.scale.sizeBand;
  const reasons = [suggestion.reason];
  const userBandFits = chosen !== 'auto' && (sizeBand(chosen).family === 'encoder') === encoder;
  if (chosen !== 'auto' && !userBandFits) {
    reasons.push(
      `The ${sizeBand(chosen).label} band does not apply to this purpose, so the suggestion is used.`,
    );
  }
  if (userBandFits) reasons.unshift(`You chose the ${sizeBand(chosen).label} band.`);
  let band: SizeBandId = userBandFits ? chosen : suggestion.band;
  let candidates = evaluateAll(models, answers, hardware, band);
  if (!candidates.some((c) => c.eligible && c.inBand)) {
    const bands = bandsLike(band);
    const index = bands.findIndex((b) => b.id === band);
    const order = [...bands.slice(0, index).reverse(), ...bands.slice(index + 1)];
    const fallback = order.find((b) => candidates.some((c) => c.eligible && c.band === b.id));
    if (fallback) {
      const smaller = bands.indexOf(fallback) < index;
      reasons.push(
        `${noFitReason(candidates, band, hardware)} Showing the ${smaller ? 'largest band that fits' : 'nearest band that fits'}: ${fallback.label}.`,
      );
      band = fallback.id;
      candidates = evaluateAll(models, answers, hardware, band);
    }
  }
  return {
    decision: {
      band: sizeBand(band),
      suggested: suggestion.band,
      suggestionReason: suggestion.reason,
      userChose: userBandFits,
      reasons,
    },
    candidates,
  };
}

/** Eligible models in the band by score, topped up from neighbouring bands when fewer than five fit. */
function shortlistOf(candidates: Candidate[], band: SizeBandId): Candidate[] {
  const eligible = candidates.filter((c) => c.eligible).sort(byScore);
  const inBand = eligible.filter((c) => c.inBand);
  const outside = eligible
    .filter((c) => !c.inBand)
    .map((c) => ({
      ...c,
      why: [
        ...c.why,
        inBand.length === 0
          ? `Outside the ${sizeBand(band).label} band (${sizeBand(c.band).label}); listed because none in the band qualify.`
          : `Outside the ${sizeBand(band).label} band (${sizeBand(c.band).label}); listed because only ${inBand.length} in the band qualify.`,
      ],
    }));
  return successorsFirst([...inBand, ...outside], supersessionOf).slice(0, SHORTLIST_SIZE);
}

function nearMissesOf(candidates: Candidate[], band: SizeBandId): Candidate[] {
  const bands = bandsLike(band).map((b) => b.id);
  const index = bands.indexOf(band);
  const near = new Set([bands[index - 1], band, bands[index + 1]]);
  const missed = candidates.filter((c) => !c.eligible && near.has(c.band)).sort(byScore);
  return successorsFirst(missed, supersessionOf).slice(0, NEAR_MISSES);
}

function customCandidate(
  answers: Answers,
  hardware: HardwarePlan,
  band: SizeBandId,
): { candidate: Candidate | null; spec: ModelSpec | null; error: string | null } {
  const custom = answers.scale.customModel;
  if (!custom) return { candidate: null, spec: null, error: null };
  const read = readCustomModel(custom);
  if (!read.ok) return { candidate: null, spec: null, error: read.error };
  return {
    candidate: evaluateCustom(custom.name, read.spec, read.parameters, answers, hardware, band),
    spec: read.spec,
    error: null,
  };
}

/**
 * The focus model's deployment: the figures are its shortlist serving plan's (the default engine
 * at the chosen precision), and every engine is planned at the same request on the same device.
 */
function deploymentOf(
  candidate: Candidate,
  spec: ModelSpec,
  hardware: HardwarePlan,
  headroomPercent: number,
): Deployment {
  const { serving } = candidate;
  const { plan } = serving;
  return {
    modelId: candidate.id,
    modelName: candidate.name,
    deviceName: hardware.serving.name,
    contextTokens: serving.options.contextLength,
    concurrency: serving.options.batchSize,
    weightBits: serving.options.weightBits,
    fits: serving.fits,
    verdict: servingSentence(serving, hardware.serving.name, headroomPercent),
    totalBytes: plan.neededBytes,
    weightsBytes: plan.weightsBytes,
    kvCacheBytes: plan.kvCacheBytes,
    capacityBytes: plan.capacityBytes,
    maxContextTokens: serving.maxContext,
    serving: engineDeployment(spec, hardware.serving, askOf(serving), headroomPercent),
  };
}

function decisionSentence(
  rec: Pick<Recommendation, 'top' | 'architecture' | 'hardware' | 'variant' | 'sizeBand' | 'pin'>,
): string {
  const top = rec.top;
  if (rec.pin && top && !top.training.plan) {
    return `${top.name}, the model you chose, does not fit: ${top.whyNot[0] ?? 'it needs more memory than there is.'}`;
  }
  if (!top?.training.plan) {
    return `No ${rec.architecture.architectureLabel.toLowerCase()} in the catalog fits all your constraints; the near misses show what would have to change.`;
  }
  const plan = top.training.plan;
  const method = { full: 'full fine-tuning', lora: 'LoRA', qlora: 'QLoRA (4-bit)' }[plan.method];
  const gpus =
    rec.hardware.gpuCount > 1
      ? `${rec.hardware.gpuCount} × ${rec.hardware.training.name}`
      : rec.hardware.training.name;
  const name = rec.pin
    ? `${top.name} (your choice${rec.pin.ranked && rec.pin.ranked.id !== top.id ? `; the ranking puts ${rec.pin.ranked.name} first` : ''})`
    : top.name;
  return `Fine-tune ${name} with ${method} on ${gpus}: batch ${plan.options.batchSize} × ${plan.options.seqLen.toLocaleString('en-US')} tokens, ${gib(plan.estimate.reservedBytes).toFixed(1)} of ${gib(rec.hardware.training.usableBytes).toFixed(1)} GiB per GPU.`;
}

let quickReferenceRows: QuickReferenceRow[] | null = null;

/**
 * The recommendation for a set of answers: pure and deterministic (the same answers give the same
 * result, in the app, in a share link, in an export and in print). Accepts partial or invalid
 * answers; every field falls back to its default.
 */
export function recommend(input: Partial<Answers> | Answers | unknown): Recommendation {
  const { answers } = normalizeAnswers(input);
  const variant = decideVariant(answers.task);
  const hardware = planHardware(answers.hardware);
  const models = candidatesFor(answers, variant.variant);
  const { decision: sizeBandDecision, candidates } = decideBand(answers, models, hardware);
  const band = sizeBandDecision.band.id;
  const shortlist = shortlistOf(candidates, band);
  const nearMisses = nearMissesOf(candidates, band);
  const custom = customCandidate(answers, hardware, band);
  // What a pin or a comparison picks from: shortlisted models as the shortlist shows them.
  const evaluated = [
    ...candidates.map((c) => shortlist.find((s) => s.id === c.id) ?? c),
    ...(custom.candidate ? [custom.candidate] : []),
  ];
  const pinned = resolvePin(answers, evaluated, shortlist[0] ?? null);
  // One plan: the pinned model when there is one, else the ranking's first.
  const top = pinned.candidate ?? shortlist[0] ?? null;

  const specOf = (candidate: Candidate): ModelSpec =>
    candidate.custom
      ? (custom.spec as ModelSpec)
      : specOfModel(catalogModels.find((m) => m.id === candidate.id) as CatalogModel);
  const charted = [...shortlist, ...(custom.candidate ? [custom.candidate] : [])];
  if (top && !charted.includes(top)) charted.push(top);
  const focus = top ?? custom.candidate ?? nearMisses[0] ?? null;
  quickReferenceRows ??= quickReference();

  const partial = {
    architecture: PURPOSES[answers.task.purpose],
    variant,
    sizeBand: sizeBandDecision,
    hardware,
    top,
    pin: pinned.pin,
  };
  return {
    answers,
    decision: decisionSentence(partial),
    ...partial,
    shortlist,
    nearMisses,
    custom: custom.candidate,
    customError: custom.error,
    pinError: pinned.error,
    models: evaluated,
    deployment: focus
      ? deploymentOf(focus, specOf(focus), hardware, answers.scale.headroomPercent)
      : null,
    charts: {
      memoryByMethod: memoryByMethod(
        charted.map((candidate) => ({ candidate, spec: specOf(candidate) })),
        answers,
        hardware,
      ),
      memoryByContext: focus ? memoryByContext(focus, specOf(focus), answers, hardware) : null,
    },
    quickReference: quickReferenceRows,
    licenses: allLicenseVerdicts(answers.license),
    baseline: baselinePlan(answers, shortlist),
    advice: taskAdvice(answers, top),
    levers: top?.training.plan ? leversOf(specOf(top), top.training.plan, hardware.training) : [],
    ...costAndFit({ answers, hardware, top, nearMisses, specOf }),
  };
}
