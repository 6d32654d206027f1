import { z } from 'zod';
import { gpus, CUSTOM_GPU_ID } from '../catalog/gpus';
import { domainSchema, purposeSchema } from '../catalog/schema';
import { LORA_TARGETS } from '../memory';

/**
 * The answers of the five steps: one schema for the store, the share URL and the exports. Every
 * field has a default, so a partial or empty answer set parses into a complete one and still gets
 * a sensible recommendation. Bounds are the limits a form accepts; cross-field rules (a target
 * above the floor, a custom amount when "custom" is chosen) live in the steps' form schemas.
 */

export const ANSWERS_VERSION = 1;

const gpuIds: [string, ...string[]] = [CUSTOM_GPU_ID, ...gpus.map((gpu) => gpu.id)];
export const gpuIdSchema = z.enum(gpuIds);

/** What the fine-tune changes: decides base vs instruct for text generation. */
export const changeKindSchema = z.enum([
  'behaviour',
  'output-format',
  'new-language',
  'domain-vocabulary',
]);
export type ChangeKind = z.infer<typeof changeKindSchema>;

export const loraTargetSchema = z.enum(['q', 'k', 'v', 'o', 'gate', 'up', 'down']);

export const sizeBandIdSchema = z.enum([
  'encoder-base',
  'encoder-large',
  '1-3b',
  '7-8b',
  '14-32b',
  '70b',
]);
export type SizeBandId = z.infer<typeof sizeBandIdSchema>;

export const taskAnswersSchema = z.object({
  purpose: purposeSchema.default('chat'),
  /** "auto" follows the guide's rule from `changeKind`. */
  variant: z.enum(['auto', 'base', 'instruct']).default('auto'),
  changeKind: changeKindSchema.default('behaviour'),
  languages: z.enum(['english', 'multilingual']).default('english'),
  domain: domainSchema.default('general'),
  /** Classes (multi-class) or labels (multi-label). */
  labelCount: z.number().int().min(2).max(10_000).default(5),
  /** A short name for the project, shown on the summary. */
  projectName: z.string().trim().max(80).default(''),
});

export const hardwareAnswersSchema = z.object({
  gpuId: gpuIdSchema.default('rtx-4090'),
  /** GPU memory in GB when gpuId is "custom". */
  customGpuGb: z.number().min(1).max(2048).default(24),
  gpuCount: z.number().int().min(1).max(64).default(1),
  /** FSDP or DeepSpeed ZeRO-3 can shard weights, gradients and optimizer states. */
  sharding: z.boolean().default(false),
  deploymentTarget: z.enum(['same-gpu', 'other-gpu', 'edge', 'cpu']).default('same-gpu'),
  servingGpuId: gpuIdSchema.default('rtx-4090'),
  /** Memory in GB of the serving device for a custom GPU, an edge device or a CPU host. */
  customServingGb: z.number().min(1).max(4096).default(16),
});

/** A pasted Hugging Face config.json, reduced to the fields the memory model reads. */
export const customModelSchema = z.object({
  name: z.string().trim().min(1).max(80),
  config: z.record(
    z.string(),
    z.union([z.number(), z.string(), z.boolean(), z.array(z.union([z.number(), z.string()]))]),
  ),
});
export type CustomModel = z.infer<typeof customModelSchema>;

/**
 * A model named by the user: a catalog id (`Qwen/Qwen3-8B`) or `custom` for the pasted config.
 * Only its shape is checked here; the recommendation says when it names no model it can use.
 */
/** One GPU's price per hour in the answers: `gpu-id:dollars`, dollars from 0 to 1,000. */
export const gpuPriceSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*:\d{1,4}(\.\d{1,4})?$/)
  .refine((entry) => Number(entry.split(':')[1]) <= 1000, 'a price is at most $1,000 per GPU-hour');

export const modelChoiceSchema = z
  .string()
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/);

/** The id of the pasted config.json wherever a model is named (pin, comparison, candidates). */
export const CUSTOM_MODEL_ID = 'custom';

