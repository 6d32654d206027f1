import { z } from 'zod';
import { nearestRunText, typicalErrorText } from '../cost';
import type { FigureEvidence } from '../evidence';
import type { Recommendation } from '../recommend';

const round = (value: number, digits: number) => Number(value.toFixed(digits));

const evidenceSchema = z.strictObject({
  /** Median |error| of the like runs, as a share (0.067 = 6.7%). */
  typicalError: z.number().nonnegative(),
  runs: z.number().int().positive(),
  likeness: z.string(),
  /** The sentence the page shows: "±x% typical on N measured runs like this one (…)". */
  text: z.string(),
  nearest: z.strictObject({
    setup: z.string(),
    measured: z.number(),
    estimated: z.number(),
    unit: z.enum(['GiB', 'tokens/s', 's/step']),
    source: z.string(),
    url: z.string().nullable(),
    text: z.string(),
  }),
});

/** Time and cost of the top plan on the user's GPU and on the others compared. */
export const timeAndCostSchema = z.strictObject({
  trainedTokens: z.number().nonnegative(),
  rows: z.array(
    z.strictObject({
      gpuId: z.string(),
      gpuName: z.string(),
      gpus: z.number().int().positive(),
      yours: z.boolean(),
      method: z.enum(['full', 'lora', 'qlora']),
      tokensPerSecond: z.number().positive(),
      hours: z.number().nonnegative(),
      gpuHours: z.number().nonnegative(),
      usdPerGpuHour: z.number().nonnegative().nullable(),
      /** 'yours', 'default' (from the price table, with its source), or null without a price. */
      priceKind: z.enum(['yours', 'default']).nullable(),
      priceSource: z.string().nullable(),
      costUsd: z.number().nonnegative().nullable(),
      speedEvidence: evidenceSchema.nullable(),
    }),
  ),
  leftOut: z.array(z.strictObject({ gpuName: z.string(), reason: z.string() })),
});

export const fitAdviceSchema = z.strictObject({
  modelName: z.string(),
  situation: z.enum(['no-fit', 'cut']),
  neededBytes: z.number().int().nonnegative(),
  budgetBytes: z.number().int().nonnegative(),
  nothingFits: z.boolean(),
  levers: z.array(
    z.strictObject({
      change: z.string(),
      savedBytes: z.number().int(),
      neededBytes: z.number().int().nonnegative(),
      fits: z.boolean(),
      speedRatio: z.number().positive().nullable(),
      costDeltaUsd: z.number().nullable(),
      quality: z.string(),
    }),
  ),
});

export const figureEvidenceSchema = z.strictObject({
  memory: evidenceSchema.nullable(),
  speed: evidenceSchema.nullable(),
});

function evidenceOf(
  evidence: FigureEvidence | null | undefined,
): z.infer<typeof evidenceSchema> | null {
  if (!evidence) return null;
  const run = evidence.nearest;
  return {
    typicalError: round(evidence.typicalError, 4),
    runs: evidence.n,
    likeness: evidence.likeness,
    text: typicalErrorText(evidence),
    nearest: {
      setup: run.setup,
      measured: round(run.measured, 2),
      estimated: round(run.estimated, 2),
      unit: run.unit,
      source: run.source,
      url: run.url,
      text: nearestRunText(evidence),
    },
  };
}

/** The export's time-and-cost part; null without a top plan. */
export function timeAndCostOf(rec: Recommendation): z.infer<typeof timeAndCostSchema> | null {
  if (!rec.cost) return null;
  return {
    trainedTokens: rec.cost.rows[0]?.trainedTokens ?? 0,
    rows: rec.cost.rows.map((row) => ({
      gpuId: row.gpuId,
      gpuName: row.gpuName,
      gpus: row.gpus,
      yours: row.yours,
      method: row.method,
      tokensPerSecond: round(row.tokensPerSecond, 1),
      hours: round(row.hours, 3),
      gpuHours: round(row.gpuHours, 3),
      usdPerGpuHour: row.price?.usdPerGpuHour ?? null,
      priceKind: row.price?.kind ?? null,
      priceSource: row.price?.source
        ? `${row.price.source.source}, as of ${row.price.source.asOf} (${row.price.source.status})`
        : null,
      costUsd: row.costUsd === null ? null : round(row.costUsd, 2),
      speedEvidence: evidenceOf(rec.evidence?.speedByGpu[row.gpuId]),
    })),
    leftOut: rec.cost.leftOut.map((l) => ({ ...l })),
  };
}

/** The export's what-to-change part; null when the plan runs as asked. */
export function fitAdviceOf(rec: Recommendation): z.infer<typeof fitAdviceSchema> | null {
  const advice = rec.fitAdvice;
  if (!advice) return null;
  return {
    modelName: advice.modelName,
    situation: advice.situation,
    neededBytes: Math.round(advice.neededBytes),
    budgetBytes: Math.round(advice.budgetBytes),
    nothingFits: advice.nothingFits,
    levers: advice.levers.map((lever) => ({
      change: lever.label,
      savedBytes: Math.round(lever.savedBytes),
      neededBytes: Math.round(lever.neededBytes),
      fits: lever.fits,
      speedRatio: lever.speedRatio === null ? null : round(lever.speedRatio, 3),
      costDeltaUsd: lever.costDeltaUsd === null ? null : round(lever.costDeltaUsd, 2),
      quality: lever.quality,
    })),
  };
}

/** The export's evidence for the top plan's memory and speed figures. */
export function figureEvidenceOf(rec: Recommendation): z.infer<typeof figureEvidenceSchema> | null {
  if (!rec.evidence) return null;
  return { memory: evidenceOf(rec.evidence.memory), speed: evidenceOf(rec.evidence.speed) };
}
