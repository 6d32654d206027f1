import type { CatalogModel } from '../catalog/schema';
import type { Device } from './hardware';
import type { TaskFit } from './taskFit';

/** Where Qwen's maintainers say fp16 overflows: the models were trained in bf16. */
const QWEN_FP16_SOURCE =
  'https://github.com/QwenLM/Qwen3/issues/868 (Qwen maintainer: trained in bf16, fp16 overflows to inf/NaN without fp32-accumulating fused kernels)';

/** Whether a catalog model is from the Qwen family (its id or its config's model_type). */
export function isQwenFamily(model: Pick<CatalogModel, 'id' | 'config'>): boolean {
  const type = model.config.model_type;
  return /^Qwen\//.test(model.id) || (typeof type === 'string' && type.startsWith('qwen'));
}

/** A family reported to overflow fp16 (on a GPU without bf16), with who reports it and where. */
export interface Fp16Overflow {
  family: string;
  /** The report, as a clause: "Qwen’s maintainers report fp16 overflows to NaN". */
  report: string;
  source: string;
}

const modelType = (model: Pick<CatalogModel, 'config'>) =>
  typeof model.config.model_type === 'string' ? model.config.model_type : '';

/** Families with a public report of fp16 overflow, each matched by its id or model_type. */
const FP16_OVERFLOWS: (Fp16Overflow & {
  test: (m: Pick<CatalogModel, 'id' | 'config'>) => boolean;
})[] = [
  {
    family: 'Qwen',
    test: isQwenFamily,
    report: 'Qwen’s maintainers report fp16 overflows to NaN',
    source: QWEN_FP16_SOURCE,
  },
  {
    family: 'Gemma 3',
    test: (m) => /^gemma3(n)?(_text)?$/.test(modelType(m)),
    report: 'Gemma 3 models are reported to give empty output in fp16 where bf16 works',
    source:
      'https://github.com/huggingface/transformers/issues/36822 (Gemma 3 4B in float16: empty output, bfloat16 fine; the clipping fix, PR #36831, was closed unmerged)',
  },
  {
    family: 'Gemma 4',
    test: (m) => /^gemma4(_text)?$/.test(modelType(m)),
    report:
      'Gemma 4 is reported to overflow in fp16 (the MLP output reaches inf in the first training step)',
    source:
      'https://github.com/unslothai/unsloth/pull/5092 (Gemma 4 E2B trained in float16: gate and up projections saturate, down_proj gives +inf at step 1; bf16 unaffected; Unsloth now upcasts or switches to bf16)',
  },
];

/** The fp16 overflow reported for a model's family, or null. */
export function fp16OverflowOf(model: Pick<CatalogModel, 'id' | 'config'>): Fp16Overflow | null {
  const found = FP16_OVERFLOWS.find((entry) => entry.test(model));
  return found ? { family: found.family, report: found.report, source: found.source } : null;
}

/**
 * On a GPU without bf16 (T4, V100) training runs in fp16, and some bf16-trained families are
 * reported to overflow to inf/NaN there: such a model does not lead the shortlist, and its card
 * says to train in fp32 if it is chosen anyway.
 */
export function fp16Fit(model: CatalogModel, device: Device): TaskFit {
  const overflow = device.capabilities.bf16 ? null : fp16OverflowOf(model);
  if (!overflow) return { bonus: 0, demoted: null, reasons: [] };
  return {
    bonus: 0,
    demoted: `Trained in bf16: on the ${device.name}, which has no bf16, ${overflow.report}; train it in fp32 (about twice the memory) or pick another family.`,
    reasons: [],
  };
}

/** Two fits together: the first demotion wins, bonuses and reasons add up. */
export function bothFits(a: TaskFit, b: TaskFit): TaskFit {
  return {
    bonus: a.bonus + b.bonus,
    demoted: a.demoted ?? b.demoted,
    reasons: [...a.reasons, ...b.reasons],
  };
}