export const scaleAnswersSchema = z.object({
  sizeBand: z.union([z.literal('auto'), sizeBandIdSchema]).default('auto'),
  /** The model the user chose to plan with instead of the ranking's first; null follows the ranking. */
  pinnedModel: modelChoiceSchema.nullable().default(null),
  /** Models to see side by side on the comparison page, at most four, in the user's order. */
  compareModels: z.array(modelChoiceSchema).max(4).default([]),
  method: z.enum(['auto', 'full', 'lora', 'qlora']).default('auto'),
  /** Training tokens per sequence: the longest example to fit. */
  trainingSeqLen: z.number().int().min(64).max(262_144).default(2048),
  /** The batch wanted per GPU step; the largest that fits up to this is used. */
  batchSize: z.number().int().min(1).max(512).default(8),
  loraRank: z.number().int().min(1).max(1024).default(16),
  loraTargets: z
    .array(loraTargetSchema)
    .min(1)
    .default([...LORA_TARGETS]),
  /** 'offload' is checkpointing with the kept block inputs in CPU memory (TRL activation_offloading). */
  gradientCheckpointing: z.enum(['auto', 'on', 'off', 'offload']).default('auto'),
  /** How the loss reads the logits; 'auto' is the current stack's default (TRL's chunked loss). */
  lossKernel: z.enum(['auto', 'plain', 'chunked', 'liger', 'cce']).default('auto'),
  /** 'auto' is fused AdamW, the transformers default with torch ≥ 2.8. */
  optimizer: z.enum(['auto', 'adamw', 'adamw-8bit', 'paged-adamw-8bit', 'sgd']).default('auto'),
  /** Several GPUs: 'auto' is DDP, or FSDP2 when the hardware step asks for sharding. */
  launcher: z.enum(['auto', 'ddp', 'fsdp2', 'zero2', 'zero3']).default('auto'),
  /** CPU offload of a sharded run. */
  cpuOffload: z.enum(['none', 'optimizer', 'optimizer+params']).default('none'),
  /** Pack short examples into full sequences (decoders). */
  packing: z.boolean().default(false),
  /**
   * Hard negatives per example for embedding and reranker training; null is the purpose's
   * default (none for embeddings, sentence-transformers' 4 for rerankers).
   */
  hardNegatives: z.number().int().min(0).max(64).nullable().default(null),
  /** Mixture of experts: LoRA on attention (and shared or dense MLPs) only, or on every routed expert too. */
  moeLoraTargets: z.enum(['attention', 'experts']).default('attention'),
  /** Context window the deployed model must serve, in tokens. */
  contextWindow: z.number().int().min(128).max(1_048_576).default(8192),
  /** Sequences served at once. */
  concurrency: z.number().int().min(1).max(1024).default(4),
  customModel: customModelSchema.nullable().default(null),
  /** Examples in the training set. */
  datasetExamples: z.number().int().min(1).max(1_000_000_000).default(10_000),
  /** Mean tokens per example (every text of a contrastive example together). */
  tokensPerExample: z.number().int().min(1).max(1_048_576).default(512),
  /** Passes over the training set; fractions stop part-way through the last one. */
  epochs: z.number().min(0.1).max(100).default(3),
  /** Share of each GPU's memory, in percent, a plan must leave free to count as fitting. */
  headroomPercent: z.number().min(0).max(50).default(10),
  /** US dollars per GPU-hour for the training GPU; null is the price table's default. */
  gpuHourPrice: z.number().min(0).max(1000).nullable().default(null),
  /**
   * The user's prices for the other GPUs of the time-and-cost comparison, as `gpu-id:dollars`
   * (e.g. `h100-80gb:2.4`); a GPU not listed uses the price table's default.
   */
  gpuPrices: z.array(gpuPriceSchema).max(12).default([]),
});

export const licenseAnswersSchema = z.object({
  intendedUse: z.enum(['commercial', 'internal', 'research']).default('commercial'),
  /** Monthly active users of the product: the Qwen (100M) and Llama (700M) thresholds. */
  userScale: z.enum(['under-100m', '100m-700m', 'over-700m']).default('under-100m'),
  /** Whether a visible credit such as "Built with Llama" is acceptable. */
  attributionOk: z.boolean().default(true),
  /** Whether the fine-tuned weights will be shared or shipped to others. */
  redistributeWeights: z.boolean().default(false),
});

