export { defaultEngine, enginesFor, planEngine, servingDeviceOf, speedBounds } from './plan';
export type { SpeedBounds } from './plan';
export { ggufSize, GGUF_MIXES, type GgufMix } from './gguf';
export { ENGINE_LABELS } from './types';
export type { Engine, EnginePlan, ServingDevice, ServingRequest } from './types';
export type { Artifact } from './artifacts';
