import type { Gpu } from '../schema';
import { GiB } from './shared';

/**
 * Metal's default GPU working set (`recommendedMaxWorkingSetSize`): 2/3 of unified memory below
 * 36 GB, 3/4 from 36 GB on. RAM is counted in GiB, the share rounded down to whole bytes.
 * Apple does not document the formula; the readings in `SRC_APPLE_RULE` pin it (16 and 32 GB Macs
 * show 2/3; 36, 48, 64, 96, 128 and 192 GB Macs 3/4; no Mac is sold between 32 and 36 GB).
 */
export function appleDefaultGpuShareBytes(ramGb: number): number {
  const share = ramGb < 36 ? 2 / 3 : 3 / 4;
  return Math.floor(ramGb * GiB * share);
}

// Apple silicon: the rule, the override and the toolchain, said once for every preset.
const SRC_APPLE_RULE = [
  'https://github.com/abetlen/llama-cpp-python/issues/687 (16 GB M1: recommendedMaxWorkingSetSize = 10922.67 MB, i.e. 2/3)',
  'https://github.com/ollama/ollama/issues/434 (32 GB M2 Max: recommendedMaxWorkingSetSize = 21845.34 MB, i.e. 2/3)',
  'https://github.com/ggml-org/llama.cpp/issues/1870 (64 GB M1 Max: recommendedMaxWorkingSetSize = 49152.00 MiB, i.e. 3/4)',
  'https://github.com/ggml-org/llama.cpp/issues/3213 (96 GB M2 Max: recommendedMaxWorkingSetSize = 73728 MB, i.e. 3/4)',
  'https://github.com/ardanlabs/kronk/issues/10 (128 GB M4 Max: recommendedMaxWorkingSetSize = 103079.22 MB = 96 GiB, i.e. 3/4)',
  'https://github.com/antirez/ds4/pull/893 (128 GB M5 Max, macOS 26: 107.52 GiB stock, 112.00 GiB with iogpu.wired_limit_mb = 114688)',
  'https://github.com/AlexsJones/llmfit/pull/754 (recommendedMaxWorkingSetSize follows a manual iogpu.wired_limit_mb override)',
  'https://ark.marianposaceanu.com/apple_silicon_gpu_memory_blog (sysctl iogpu.wired_limit_mb sets the GPU wired-memory cap until reboot; 0 = macOS default)',
  'https://ml-explore.github.io/mlx/build/html/python/_autosummary/mlx.core.set_wired_limit.html (system wired limit = max_recommended_working_set_size; raise with sudo sysctl iogpu.wired_limit_mb)',
  'https://github.com/pytorch/pytorch/pull/119641 (MPS bfloat16 enabled on macOS 14+)',
  'https://github.com/huggingface/transformers/pull/40458 (bf16 on MPS; emulated on M1/M2, so no speed benefit there)',
  'https://huggingface.co/docs/bitsandbytes/v0.50.0/installation (bitsandbytes lists Apple Silicon (Metal/MPS) among its backends)',
];
const NOTES_APPLE = [
  'Usable memory is the default GPU share of unified memory (Metal recommendedMaxWorkingSetSize). Apple does not document the formula; published readings show 2/3 of RAM on 16 GB and 32 GB Macs and 3/4 from 36 GB up (36, 48, 64, 96, 128, 192 GB; macOS 13–15). This preset applies 2/3 below 36 GB and 3/4 from 36 GB.',
  'The cap can be raised with `sudo sysctl iogpu.wired_limit_mb=<MiB>` (macOS 14+, lasts until reboot); Metal then reports the new value. Leave room for macOS itself.',
  'Newer macOS may allow more by default: a 128 GB Mac on macOS 26 reported 107.52 GiB (84%) instead of 96 GiB. The preset keeps the conservative rule.',
  'bitsandbytes lists 4-bit quantization on Apple’s Metal (MPS) backend as supported but not yet optimised (slow kernels), and no documented NF4 QLoRA training on MPS was found, so the QLoRA path is not offered here. The established path is MLX (mlx-lm LoRA/QLoRA on quantized models).',
  'bf16 works in PyTorch MPS on macOS 14+ (PyTorch ≥ 2.3) and in MLX; on M1/M2 it is emulated and gives no speed benefit over fp16.',
  'FlashAttention-2 is a CUDA/ROCm library; on Apple silicon PyTorch SDPA or MLX attention is used instead.',
];

interface AppleChip {
  /** The chip the speed figures assume: the slowest current Mac chip sold with this much memory. */
  name: string;
  gpuCores: number;
  bf16Tflops: number;
  bandwidthGBs: number;
}

const M4: AppleChip = {
  name: 'M4 (10-core GPU)',
  gpuCores: 10,
  bf16Tflops: 4.3,
  bandwidthGBs: 120,
};
const M4_PRO: AppleChip = {
  name: 'M4 Pro (20-core GPU)',
  gpuCores: 20,
  bf16Tflops: 8.5,
  bandwidthGBs: 273,
};
const M4_MAX_32: AppleChip = {
  name: 'M4 Max (32-core GPU)',
  gpuCores: 32,
  bf16Tflops: 13.6,
  bandwidthGBs: 410,
};
const M4_MAX_40: AppleChip = {
  name: 'M4 Max (40-core GPU)',
  gpuCores: 40,
  bf16Tflops: 17,
  bandwidthGBs: 546,
};
const M2_ULTRA: AppleChip = {
  name: 'M2 Ultra (76-core GPU)',
  gpuCores: 76,
  bf16Tflops: 27.2,
  bandwidthGBs: 800,
};
const M3_ULTRA_60: AppleChip = {
  name: 'M3 Ultra (60-core GPU)',
  gpuCores: 60,
  bf16Tflops: 21.3,
  bandwidthGBs: 819,
};
const M3_ULTRA_80: AppleChip = {
  name: 'M3 Ultra (80-core GPU)',
  gpuCores: 80,
  bf16Tflops: 28.4,
  bandwidthGBs: 819,
};

