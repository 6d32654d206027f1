import { z } from 'zod';
import {
  ANSWERS_VERSION,
  answersSchema,
  QUICK_REFERENCE_NOTE,
  type Recommendation,
} from '../recommend';
import {
  figureEvidenceOf,
  figureEvidenceSchema,
  fitAdviceOf,
  fitAdviceSchema,
  timeAndCostOf,
  timeAndCostSchema,
} from './costExport';
import { nearMiss, shortlistEntry, wholeBytes } from './exportCandidate';
import { launchPlan, launchScript } from './launchCommand';
import {
  baselineSchema,
  decisionSchema,
  deploymentSchema,
  hardwareSchema,
  licenseVerdictSchema,
  nearMissSchema,
  quickReferenceSchema,
  shortlistEntrySchema,
} from './exportParts';

/** Version of the published export format; bumped on any change other tools would notice. */
export const EXPORT_SCHEMA_VERSION = 1;

/**
 * The recommendation as published: a stable subset of `Recommendation` that is useful outside
 * the app. Charts are left out (they are derived views); the top model is `shortlist[0]`, named
 * by `topId`.
 */
export const exportRecommendationSchema = z.strictObject({
  decision: decisionSchema,
  hardware: hardwareSchema,
  /** Id of the recommended model (the first shortlist entry), or null when nothing fits. */
  topId: z.string().nullable(),
  shortlist: z.array(shortlistEntrySchema),
  nearMisses: z.array(nearMissSchema),
  /** The model from a pasted config.json, fitted like the others; null when none was pasted. */
  custom: shortlistEntrySchema.nullable(),
  customError: z.string().nullable(),
  deployment: deploymentSchema.nullable(),
  licenses: z.array(licenseVerdictSchema),
  baseline: baselineSchema,
  quickReference: quickReferenceSchema,
  /** Time and cost of the top plan across GPUs; null when nothing fits. */
  timeAndCost: timeAndCostSchema.nullable(),
  /** What would make the model fit as asked; null when the plan runs as asked. */
  fitAdvice: fitAdviceSchema.nullable(),
  /** The measured runs behind the top plan's memory and speed figures. */
  evidence: figureEvidenceSchema.nullable(),
});

/**
 * The Tunewise export document (JSON): the answers that produced it and the recommendation.
 * Deterministic: no date or random field, so the same answers export the same bytes.
 */
export const exportSchema = z.strictObject({
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  generator: z.literal('Tunewise'),
  /** Version of the answers' shape (as in the share link), for importing them back. */
  answersVersion: z.literal(ANSWERS_VERSION),
  answers: answersSchema,
  recommendation: exportRecommendationSchema,
});

/** A parsed (or generated) export document, as `exportSchema` describes it. */
export type ExportDocument = z.infer<typeof exportSchema>;
type ExportRecommendation = ExportDocument['recommendation'];

function decisionOf(rec: Recommendation): ExportRecommendation['decision'] {
  const { architecture, variant, sizeBand } = rec;
  return {
    text: rec.decision,
    purpose: architecture.purpose,
    architecture: architecture.architecture,
    architectureLabel: architecture.architectureLabel,
    head: architecture.head,
    objective: architecture.objective,
    objectiveLabel: architecture.objectiveLabel,
    variant: { ...variant },
    sizeBand: {
      id: sizeBand.band.id,
      label: sizeBand.band.label,
      suggested: sizeBand.suggested,
      userChose: sizeBand.userChose,
      reasons: [...sizeBand.reasons],
    },
  };
}

function hardwareOf(rec: Recommendation): ExportRecommendation['hardware'] {
  const { training, serving } = rec.hardware;
  const device = (d: typeof training) => ({
    id: d.id,
    name: d.name,
    kind: d.kind,
    usableBytes: wholeBytes(d.usableBytes),
  });
  return {
    training: {
      ...device(training),
      bf16: training.capabilities.bf16,
      flashAttention2: training.capabilities.flashAttention2,
      bitsandbytes4bit: training.capabilities.bitsandbytes4bit,
    },
    gpuCount: rec.hardware.gpuCount,
    sharded: rec.hardware.sharded,
    serving: device(serving),
    notes: [...rec.hardware.notes],
  };
}

function deploymentOf(rec: Recommendation): ExportRecommendation['deployment'] {
  const d = rec.deployment;
  if (!d) return null;
  const { serving, ...rest } = d;
  const launch = launchPlan(rec);
  return {
    ...rest,
    engine: serving.engine,
    engines: serving.engines.map((plan) => ({
      engine: plan.engine,
      fits: plan.fits,
      totalBytes: wholeBytes(plan.totalBytes),
      weightsBytes: wholeBytes(plan.weightsBytes),
      kvCacheBytes: wholeBytes(plan.kvCacheBytes),
      maxContextTokens: plan.maxContextTokens,
      maxConcurrency: plan.maxConcurrency,
      weightFormat: plan.weightFormat,
      kvPrecision: plan.kvPrecision,
    })),
    launchCommand: launch ? launchScript(launch) : null,
    totalBytes: wholeBytes(d.totalBytes),
    weightsBytes: wholeBytes(d.weightsBytes),
    kvCacheBytes: wholeBytes(d.kvCacheBytes),
    capacityBytes: wholeBytes(d.capacityBytes),
  };
}

function baselineOf(rec: Recommendation): ExportRecommendation['baseline'] {
  const { publishedFigures, alsoTrack, steps, ...rest } = rec.baseline;
  return {
    ...rest,
    alsoTrack: [...alsoTrack],
    steps: [...steps],
    publishedFigures: publishedFigures.map(({ modelId, modelName, benchmark }) => ({
      modelId,
      modelName,
      benchmark: benchmark.name,
      value: benchmark.value,
      setting: benchmark.setting,
      source: benchmark.source,
    })),
  };
}

/** The export document for a recommendation: plain data, every field as `exportSchema` describes. */
export function toExportDocument(rec: Recommendation): ExportDocument {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generator: 'Tunewise',
    answersVersion: ANSWERS_VERSION,
    answers: rec.answers,
    recommendation: {
      decision: decisionOf(rec),
      hardware: hardwareOf(rec),
      topId: rec.top?.id ?? null,
      shortlist: rec.shortlist.map((candidate) => shortlistEntry(candidate, rec)),
      nearMisses: rec.nearMisses.map(nearMiss),
      custom: rec.custom ? shortlistEntry(rec.custom, rec) : null,
      customError: rec.customError,
      deployment: deploymentOf(rec),
      licenses: rec.licenses.map((license) => ({
        ...license,
        reasons: [...license.reasons],
        obligations: [...license.obligations],
      })),
      baseline: baselineOf(rec),
      quickReference: {
        note: QUICK_REFERENCE_NOTE,
        rows: rec.quickReference.map((row) => ({ ...row })),
      },
      timeAndCost: timeAndCostOf(rec),
      fitAdvice: fitAdviceOf(rec),
      evidence: figureEvidenceOf(rec),
    },
  };
}

/** The export document as pretty-printed JSON (two-space indent, trailing newline). */
export function exportJsonText(rec: Recommendation): string {
  return `${JSON.stringify(toExportDocument(rec), null, 2)}\n`;
}
