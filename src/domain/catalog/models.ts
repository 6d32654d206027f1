import { modelSpecFromConfig, type ModelSpec } from '../memory';
import { coderModels } from './models.coder';
import { decoderModels } from './models.decoders';
import { encoderModels } from './models.encoders';
import { devstralModels } from './models/devstral';
import { granite4Models } from './models/granite-4';
import { gteModernbertModels } from './models/gte-modernbert';
import { magistralModels } from './models/magistral';
import { mistralSmall32Models } from './models/mistral-small-3-2';
import { mmbertModels } from './models/mmbert';
import { nemotronModels } from './models/nemotron';
import { phi4MiniModels } from './models/phi-4-mini';
import { qwen25CoderAdditions } from './models/qwen2-5-coder.additions';
import { smollm3Models } from './models/smollm3';
import type { CatalogModel } from './schema';

/** Every model Tunewise can recommend: decoders, encoders, embedding models and rerankers. */
export const catalogModels: readonly CatalogModel[] = [
  ...decoderModels,
  ...coderModels,
  ...encoderModels,
  ...mistralSmall32Models,
  ...devstralModels,
  ...magistralModels,
  ...smollm3Models,
  ...phi4MiniModels,
  ...granite4Models,
  ...nemotronModels,
  ...qwen25CoderAdditions,
  ...gteModernbertModels,
  ...mmbertModels,
];

const byId = new Map(catalogModels.map((model) => [model.id, model]));
const specs = new Map<string, ModelSpec>();

export function findModel(id: string): CatalogModel | undefined {
  return byId.get(id);
}

/** The memory model's view of a catalog model, parsed once from its config.json. */
export function specOfModel(model: CatalogModel): ModelSpec {
  let spec = specs.get(model.id);
  if (!spec) {
    spec = modelSpecFromConfig(model.config);
    specs.set(model.id, spec);
  }
  return spec;
}
