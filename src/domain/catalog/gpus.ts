import type { Gpu } from './schema';
import { amdGpus } from './gpus/amd';
import { appleGpus } from './gpus/apple';
import { nvidiaConsumerGpus } from './gpus/nvidiaConsumer';
import { nvidiaDatacenterGpus } from './gpus/nvidiaDatacenter';
import { nvidiaHopperBlackwellGpus } from './gpus/nvidiaHopperBlackwell';
import { nvidiaWorkstationGpus } from './gpus/nvidiaWorkstation';

/*
 * GPU presets for the fit check, one file per vendor (and NVIDIA per product line) under gpus/.
 * How `usableMemoryBytes` and `throughput` are read is said in gpus/shared.ts.
 */

/** The id of the "enter your own amount" choice; it is not a preset. */
export const CUSTOM_GPU_ID = 'custom';

/** Every preset, grouped by class in the hardware step. */
export const gpus: Gpu[] = [
  ...nvidiaConsumerGpus,
  ...amdGpus.filter((gpu) => gpu.class === 'consumer'),
  ...nvidiaWorkstationGpus,
  ...nvidiaDatacenterGpus,
  ...nvidiaHopperBlackwellGpus,
  ...amdGpus.filter((gpu) => gpu.class === 'datacenter'),
  ...appleGpus,
];
