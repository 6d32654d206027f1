import { modelSpecFromConfig, type ModelSpec } from '../memory';
import { coderModels } from './models.coder';
import { decoderModels } from './models.decoders';
import { encoderModels } from './models.encoders';
import { gptOssModels } from './models/gpt-oss';
import { llama4Models } from './models/llama-4';
import { qwen32507Models } from './models/qwen3-2507';
import { qwen3CoderModels } from './models/qwen3-coder';
import { qwen3NextModels } from './models/qwen3-next';
import type { CatalogModel } from './schema';

/** Every model Tunewise can recommend: decoders, encoders, embedding models and rerankers. */
export const catalogModels: readonly CatalogModel[] = [
  ...decoderModels,
  ...coderModels,
  ...encoderModels,
  ...qwen32507Models,
  ...qwen3NextModels,
  ...qwen3CoderModels,
  ...gptOssModels,
  ...llama4Models,
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
