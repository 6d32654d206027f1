import * as z from 'zod/mini';
import { gpus, CUSTOM_GPU_ID } from '../catalog/gpus';
import { DOMAIN_IDS, PURPOSE_IDS } from '../catalog/vocabulary';
import { LORA_TARGETS } from '../memory';

/**
 * The answers of the five steps: one schema for the store, the share URL and the exports. Every
 * field has a default, so a partial or empty answer set parses into a complete one and still gets
 * a sensible recommendation. Bounds are the limits a form accepts; cross-field rules (a target
 * above the floor, a custom amount when "custom" is chosen) live in the steps' form schemas.
 */

export const ANSWERS_VERSION = 1;

/** A field with its default: a missing value parses to `value`. */
const withDefault = <T extends z.ZodMiniType>(schema: T, value: z.output<T> & {}) =>
  z._default(schema, value as never);
/** A number in [min, max]; `whole` for counts. */
const number = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
const whole = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

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
  purpose: withDefault(z.enum(PURPOSE_IDS), 'chat'),
  /** "auto" follows the guide's rule from `changeKind`. */
  variant: withDefault(z.enum(['auto', 'base', 'instruct']), 'auto'),
  changeKind: withDefault(changeKindSchema, 'behaviour'),
  languages: withDefault(z.enum(['english', 'multilingual']), 'english'),
  domain: withDefault(z.enum(DOMAIN_IDS), 'general'),
  /** Classes (multi-class) or labels (multi-label). */
  labelCount: withDefault(whole(2, 10_000), 5),
  /** A short name for the project, shown on the summary. */
  projectName: withDefault(z.string().check(z.trim(), z.maxLength(80)), ''),
});

export const hardwareAnswersSchema = z.object({
  gpuId: withDefault(gpuIdSchema, 'rtx-4090'),
  /** GPU memory in GB when gpuId is "custom". */
  customGpuGb: withDefault(number(1, 2048), 24),
  gpuCount: withDefault(whole(1, 64), 1),
  /** FSDP or DeepSpeed ZeRO-3 can shard weights, gradients and optimizer states. */
  sharding: withDefault(z.boolean(), false),
  deploymentTarget: withDefault(z.enum(['same-gpu', 'other-gpu', 'edge', 'cpu']), 'same-gpu'),
  servingGpuId: withDefault(gpuIdSchema, 'rtx-4090'),
  /** Memory in GB of the serving device for a custom GPU, an edge device or a CPU host. */
  customServingGb: withDefault(number(1, 4096), 16),
});

/** A pasted Hugging Face config.json, reduced to the fields the memory model reads. */
export const customModelSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  config: z.record(
    z.string(),
    z.union([z.number(), z.string(), z.boolean(), z.array(z.union([z.number(), z.string()]))]),
  ),
});
export type CustomModel = z.infer<typeof customModelSchema>;

/** One GPU's price per hour in the answers: `gpu-id:dollars`, dollars from 0 to 1,000. */
export const gpuPriceSchema = z.string().check(
  z.maxLength(80),
  z.regex(/^[a-z0-9][a-z0-9-]*:\d{1,4}(\.\d{1,4})?$/),
  z.refine(
    (entry) => Number(entry.split(':')[1]) <= 1000,
    'a price is at most $1,000 per GPU-hour',
  ),
);

/**
 * A model named by the user: a catalog id (`Qwen/Qwen3-8B`) or `custom` for the pasted config.
 * Only its shape is checked here; the recommendation says when it names no model it can use.
 */
export const modelChoiceSchema = z
  .string()
  .check(z.maxLength(120), z.regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/));

/** The id of the pasted config.json wherever a model is named (pin, comparison, candidates). */
export const CUSTOM_MODEL_ID = 'custom';

