/**
 * The memory engine: GPU memory for fine-tuning and serving, from a model's architecture.
 * Other modules import from here only.
 */
export { modelSpecFromConfig, ModelConfigError, type ConfigIssue } from './config';
export { estimateTrainingMemory } from './training';
export { estimateServingMemory } from './serving';
export { maxContextLength, maxBatchSize, MAX_SEARCH_TOKENS } from './search';
export { countParameters, type ParameterCounts } from './parameters';
export { asSentenceEmbedder, denseModuleParameters, type DenseModule } from './embedder';
export { loraParameters } from './lora';
export { GIB } from './constants';
export type { BlockLayout, ModelSpec, MoeSpec, RecurrentSpec } from './spec';
export { recurrentStateBytes } from './cacheLayers';
export {
  LAUNCHERS,
  LORA_TARGETS,
  LOSS_KERNELS,
  OPTIMIZERS,
  type CpuOffload,
  type Launcher,
  type LoraTarget,
  type LossKernel,
  type OptimizerName,
  type MemoryBreakdown,
  type MemoryEstimate,
  type ServingOptions,
  type TrainingMethod,
  type TrainingOptions,
} from './types';
export { reduceConfig, CONFIG_FIELDS } from './reduce';
export { readPastedConfig } from './paste';
export { parseConfigText } from './parseJson';
export { storedWeightBytes, MXFP4_BITS } from './storage';
