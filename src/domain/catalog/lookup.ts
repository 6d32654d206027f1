import { asSentenceEmbedder, modelSpecFromConfig, type ModelSpec } from '../memory';
import type { CatalogModel } from './schema';

/**
 * The memory model's view of a catalog entry. An embedding model (every purpose "similarity") is
 * the network sentence-transformers trains: no output head, plus its Dense modules.
 */
function specOf(model: CatalogModel): ModelSpec {
  const spec = modelSpecFromConfig(model.config);
  const embedder = model.purposes.every((p) => p === 'similarity');
  return embedder ? asSentenceEmbedder(spec, model.denseModules?.layers) : spec;
}

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
        spec = specOf(model);
        specs.set(model.id, spec);
      }
      return spec;
    },
  };
}
