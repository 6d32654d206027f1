import { findModel, specOfModel } from '../catalog/models';
import type { ModelSpec } from '../memory';
import type { Answers, Candidate } from '../recommend';
import { readCustomModel } from '../recommend/customModel';

/**
 * The memory model's view of an evaluated model: the catalog entry's config, or the pasted one
 * read by the same check the recommendation uses. Null only for an id that names neither.
 */
export function specOfCandidate(candidate: Candidate, answers: Answers): ModelSpec | null {
  if (candidate.custom) {
    const custom = answers.scale.customModel;
    const read = custom ? readCustomModel(custom) : null;
    return read?.ok ? read.spec : null;
  }
  const model = findModel(candidate.id);
  return model ? specOfModel(model) : null;
}
