import type { z } from 'zod';
import type { Candidate, LicenseVerdict, Recommendation } from '../recommend';
import type {
  licenseSummarySchema,
  nearMissSchema,
  shortlistEntrySchema,
  trainingFitSchema,
} from './exportParts';
import { resolvePlanOptions } from './planOptions';

type TrainingFitExport = z.infer<typeof trainingFitSchema>;
type LicenseSummary = z.infer<typeof licenseSummarySchema>;

/** Bytes as a whole number: estimates carry fractions of a byte that mean nothing outside. */
export const wholeBytes = (value: number) => Math.max(0, Math.round(value));

function licenseSummary(license: LicenseVerdict | null): LicenseSummary | null {
  return license
    ? { licenseId: license.licenseId, name: license.name, verdict: license.verdict }
    : null;
}

function trainingFit(candidate: Candidate, rec: Recommendation): TrainingFitExport | null {
  const plan = candidate.training.plan;
  if (!plan) return null;
  const { estimate } = plan;
  // The plan as the estimate resolved it: the same defaults the training exports read.
  const options = resolvePlanOptions(plan.options);
  const usable = rec.hardware.training.usableBytes;
  const peft = plan.method !== 'full';
  const breakdown = estimate.breakdown;
  return {
    settings: {
      method: plan.method,
      batchSize: options.batchSize,
      seqLen: options.seqLen,
      gradientCheckpointing: options.gradientCheckpointing,
      mixedPrecision:
        options.precision === 'fp32'
          ? 'none'
          : rec.hardware.training.capabilities.bf16
            ? 'bf16'
            : 'fp16',
      optimizer: options.optimizer,
      loraRank: peft ? options.loraRank : null,
      loraTargets: peft ? [...options.loraTargets] : null,
      quantBits: plan.method === 'qlora' ? options.quantBits : null,
    },
    perGpuBytes: wholeBytes(estimate.reservedBytes),
    usableBytes: wholeBytes(usable),
    headroom: Math.round((1 - estimate.reservedBytes / usable) * 1000) / 1000,
    breakdownBytes: {
      weights: wholeBytes(breakdown.weights),
      gradients: wholeBytes(breakdown.gradients),
      optimizer: wholeBytes(breakdown.optimizer),
      activations: wholeBytes(breakdown.activations),
      logits: wholeBytes(breakdown.logits),
      kvCache: wholeBytes(breakdown.kvCache),
      overhead: wholeBytes(breakdown.overhead),
    },
    maxSeqLen: plan.maxSeqLen,
    adjustments: [...plan.adjustments],
  };
}

/** A shortlisted (or pasted) model as the export publishes it. */
export function shortlistEntry(
  candidate: Candidate,
  rec: Recommendation,
): z.infer<typeof shortlistEntrySchema> {
  const serving = candidate.serving;
  return {
    id: candidate.id,
    name: candidate.name,
    parameters: candidate.parameters,
    activeParameters: candidate.activeParameters,
    sizeBand: candidate.band,
    inBand: candidate.inBand,
    contextTokens: candidate.contextTokens,
    training: trainingFit(candidate, rec),
    serving: {
      weightBits: serving.options.weightBits,
      totalBytes: wholeBytes(serving.plan.neededBytes),
      fits: serving.fits,
      maxContextTokens: serving.maxContext,
    },
    license: licenseSummary(candidate.license),
    score: candidate.score,
    why: [...candidate.why],
    whyNot: [...candidate.whyNot],
  };
}

/** A model that missed a gate, with what would have to change. */
export function nearMiss(candidate: Candidate): z.infer<typeof nearMissSchema> {
  return {
    id: candidate.id,
    name: candidate.name,
    parameters: candidate.parameters,
    sizeBand: candidate.band,
    license: licenseSummary(candidate.license),
    whyNot: [...candidate.whyNot],
  };
}