export const scaleAnswersSchema = z.object({
  sizeBand: withDefault(z.union([z.literal('auto'), sizeBandIdSchema]), 'auto'),
  /** The model the user chose to plan with instead of the ranking's first; null follows the ranking. */
  pinnedModel: z._default(z.nullable(modelChoiceSchema), null),
  /** Models to see side by side on the comparison page, at most four, in the user's order. */
  compareModels: withDefault(z.array(modelChoiceSchema).check(z.maxLength(4)), []),
  method: withDefault(z.enum(['auto', 'full', 'lora', 'qlora']), 'auto'),
  /** Training tokens per sequence: the longest example to fit. */
  trainingSeqLen: withDefault(whole(64, 262_144), 2048),
  /** The batch wanted per GPU step; the largest that fits up to this is used. */
  batchSize: withDefault(whole(1, 512), 8),
  loraRank: withDefault(whole(1, 1024), 16),
  loraTargets: withDefault(z.array(loraTargetSchema).check(z.minLength(1)), [...LORA_TARGETS]),
  /** 'offload' is checkpointing with the kept block inputs in CPU memory (TRL activation_offloading). */
  gradientCheckpointing: withDefault(z.enum(['auto', 'on', 'off', 'offload']), 'auto'),
  /** How the loss reads the logits; 'auto' is the current stack's default (TRL's chunked loss). */
  lossKernel: withDefault(z.enum(['auto', 'plain', 'chunked', 'liger', 'cce']), 'auto'),
  /** 'auto' is fused AdamW, the transformers default with torch ≥ 2.8. */
  optimizer: withDefault(
    z.enum(['auto', 'adamw', 'adamw-8bit', 'paged-adamw-8bit', 'sgd']),
    'auto',
  ),
  /** Several GPUs: 'auto' is DDP, or FSDP2 when the hardware step asks for sharding. */
  launcher: withDefault(z.enum(['auto', 'ddp', 'fsdp2', 'zero2', 'zero3']), 'auto'),
  /** CPU offload of a sharded run. */
  cpuOffload: withDefault(z.enum(['none', 'optimizer', 'optimizer+params']), 'none'),
  /** Pack short examples into full sequences (decoders). */
  packing: withDefault(z.boolean(), false),
  /**
   * Hard negatives per example for embedding and reranker training; null is the purpose's
   * default (none for embeddings, sentence-transformers' 4 for rerankers).
   */
  hardNegatives: z._default(z.nullable(whole(0, 64)), null),
  /** Mixture of experts: LoRA on attention (and shared or dense MLPs) only, or on every routed expert too. */
  moeLoraTargets: withDefault(z.enum(['attention', 'experts']), 'attention'),
  /** Context window the deployed model must serve, in tokens. */
  contextWindow: withDefault(whole(128, 1_048_576), 8192),
  /** Sequences served at once. */
  concurrency: withDefault(whole(1, 1024), 4),
  customModel: z._default(z.nullable(customModelSchema), null),
  /** Examples in the training set. */
  datasetExamples: withDefault(whole(1, 1_000_000_000), 10_000),
  /** Mean tokens per example (every text of a contrastive example together). */
  tokensPerExample: withDefault(whole(1, 1_048_576), 512),
  /** Passes over the training set; fractions stop part-way through the last one. */
  epochs: withDefault(number(0.1, 100), 3),
  /** Share of each GPU's memory, in percent, a plan must leave free to count as fitting. */
  headroomPercent: withDefault(number(0, 50), 10),
  /** US dollars per GPU-hour for the training GPU; null is the price table's default. */
  gpuHourPrice: z._default(z.nullable(number(0, 1000)), null),
  /**
   * The user's prices for the other GPUs of the time-and-cost comparison, as `gpu-id:dollars`
   * (e.g. `h100-80gb:2.4`); a GPU not listed uses the price table's default.
   */
  gpuPrices: withDefault(z.array(gpuPriceSchema).check(z.maxLength(12)), []),
});

export const licenseAnswersSchema = z.object({
  intendedUse: withDefault(z.enum(['commercial', 'internal', 'research']), 'commercial'),
  /** Monthly active users of the product: the Qwen (100M) and Llama (700M) thresholds. */
  userScale: withDefault(z.enum(['under-100m', '100m-700m', 'over-700m']), 'under-100m'),
  /** Whether a visible credit such as "Built with Llama" is acceptable. */
  attributionOk: withDefault(z.boolean(), true),
  /** Whether the fine-tuned weights will be shared or shipped to others. */
  redistributeWeights: withDefault(z.boolean(), false),
});

export const baselineAnswersSchema = z.object({
  /** The measured score of the untuned model on the held-out set, in percent (0–100). */
  floor: z._default(z.nullable(number(0, 100)), null),
  /** The score that would make the project a success, in percent (0–100). */
  target: z._default(z.nullable(number(0, 100)), null),
  /** Examples in the held-out set, when the user has one. */
  heldOutSize: z._default(z.nullable(whole(1, 10_000_000)), null),
});

export const answersSchema = z.object({
  task: z.prefault(taskAnswersSchema, {}),
  hardware: z.prefault(hardwareAnswersSchema, {}),
  scale: z.prefault(scaleAnswersSchema, {}),
  license: z.prefault(licenseAnswersSchema, {}),
  baseline: z.prefault(baselineAnswersSchema, {}),
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
    const shape = STEP_SCHEMAS[step].shape as Record<string, z.ZodMiniType>;
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
