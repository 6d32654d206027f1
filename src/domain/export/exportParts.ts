import { z } from 'zod';
import { licenseIdSchema, purposeSchema } from '../catalog/schema';
import { loraTargetSchema, sizeBandIdSchema } from '../recommend';
import { OPTIMIZERS } from '../memory';

/*
 * The parts of the published export document, where each byte figure is an integer number of bytes
 * per GPU (reserved: what nvidia-smi shows); fractions are 0–1; text is plain English, one
 * sentence per array item. Objects are strict, so a misspelt field fails validation.
 */

const bytes = z.number().int().nonnegative();
const count = z.number().int().nonnegative();
const sentences = z.array(z.string());

/** How the model trains: all weights, a LoRA adapter, or LoRA on a 4-bit base (QLoRA). */
export const methodSchema = z.enum(['full', 'lora', 'qlora']);
/** What a license means for the user's plan. Not legal advice. */
export const verdictSchema = z.enum(['allowed', 'conditions', 'not-allowed']);

/** The settings the memory estimate used: what a training config should copy. */
export const trainingSettingsSchema = z.strictObject({
  method: methodSchema,
  /** Sequences per GPU per micro-step. */
  batchSize: z.number().int().positive(),
  /** Tokens per training sequence. */
  seqLen: z.number().int().positive(),
  gradientCheckpointing: z.boolean(),
  /** Autocast precision on the training GPU: bf16, or fp16 where the GPU has no bf16. */
  mixedPrecision: z.enum(['bf16', 'fp16', 'none']),
  optimizer: z.enum(OPTIMIZERS),
  /** LoRA rank and adapted projections; null for full fine-tuning. */
  loraRank: z.number().int().positive().nullable(),
  loraTargets: z.array(loraTargetSchema).nullable(),
  /** Bits of the frozen base weights (QLoRA: 4, NF4); null otherwise. */
  quantBits: z.union([z.literal(4), z.literal(8)]).nullable(),
});

/** Bytes of each part of the training peak per GPU; they add up to `perGpuBytes`. */
export const memoryBreakdownSchema = z.strictObject({
  weights: bytes,
  gradients: bytes,
  optimizer: bytes,
  activations: bytes,
  logits: bytes,
  kvCache: bytes,
  /** CUDA context, allocator reserve and library workspaces. */
  overhead: bytes,
});

/** How a model trains on the user's GPU: settings, memory and what was adjusted to fit. */
export const trainingFitSchema = z.strictObject({
  settings: trainingSettingsSchema,
  /** Peak reserved bytes per GPU. */
  perGpuBytes: bytes,
  /** Bytes one training process can use on the GPU. */
  usableBytes: bytes,
  /** 1 − perGpuBytes / usableBytes. */
  headroom: z.number().max(1),
  breakdownBytes: memoryBreakdownSchema,
  /** Longest sequence that fits at batch 1 with these settings. */
  maxSeqLen: count,
  /** What changed from the request to make it fit. */
  adjustments: sentences,
});

/** A model's license and its verdict for the user's plan. */
export const licenseSummarySchema = z.strictObject({
  licenseId: licenseIdSchema,
  name: z.string(),
  verdict: verdictSchema,
});

/** A model that passes every gate (fits, license, context, languages, serving). */
export const shortlistEntrySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  parameters: count,
  /** Parameters used per token, for mixture-of-experts models. */
  activeParameters: count.nullable(),
  sizeBand: sizeBandIdSchema,
  inBand: z.boolean(),
  contextTokens: count,
  training: trainingFitSchema.nullable(),
  serving: z.strictObject({
    weightBits: z.union([z.literal(16), z.literal(8), z.literal(4)]),
    totalBytes: bytes,
    fits: z.boolean(),
    maxContextTokens: count,
  }),
  license: licenseSummarySchema.nullable(),
  score: z.number(),
  why: sentences,
  whyNot: sentences,
});

/** A model that missed a gate, with what would have to change. */
export const nearMissSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  parameters: count,
  sizeBand: sizeBandIdSchema,
  license: licenseSummarySchema.nullable(),
  whyNot: sentences,
});

