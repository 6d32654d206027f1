import type { CatalogModel } from '../catalog/schema';
import type { Device } from './hardware';
import type { TaskFit } from './taskFit';

/** Where Qwen's maintainers say fp16 overflows: the models were trained in bf16. */
export const QWEN_FP16_SOURCE =
  'https://github.com/QwenLM/Qwen3/issues/868 (Qwen maintainer: trained in bf16, fp16 overflows to inf/NaN without fp32-accumulating fused kernels)';

/** Whether a catalog model is from the Qwen family (its id or its config's model_type). */
export function isQwenFamily(model: Pick<CatalogModel, 'id' | 'config'>): boolean {
  const type = model.config.model_type;
  return /^Qwen\//.test(model.id) || (typeof type === 'string' && type.startsWith('qwen'));
}

/**
 * On a GPU without bf16 (T4, V100) training runs in fp16, and Qwen's maintainers report that
 * their bf16-trained models overflow to inf/NaN there: such a model does not lead the shortlist,
 * and its card says to train in fp32 if it is chosen anyway.
 */
export function fp16Fit(model: CatalogModel, device: Device): TaskFit {
  if (device.capabilities.bf16 || !isQwenFamily(model)) {
    return { bonus: 0, demoted: null, reasons: [] };
  }
  return {
    bonus: 0,
    demoted: `Trained in bf16: on the ${device.name}, which has no bf16, Qwen’s maintainers report fp16 overflows to NaN; train it in fp32 (about twice the memory) or pick another family.`,
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
