import type { TrainingSetup } from './trainingSetup';

/** A value of the settings line a Python export prints (`TUNEWISE_SETTINGS {...}`). */
export type SettingValue =
  string | number | boolean | null | string[] | { [key: string]: SettingValue };

/**
 * What each Python export must print as the settings it runs with, read from the plan: the
 * export run test compares the printed line with this field by field. Names are the plan's
 * (TrainingOptions); `halfDtype`, `gradientAccumulation`, `loraAlpha`, `loraModules`, `objective`,
 * `ropeScaling`, `headTrained` and `labelsDtype` are what the export derives from it.
 */
export function expectedRunSettings(setup: TrainingSetup): Record<string, SettingValue> {
  const { plan } = setup;
  const settings: Record<string, SettingValue> = {
    method: setup.method,
    precision: plan.precision,
    halfDtype: plan.precision === 'fp32' ? null : setup.halfDtype,
    optimizer: plan.optimizer,
    batchSize: plan.batchSize,
    gradientAccumulation: setup.gradientAccumulation,
    gradientCheckpointing: plan.gradientCheckpointing,
    seqLen: plan.seqLen,
  };
  if (setup.method !== 'full') {
    Object.assign(settings, {
      loraRank: plan.loraRank,
      loraAlpha: setup.loraAlpha,
      loraDropout: plan.loraDropout,
      loraModules:
        typeof setup.loraModules === 'string' ? setup.loraModules : [...setup.loraModules].sort(),
    });
  }
  if (setup.method === 'qlora') {
    Object.assign(settings, {
      quantBits: plan.quantBits,
      doubleQuant: plan.doubleQuant,
      kbitUpcast: plan.kbitUpcast,
    });
  }
  if (!setup.encoder) {
    Object.assign(settings, {
      lossKernel: plan.lossKernel,
      activationOffload: plan.activationOffload,
      packing: plan.packing,
      flashAttention: plan.flashAttention,
      objective: setup.objective,
      ropeScaling: setup.rope ? { ropeType: setup.rope.ropeType, factor: setup.rope.factor } : null,
    });
  } else if (setup.purpose === 'similarity' || setup.purpose === 'reranking') {
    Object.assign(settings, {
      textsPerExample: plan.textsPerExample,
      gradCacheMiniBatch: plan.gradCacheMiniBatch,
    });
  }
  if (setup.purpose === 'reranking' || setup.purpose.endsWith('classification')) {
    settings.headTrained = true;
  }
  if (setup.purpose.endsWith('classification')) {
    settings.labelsDtype = setup.purpose === 'multi-label-classification' ? 'float32' : 'int64';
  }
  return settings;
}

/**
 * Fields a `--cpu` run may change, each only with a recorded reason: QLoRA becomes LoRA
 * (bitsandbytes is CUDA only), 8-bit optimizers become fused AdamW, fp16 becomes bf16, Liger and
 * Cut Cross-Entropy become the chunked loss, activation offloading is dropped.
 */
export const CPU_CHANGEABLE: readonly string[] = [
  'method',
  'quantBits',
  'doubleQuant',
  'kbitUpcast',
  'optimizer',
  'halfDtype',
  'lossKernel',
  'activationOffload',
];

/** JSON with object keys sorted, so equal settings compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Differences between a printed settings line and the plan: empty when they agree. */
export function settingsMismatches(
  expected: Record<string, SettingValue>,
  printed: Record<string, unknown>,
): string[] {
  const cpuChanges = (printed.cpuChanges ?? {}) as Record<string, string>;
  const problems: string[] = [];
  for (const [field, want] of Object.entries(expected)) {
    const got = printed[field];
    if (canonical(got) === canonical(want)) continue;
    if (CPU_CHANGEABLE.includes(field) && typeof cpuChanges[field] === 'string') continue;
    problems.push(`${field}: plan ${JSON.stringify(want)}, run ${JSON.stringify(got)}`);
  }
  for (const field of Object.keys(cpuChanges)) {
    if (!CPU_CHANGEABLE.includes(field) && field !== 'attention') {
      problems.push(`${field}: changed on the CPU, which the plan does not allow`);
    }
  }
  return problems;
}
