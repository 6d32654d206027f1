import type { ZodMiniType } from 'zod/mini';
import { STEP_IDS, STEP_SCHEMAS, type Answers, type StepId } from '../recommend/answers';

/**
 * The share link's parameters: one short, readable key per answer field. The table is typed
 * against `Answers`, so a field added to a step schema fails to compile until it gets a key here.
 */

/** How a field's value is written in the link. */
export type ParamKind =
  /** Enums and free text, as is. */
  | 'text'
  /** Decimal numbers as `String(n)`; an empty value means null. */
  | 'number'
  /** `1` or `0`. */
  | 'boolean'
  /** LoRA targets as a comma list (`q,k,v`); `all` is accepted on reading. */
  | 'targets'
  /** Model ids as a comma list, in order; empty means none. */
  | 'list'
  /** The pasted model config: base64url of its JSON; empty means none. */
  | 'model';

export interface ParamSpec {
  /** The query key. */
  readonly key: string;
  readonly kind: ParamKind;
  /** What the value is, for the messages of `ignored`: "GPU", "training sequence length". */
  readonly label: string;
}

type ParamTable = { readonly [S in StepId]: { readonly [F in keyof Answers[S]]-?: ParamSpec } };

export const PARAMS = {
  task: {
    purpose: { key: 'p', kind: 'text', label: 'purpose' },
    variant: { key: 'var', kind: 'text', label: 'model variant' },
    changeKind: { key: 'chg', kind: 'text', label: 'kind of change' },
    languages: { key: 'lang', kind: 'text', label: 'language choice' },
    domain: { key: 'dom', kind: 'text', label: 'domain' },
    labelCount: { key: 'labels', kind: 'number', label: 'label count' },
    projectName: { key: 'name', kind: 'text', label: 'project name' },
  },
  hardware: {
    gpuId: { key: 'gpu', kind: 'text', label: 'GPU' },
    customGpuGb: { key: 'cgb', kind: 'number', label: 'GPU memory in GB' },
    gpuCount: { key: 'n', kind: 'number', label: 'GPU count' },
    sharding: { key: 'shard', kind: 'boolean', label: 'sharding choice' },
    deploymentTarget: { key: 'dep', kind: 'text', label: 'deployment target' },
    servingGpuId: { key: 'sgpu', kind: 'text', label: 'GPU' },
    customServingGb: { key: 'sgb', kind: 'number', label: 'serving memory in GB' },
  },
  scale: {
    sizeBand: { key: 'band', kind: 'text', label: 'size band' },
    pinnedModel: { key: 'pin', kind: 'text', label: 'model id' },
    compareModels: { key: 'cmp', kind: 'list', label: 'list of models to compare' },
    method: { key: 'm', kind: 'text', label: 'training method' },
    trainingSeqLen: { key: 'seq', kind: 'number', label: 'training sequence length' },
    batchSize: { key: 'bs', kind: 'number', label: 'batch size' },
    loraRank: { key: 'r', kind: 'number', label: 'LoRA rank' },
    loraTargets: { key: 'tgt', kind: 'targets', label: 'LoRA target' },
    gradientCheckpointing: { key: 'ckpt', kind: 'text', label: 'checkpointing choice' },
    lossKernel: { key: 'loss', kind: 'text', label: 'loss kernel' },
    optimizer: { key: 'opt', kind: 'text', label: 'optimizer' },
    launcher: { key: 'launch', kind: 'text', label: 'launcher' },
    cpuOffload: { key: 'off', kind: 'text', label: 'CPU offload choice' },
    packing: { key: 'pack', kind: 'boolean', label: 'packing choice' },
    hardNegatives: { key: 'neg', kind: 'number', label: 'hard negatives' },
    moeLoraTargets: { key: 'moe', kind: 'text', label: 'mixture-of-experts LoRA choice' },
    contextWindow: { key: 'ctx', kind: 'number', label: 'context window' },
    concurrency: { key: 'conc', kind: 'number', label: 'concurrency' },
    customModel: { key: 'cm', kind: 'model', label: 'model config' },
    datasetExamples: { key: 'ex', kind: 'number', label: 'number of examples' },
    tokensPerExample: { key: 'tpe', kind: 'number', label: 'tokens per example' },
    epochs: { key: 'ep', kind: 'number', label: 'epoch count' },
    headroomPercent: { key: 'head', kind: 'number', label: 'memory headroom' },
    gpuHourPrice: { key: 'price', kind: 'number', label: 'price per GPU-hour' },
    gpuPrices: { key: 'prices', kind: 'list', label: 'list of GPU prices' },
  },
  license: {
    intendedUse: { key: 'use', kind: 'text', label: 'intended use' },
    userScale: { key: 'mau', kind: 'text', label: 'user scale' },
    attributionOk: { key: 'attr', kind: 'boolean', label: 'attribution choice' },
    redistributeWeights: { key: 'redist', kind: 'boolean', label: 'redistribution choice' },
  },
  baseline: {
    floor: { key: 'floor', kind: 'number', label: 'score' },
    target: { key: 'target', kind: 'number', label: 'score' },
    heldOutSize: { key: 'held', kind: 'number', label: 'held-out set size' },
  },
} as const satisfies ParamTable;

/** The link format's version. */
export const VERSION_KEY = 'v';
/** How many wizard steps are completed (0–5). */
export const DONE_KEY = 'done';

/** One answer field with its key and the step schema's validator for it. */
export interface FieldParam extends ParamSpec {
  readonly step: StepId;
  readonly field: string;
  /** `STEP_SCHEMAS[step].shape[field]`: bounds and defaults live there, not here. */
  readonly schema: ZodMiniType;
}

function schemaOf(step: StepId, field: string): ZodMiniType {
  const shape: Record<string, ZodMiniType | undefined> = STEP_SCHEMAS[step].shape;
  const schema = shape[field];
  if (!schema) throw new Error(`The ${step} step has no field ${field}`);
  return schema;
}

/** Every answer field in link order (step by step, as the wizard asks them). */
export const FIELD_PARAMS: readonly FieldParam[] = STEP_IDS.flatMap((step) =>
  Object.entries(PARAMS[step]).map(([field, spec]: [string, ParamSpec]) => ({
    ...spec,
    step,
    field,
    schema: schemaOf(step, field),
  })),
);

/** Every key a link of the current version may carry. */
export const KNOWN_KEYS: ReadonlySet<string> = new Set([
  VERSION_KEY,
  DONE_KEY,
  ...FIELD_PARAMS.map((param) => param.key),
]);
