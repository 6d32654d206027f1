import { modelSpecFromConfig, type ModelSpec } from '../memory';
import type { CatalogModel } from './schema';

/** Look-ups over a model list: by id, and the memory model's view of an entry (parsed once). */
export function catalogLookup(models: readonly CatalogModel[]) {
  const byId = new Map(models.map((model) => [model.id, model]));
  const specs = new Map<string, ModelSpec>();
  return {
    findModel(id: string): CatalogModel | undefined {
      return byId.get(id);
    },
    /** The memory model's view of a catalog model, parsed once from its config.json. */
    specOfModel(model: CatalogModel): ModelSpec {
      let spec = specs.get(model.id);
      if (!spec) {
        spec = modelSpecFromConfig(model.config);
        specs.set(model.id, spec);
      }
      return spec;
    },
  };
}
