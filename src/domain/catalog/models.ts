import { modelSpecFromConfig, type ModelSpec } from '../memory';
import { coderModels } from './models.coder';
import { decoderModels } from './models.decoders';
import { encoderModels } from './models.encoders';
import { embeddingGemmaModels } from './models/embeddinggemma';
import { gemma3AdditionModels } from './models/gemma-3.additions';
import { gemma3nModels } from './models/gemma-3n';
import { gemma4Models } from './models/gemma-4';
import { gemma4PretrainedModels } from './models/gemma-4.pretrained';
import { gptOssModels } from './models/gpt-oss';
import { llama4Models } from './models/llama-4';
import { qwen32507Models } from './models/qwen3-2507';
import { qwen35Models } from './models/qwen3-5';
import { qwen36Models } from './models/qwen3-6';
import { qwen3CoderModels } from './models/qwen3-coder';
import { qwen3EmbeddingAdditionModels } from './models/qwen3-embedding.additions';
import { qwen3NextModels } from './models/qwen3-next';
import { qwen3RerankerAdditionModels } from './models/qwen3-reranker.additions';
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
  ...qwen35Models,
  ...qwen36Models,
  ...gemma4Models,
  ...gemma4PretrainedModels,
  ...gemma3nModels,
  ...gemma3AdditionModels,
  ...embeddingGemmaModels,
  ...qwen3EmbeddingAdditionModels,
  ...qwen3RerankerAdditionModels,
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