export const baselineAnswersSchema = z.object({
  /** The measured score of the untuned model on the held-out set, in percent (0–100). */
  floor: z.number().min(0).max(100).nullable().default(null),
  /** The score that would make the project a success, in percent (0–100). */
  target: z.number().min(0).max(100).nullable().default(null),
  /** Examples in the held-out set, when the user has one. */
  heldOutSize: z.number().int().min(1).max(10_000_000).nullable().default(null),
});

export const answersSchema = z.object({
  task: taskAnswersSchema.prefault({}),
  hardware: hardwareAnswersSchema.prefault({}),
  scale: scaleAnswersSchema.prefault({}),
  license: licenseAnswersSchema.prefault({}),
  baseline: baselineAnswersSchema.prefault({}),
});

export type Answers = z.infer<typeof answersSchema>;
export type TaskAnswers = Answers['task'];
export type HardwareAnswers = Answers['hardware'];
export type ScaleAnswers = Answers['scale'];
export type LicenseAnswers = Answers['license'];
export type BaselineAnswers = Answers['baseline'];
export type StepId = keyof Answers;

export const STEP_IDS: readonly StepId[] = ['task', 'hardware', 'scale', 'license', 'baseline'];

export const STEP_SCHEMAS = {
  task: taskAnswersSchema,
  hardware: hardwareAnswersSchema,
  scale: scaleAnswersSchema,
  license: licenseAnswersSchema,
  baseline: baselineAnswersSchema,
} as const;

/**
 * Scale defaults that depend on the purpose: encoders read short inputs (a 512-token window) and
 * train in large batches; decoders default to 2,048-token training sequences and an 8k context window (8,192 tokens).
 */
export const SCALE_DEFAULTS_BY_ARCHITECTURE = {
  encoder: { trainingSeqLen: 512, contextWindow: 512, batchSize: 32, concurrency: 16 },
  decoder: { trainingSeqLen: 2048, contextWindow: 8192, batchSize: 8, concurrency: 4 },
} as const satisfies Record<string, Partial<ScaleAnswers>>;

export function scaleDefaultsFor(purpose: TaskAnswers['purpose']) {
  return purpose === 'chat' || purpose === 'text-generation'
    ? SCALE_DEFAULTS_BY_ARCHITECTURE.decoder
    : SCALE_DEFAULTS_BY_ARCHITECTURE.encoder;
}

/** The complete default answer set (for the default purpose, chat). */
export function defaultAnswers(): Answers {
  return answersSchema.parse({});
}

export interface NormalizedAnswers {
  answers: Answers;
  /** "step.field" paths whose value was missing the schema and fell back to the default. */
  ignored: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Any value → a complete answer set, field by field: a valid field is kept, an invalid one falls
 * back to its default and is reported, unknown fields are dropped and reported. One bad field
 * costs that field only. Used for stored answers, imported files and recommend()'s input.
 */
export function normalizeAnswers(input: unknown): NormalizedAnswers {
  const ignored: string[] = [];
  const source = isRecord(input) ? input : {};
  const answers = defaultAnswers() as Record<StepId, Record<string, unknown>>;
  for (const key of Object.keys(source)) {
    if (!(STEP_IDS as readonly string[]).includes(key) && key !== 'v') ignored.push(key);
  }
  const givenScale = isRecord(source.scale) ? source.scale : {};
  for (const step of STEP_IDS) {
    const given = source[step];
    if (given === undefined) continue;
    if (!isRecord(given)) {
      ignored.push(step);
      continue;
    }
    const shape = STEP_SCHEMAS[step].shape as Record<string, z.ZodType>;
    for (const [field, value] of Object.entries(given)) {
      // Own properties only: a stored key such as "constructor" must not find Object's.
      const schema = Object.hasOwn(shape, field) ? shape[field] : undefined;
      if (!schema) {
        ignored.push(`${step}.${field}`);
        continue;
      }
      const parsed = schema.safeParse(value);
      if (parsed.success) answers[step][field] = parsed.data;
      else ignored.push(`${step}.${field}`);
    }
  }
  // Scale fields the input leaves out follow the purpose's defaults.
  const purposeDefaults = scaleDefaultsFor((answers as Answers).task.purpose);
  for (const [field, value] of Object.entries(purposeDefaults)) {
    const kept = Object.hasOwn(givenScale, field) && !ignored.includes(`scale.${field}`);
    if (!kept) answers.scale[field] = value;
  }
  return { answers: answers as Answers, ignored };
}