/** The decision and what it rests on: architecture, head, objective, variant, size band. */
export const decisionSchema = z.strictObject({
  /** The one-sentence decision. */
  text: z.string(),
  purpose: purposeSchema,
  architecture: z.enum(['decoder', 'bi-encoder', 'cross-encoder', 'encoder']),
  architectureLabel: z.string(),
  head: z.string(),
  objective: z.enum(['causal-lm', 'contrastive', 'pairwise-listwise', 'sigmoid-bce', 'softmax-ce']),
  objectiveLabel: z.string(),
  variant: z.strictObject({
    variant: z.enum(['base', 'instruct', 'task-tuned']),
    suggested: z.enum(['base', 'instruct', 'task-tuned']),
    userChose: z.boolean(),
    reason: z.string(),
  }),
  sizeBand: z.strictObject({
    id: sizeBandIdSchema,
    label: z.string(),
    suggested: sizeBandIdSchema,
    userChose: z.boolean(),
    reasons: sentences,
  }),
});

const deviceSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['gpu', 'apple', 'edge', 'cpu']),
  usableBytes: bytes,
});

/** The training and serving devices and what they imply. */
export const hardwareSchema = z.strictObject({
  training: deviceSchema.extend({
    bf16: z.boolean(),
    flashAttention2: z.boolean(),
    bitsandbytes4bit: z.boolean(),
  }),
  gpuCount: z.number().int().positive(),
  sharded: z.boolean(),
  serving: deviceSchema,
  notes: sentences,
});

/** Serving the top model (or the closest one) on the deployment device. */
export const deploymentSchema = z.strictObject({
  modelName: z.string(),
  deviceName: z.string(),
  contextTokens: count,
  concurrency: count,
  weightBits: z.union([z.literal(16), z.literal(8), z.literal(4)]),
  /** The default engine's verdict, the one the shortlist used. */
  fits: z.boolean(),
  /** That verdict in a sentence: the engine, the request and the limit that decides. */
  verdict: z.string(),
  totalBytes: bytes,
  weightsBytes: bytes,
  kvCacheBytes: bytes,
  capacityBytes: bytes,
  maxContextTokens: count,
  modelId: z.string(),
  /** The engine the launch command is for. */
  engine: z.enum(['vllm', 'sglang', 'transformers', 'llama.cpp', 'mlx']),
  /** Each engine's plan at the same context × concurrency. */
  engines: z.array(
    z.strictObject({
      engine: z.enum(['vllm', 'sglang', 'transformers', 'llama.cpp', 'mlx']),
      fits: z.boolean(),
      totalBytes: bytes,
      weightsBytes: bytes,
      kvCacheBytes: bytes,
      maxContextTokens: count,
      maxConcurrency: count,
      weightFormat: z.string(),
      kvPrecision: z.string(),
    }),
  ),
  /** The default engine's launch lines (conversion steps, then the server); null for none. */
  launchCommand: z.string().nullable(),
});

/** One catalog license's verdict for the user's plan, with reasons and obligations. */
export const licenseVerdictSchema = z.strictObject({
  licenseId: licenseIdSchema,
  name: z.string(),
  family: z.enum(['permissive', 'llama', 'gemma', 'qwen', 'non-commercial']),
  verdict: verdictSchema,
  reasons: sentences,
  obligations: sentences,
  url: z.string(),
});

const percent = z.number().min(0).max(100);

/** What to measure before fine-tuning, and whether the recorded gap justifies it. */
export const baselineSchema = z.strictObject({
  metric: z.string(),
  alsoTrack: sentences,
  benchmarksThatMatter: z.string(),
  publishedFigures: z.array(
    z.strictObject({
      modelId: z.string(),
      modelName: z.string(),
      benchmark: z.enum(['MMLU', 'HumanEval', 'MTEB', 'BEIR']),
      /** Percentage points, as the source reports them. */
      value: percent,
      setting: z.string(),
      source: z.string(),
    }),
  ),
  suggestedHeldOutSize: count,
  heldOutReason: z.string(),
  steps: sentences,
  floor: percent.nullable(),
  target: percent.nullable(),
  heldOutSize: count.nullable(),
  /** target − floor in points, when both are recorded. */
  gap: z.number().nullable(),
  verdict: z.string(),
});

/** The guide's QLoRA/LoRA memory table beside Tunewise's estimate for a model of each size. */
export const quickReferenceSchema = z.strictObject({
  note: z.string(),
  rows: z.array(
    z.strictObject({
      size: z.string(),
      guideQloraGb: z.number(),
      guideLoraGb: z.number(),
      modelId: z.string(),
      modelName: z.string(),
      /** Our estimate (GiB per GPU) at the settings in `note`. */
      ourQloraGib: z.number(),
      ourLoraGib: z.number(),
    }),
  ),
});