function appleThroughput(chip: AppleChip): Gpu['throughput'] {
  return {
    bf16DenseTflops: chip.bf16Tflops,
    memoryBandwidthGBs: chip.bandwidthGBs,
    sources: [
      'https://www.apple.com/mac/compare/ (Apple tech specifications: unified memory bandwidth per chip — M4 120 GB/s, M4 Pro 273 GB/s, M4 Max 410 or 546 GB/s, M2 Ultra 800 GB/s, M3 Ultra 819 GB/s)',
    ],
    status: 'unverified',
    note: `Figures for the ${chip.name}. Bandwidth is Apple’s published figure (spec pages not re-read). Apple publishes no GPU TFLOPS and has no bf16 matrix units before M5: the figure is an estimate, ${chip.gpuCores} GPU cores × 128 FP32 lanes × 2 × about 1.4–1.7 GHz, with bf16 at the fp32 rate. Unverified.`,
  };
}

function applePreset(
  ramGb: number,
  chip: AppleChip,
  evidence: string[],
  extraNotes: string[] = [],
): Gpu {
  return {
    id: `apple-${ramGb}gb`,
    name: `Apple silicon, ${ramGb} GB unified memory`,
    vendor: 'apple',
    class: 'apple',
    architecture: 'Apple silicon',
    marketedMemoryGb: ramGb,
    usableMemoryBytes: appleDefaultGpuShareBytes(ramGb),
    capabilities: { bf16: true, flashAttention2: false, bitsandbytes4bit: false, fp8: false },
    throughput: appleThroughput(chip),
    sources: [...evidence, ...SRC_APPLE_RULE],
    notes: [
      ...extraNotes,
      `Speed figures assume the ${chip.name}, the slowest current chip sold with ${ramGb} GB; faster chips with the same memory train faster.`,
      ...NOTES_APPLE,
    ],
  };
}

/** Apple silicon Macs by unified memory size. */
export const appleGpus: Gpu[] = [
  applePreset(16, M4, [
    'https://github.com/ise-uiuc/magicoder/issues/19 (16 GB M1: recommendedMaxWorkingSetSize = 10922.67 MiB)',
    'https://github.com/ggml-org/llama.cpp/issues/11083 (16 GB M4: recommendedMaxWorkingSetSize = 11453.25 MB decimal = 2/3 of 16 GiB)',
  ]),
  applePreset(
    24,
    M4,
    [],
    [
      'No measured recommendedMaxWorkingSetSize was found for a 24 GB Mac; 2/3 (16 GiB) is the rule applied, not a reading.',
    ],
  ),
  applePreset(32, M4, [
    'https://github.com/ggml-org/llama.cpp/pull/2011 (32 GB M1 Max: recommendedMaxWorkingSetSize = 21845.34 MB)',
  ]),
  applePreset(
    36,
    M4_MAX_32,
    [
      'Public llama.cpp Metal logs of 36 GB Macs (an M4 Max on macOS 15.7 and an M3 Max): recommendedMaxWorkingSetSize = 28991.03 MB = 27648 MiB = 27 GiB, i.e. 3/4. The reports were read, but their repository addresses were not recorded in this review, so this reading is secondary evidence to re-cite.',
    ],
    [
      'A 36 GB Mac gets 3/4 of its memory (27 GiB), not 2/3 (24 GiB): the 3/4 share starts at 36 GB, not above it.',
    ],
  ),
  applePreset(48, M4_PRO, [
    'https://github.com/osaurus-ai/osaurus/pull/1958 (a 48 GB Mac budgets about 36 GB to the GPU, i.e. 3/4)',
  ]),
  applePreset(64, M4_PRO, []),
  applePreset(
    96,
    M3_ULTRA_60,
    [],
    [
      'A 96 GB Mac is an M3 Ultra Mac Studio today (earlier, an M2 Max); the speed figures assume the M3 Ultra.',
    ],
  ),
  applePreset(128, M4_MAX_40, []),
  applePreset(
    192,
    M2_ULTRA,
    [
      'https://github.com/apache/tvm/pull/16398 (tvm.metal().total_global_memory = 154618822656 bytes = 144 GiB = 3/4 of 192 GiB)',
      'https://github.com/raullenchai/Rapid-MLX/pull/183 (M2 Ultra 192 GB: max_recommended 144 GB)',
    ],
    [
      'The 192 GB figure rests on secondary evidence (a TVM Metal query returning exactly 144 GiB, and a table listing 144 GB for an M2 Ultra 192 GB); no raw recommendedMaxWorkingSetSize log was found.',
    ],
  ),
  applePreset(
    256,
    M3_ULTRA_60,
    [],
    [
      'No measured recommendedMaxWorkingSetSize was found for a 256 GB Mac (M3 Ultra Mac Studio); 3/4 (192 GiB) is the rule applied, not a reading. Newer macOS may give more by default.',
    ],
  ),
  applePreset(
    512,
    M3_ULTRA_80,
    [
      'https://github.com/antirez/ds4/pull/893 (a fixed 110 GiB memory guard was wrong for 512 GiB hosts; the guard now sizes from recommendedMaxWorkingSetSize)',
    ],
    [
      'No measured recommendedMaxWorkingSetSize was found for a 512 GB Mac (M3 Ultra, 80-core GPU only); 3/4 (384 GiB) is the rule applied, not a reading.',
    ],
  ),
];
