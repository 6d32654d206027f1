import type { Device } from './hardware';

/**
 * What a runtime's own memory is called and which tool shows the total, so that a Mac or a CPU
 * plan never speaks of CUDA or nvidia-smi.
 */
const WORDS: Record<Device['runtime'], { overhead: string; total: string }> = {
  cuda: { overhead: 'CUDA context and allocator', total: 'as nvidia-smi would show it' },
  rocm: { overhead: 'ROCm (HIP) context and allocator', total: 'as rocm-smi would show it' },
  metal: {
    overhead: 'Metal runtime and allocator',
    total: 'what the process holds in unified memory',
  },
  cpu: { overhead: 'Runtime and allocator', total: 'what the process holds in RAM' },
};

export function runtimeWords(runtime: Device['runtime']): { overhead: string; total: string } {
  return WORDS[runtime];
}
