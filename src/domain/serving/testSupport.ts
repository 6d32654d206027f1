import { catalogModels, specOfModel } from '../catalog/models';
import { modelSpecFromConfig } from '../memory';
import { deviceOf } from '../recommend/hardware';
import { servingDeviceOf } from './plan';
import type { ServingDevice, ServingRequest } from './types';

export function catalogSpec(id: string) {
  const model = catalogModels.find((m) => m.id === id);
  if (!model) throw new Error(`no catalog model ${id}`);
  return specOfModel(model);
}

export const gpuDevice = (id: string): ServingDevice => servingDeviceOf(deviceOf(id, 24));

export function request(id: string, overrides: Partial<ServingRequest> = {}): ServingRequest {
  return {
    model: catalogSpec(id),
    contextTokens: 8192,
    concurrency: 4,
    modelContextTokens: 32768,
    gpus: 1,
    weightBits: 16,
    adapter: null,
    ...overrides,
  };
}

/** A measured model's spec: from its config when the catalog lacks it, else the catalog's. */
export const measuredSpec = (id: string, config?: Record<string, unknown>) =>
  config ? modelSpecFromConfig(config) : catalogSpec(id);

/** A GPU as a measurement names it: the memory the driver reports, in GiB. */
export const measuredGpu = (name: string, memoryGib: number): ServingDevice => ({
  kind: 'gpu',
  name,
  memoryBytes: memoryGib * 2 ** 30,
  fp8: true,
  flashAttention: true,
  bandwidthBytesPerSecond: null,
  flopsPerSecond: null,
});
