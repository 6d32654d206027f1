import { countParameters, modelSpecFromConfig, ModelConfigError, type ModelSpec } from '../memory';
import type { CustomModel } from './answers';

/** A pasted model read for use, or why it cannot be used. */
export type ReadCustomModel =
  { ok: true; spec: ModelSpec; parameters: number } | { ok: false; error: string };

/**
 * The one check of a pasted config.json, whatever the way in (paste, upload, share link, stored
 * answers): what the memory engine can read is used; anything else carries the engine's message,
 * which names the fields at fault.
 */
export function readCustomModel(custom: CustomModel): ReadCustomModel {
  try {
    const spec = modelSpecFromConfig(custom.config);
    const parameters = countParameters(spec).total;
    if (!Number.isFinite(parameters) || parameters <= 0) {
      return { ok: false, error: 'The config.json does not describe a model of any size.' };
    }
    return { ok: true, spec, parameters };
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof ModelConfigError
          ? error.message
          : 'The pasted config.json could not be read.',
    };
  }
}
