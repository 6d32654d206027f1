import type { Gpu } from '../schema';
import {
  DOC_ADA,
  DOC_AMPERE_GA102,
  GiB,
  MiB,
  NOTE_FP8,
  NOTE_MARKETED,
  SRC_BNB_INSTALL,
  SRC_FA2_BLACKWELL,
  SRC_FA2_README,
  SRC_TE_MATRIX,
  UNREAD_DATASHEET,
} from './shared';

const FP8_CAPS = { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: true };
const AMPERE_CAPS = { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: false };
const DOC_RTX_PRO_6000 =
  'https://www.nvidia.com/en-us/products/workstations/professional-desktop-gpus/rtx-pro-6000/ (RTX PRO 6000 Blackwell datasheet: 96 GB GDDR7 with ECC, 1,792 GB/s, 4,000 AI TOPS = FP4 with sparsity; Max-Q Workstation Edition 3,511 AI TOPS)';
const NOTE_PRO_DERIVED =
  'NVIDIA publishes AI TOPS (FP4 with sparsity) for this card; dense FP8 is a quarter and dense BF16 an eighth of that (workstation Blackwell runs FP32 accumulate at full rate); unverified.';
const NOTE_FA2_SM120 =
  'FlashAttention-2 runs on sm_120 (RTX PRO Blackwell, like the RTX 5090) with flash-attn 2.7.4 or later built with CUDA 12.8 or later.';

/** NVIDIA RTX workstation cards and the DGX Spark desktop. */
export const nvidiaWorkstationGpus: Gpu[] = [
  {
    id: 'rtx-a5000',
    name: 'NVIDIA RTX A5000 24 GB',
    vendor: 'nvidia',
    class: 'workstation',
    architecture: 'Ampere',
    marketedMemoryGb: 24,
    usableMemoryBytes: 24 * GiB,
    capabilities: AMPERE_CAPS,
    throughput: {
      bf16DenseTflops: 111.1,
      memoryBandwidthGBs: 768,
      sources: [
        'https://www.nvidia.com/en-us/design-visualization/rtx-a5000/ (RTX A5000 datasheet: 222.2 TFLOPS tensor with sparsity, 768 GB/s)',
      ],
      status: 'unverified',
      note: `Dense BF16 is half the 222.2 TFLOPS sparse tensor figure. ${UNREAD_DATASHEET}`,
    },
    sources: [SRC_FA2_README, SRC_TE_MATRIX, SRC_BNB_INSTALL],
    notes: [
      'No nvidia-smi printout was found for the RTX A5000: usable memory is the marketed 24 GB taken as GiB. Enabling ECC lowers the total.',
      'No FP8 (Ampere, compute capability 8.6).',
    ],
  },
  {
    id: 'rtx-a6000',
    name: 'NVIDIA RTX A6000 48 GB',
    vendor: 'nvidia',
    class: 'workstation',
    architecture: 'Ampere',
    marketedMemoryGb: 48,
    usableMemoryBytes: 49140 * MiB,
    capabilities: AMPERE_CAPS,
    throughput: {
      bf16DenseTflops: 154.8,
      memoryBandwidthGBs: 768,
      sources: [
        DOC_AMPERE_GA102,
        'NVIDIA RTX A6000 datasheet (309.7 TFLOPS tensor with sparsity, 768 GB/s)',
      ],
      status: 'unverified',
      note: `Dense BF16 is half the 309.7 TFLOPS sparse figure. ${UNREAD_DATASHEET}`,
    },
    sources: [
      'NVlabs Sionna tutorial "Discover Sionna" (nvidia-smi cell output, 2025-03-09, driver 535.183.01): NVIDIA RTX A6000, 49140MiB, ECC off',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'The 49140 MiB reading is with ECC off (the default in the printouts found). Enabling ECC lowers the total, as on the ECC-on datacenter cards of the same size (46068 MiB on L40S); no ECC-on RTX A6000 reading was found.',
    ],
  },
  {
    id: 'rtx-4000-ada',
    name: 'NVIDIA RTX 4000 Ada Generation 20 GB',
    vendor: 'nvidia',
    class: 'workstation',
    architecture: 'Ada Lovelace',
    marketedMemoryGb: 20,
    usableMemoryBytes: 20475 * MiB,
    capabilities: FP8_CAPS,
    throughput: {
      bf16DenseTflops: 76.7,
      fp8DenseTflops: 153.4,
      memoryBandwidthGBs: 360,
      sources: [
        DOC_ADA,
        'https://www.nvidia.com/en-us/design-visualization/rtx-4000/ (RTX 4000 Ada datasheet: 306.8 TFLOPS tensor = FP8 with sparsity, 360 GB/s)',
      ],
      status: 'unverified',
      note: `Dense FP8 is half the 306.8 TFLOPS sparse FP8 figure, dense BF16 a quarter. ${UNREAD_DATASHEET}`,
    },
    sources: [
      'github:thamada/nvidia-smi gls/RTX4000Ada_smi.py @c4c8a463a61e4ac67e3d7956da104b302760a498 (nvidia-smi, driver 550.90.07: NVIDIA RTX 4000 Ada Generation, 20475MiB, ECC off)',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'With ECC off the RTX 4000 Ada reports 20475 MiB (19.99 GiB); with ECC on the total is lower.',
      NOTE_FP8,
    ],
  },
  {
    id: 'rtx-5000-ada',
    name: 'NVIDIA RTX 5000 Ada Generation 32 GB',
    vendor: 'nvidia',
    class: 'workstation',
    architecture: 'Ada Lovelace',
    marketedMemoryGb: 32,
    usableMemoryBytes: 32 * GiB,
    capabilities: FP8_CAPS,
    throughput: {
      bf16DenseTflops: 261.1,
      fp8DenseTflops: 522.2,
      memoryBandwidthGBs: 576,
      sources: [
        DOC_ADA,
        'https://www.nvidia.com/en-us/design-visualization/rtx-5000/ (RTX 5000 Ada datasheet: 1,044.4 TFLOPS tensor = FP8 with sparsity, 576 GB/s)',
      ],
      status: 'unverified',
      note: `Dense FP8 is half the 1,044.4 TFLOPS sparse FP8 figure, dense BF16 a quarter. ${UNREAD_DATASHEET}`,
    },
    sources: [SRC_FA2_README, SRC_TE_MATRIX, SRC_BNB_INSTALL],
    notes: [
      'No nvidia-smi printout was found for the RTX 5000 Ada: usable memory is the marketed 32 GB taken as GiB; with ECC on the total is lower.',
      NOTE_FP8,
    ],
  },
  {
    id: 'rtx-6000-ada',
    name: 'NVIDIA RTX 6000 Ada Generation 48 GB',
    vendor: 'nvidia',
    class: 'workstation',
    architecture: 'Ada Lovelace',
    marketedMemoryGb: 48,
    usableMemoryBytes: 49140 * MiB,
    capabilities: FP8_CAPS,
    throughput: {
      bf16DenseTflops: 364.2,
      fp8DenseTflops: 728.5,
      memoryBandwidthGBs: 960,
      sources: [
        DOC_ADA,
        'NVIDIA RTX 6000 Ada Generation datasheet (1,457.0 TFLOPS tensor = FP8 with sparsity, 960 GB/s)',
      ],
      status: 'unverified',
      note: `Dense FP8 is half the 1,457 TFLOPS sparse FP8 figure, dense BF16 a quarter. ${UNREAD_DATASHEET}`,
    },
    sources: [
      'github:Advantech-COE/X86-GPU_Passthrough-EdgeSync-SDK README.md (nvidia-smi: 2× RTX 6000 Ada Generation, 49140MiB, ECC off; CUDA total global memory 47.50 GB)',
      'https://github.com/DINGYANB/MTVCrafter/issues/21 (RTX 6000 Ada Generation reported at 46068MiB, consistent with ECC on)',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'With ECC off the card reports 49140 MiB; a machine reporting 46068 MiB (the ECC-on figure of the same-die L40S) is also published. With ECC on, count 46068 MiB.',
    ],
  },
  {
    id: 'rtx-pro-6000-blackwell',
    name: 'NVIDIA RTX PRO 6000 Blackwell Workstation Edition 96 GB',
    vendor: 'nvidia',
    class: 'workstation',
    architecture: 'Blackwell',
    marketedMemoryGb: 96,
    usableMemoryBytes: 96 * GiB,
    capabilities: FP8_CAPS,
    throughput: {
      bf16DenseTflops: 500,
      fp8DenseTflops: 1000,
      memoryBandwidthGBs: 1792,
      sources: [
        DOC_RTX_PRO_6000,
        'https://github.com/zzc0721/torch-performance-test-data/issues/160 (measured bf16 matmul on the Workstation Edition: 368 TFLOPS at 4096², below the 500 TFLOPS peak as expected)',
      ],
      status: 'unverified',
      note: NOTE_PRO_DERIVED,
    },
    sources: [SRC_FA2_BLACKWELL, SRC_FA2_README, SRC_TE_MATRIX, SRC_BNB_INSTALL],
    notes: [
      NOTE_MARKETED,
      NOTE_FA2_SM120,
      'The 600 W Workstation Edition; the 300 W Max-Q and the passively cooled Server Edition are separate presets.',
    ],
  },
  {
    id: 'rtx-pro-6000-blackwell-max-q',
    name: 'NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition 96 GB',
    vendor: 'nvidia',
    class: 'workstation',
    architecture: 'Blackwell',
    marketedMemoryGb: 96,
    usableMemoryBytes: 96 * GiB,
    capabilities: FP8_CAPS,
    throughput: {
      bf16DenseTflops: 438.9,
      fp8DenseTflops: 877.8,
      memoryBandwidthGBs: 1792,
      sources: [DOC_RTX_PRO_6000],
      status: 'unverified',
      note: `3,511 AI TOPS: ${NOTE_PRO_DERIVED}`,
    },
    sources: [
      SRC_FA2_BLACKWELL,
      'https://github.com/en4ble1337/proxmox-gpu-dashboard/issues/5 (RTX PRO 6000 Blackwell Max-Q in use)',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      NOTE_MARKETED,
      NOTE_FA2_SM120,
      'Same GB202 chip and 96 GB as the Workstation Edition, capped at 300 W, so sustained throughput is lower.',
    ],
  },
  {
    id: 'dgx-spark',
    name: 'NVIDIA DGX Spark (GB10, 128 GB unified memory)',
    vendor: 'nvidia',
    class: 'workstation',
    architecture: 'Blackwell (GB10)',
    marketedMemoryGb: 128,
    usableMemoryBytes: 128e9,
    capabilities: { bf16: true, flashAttention2: false, bitsandbytes4bit: true, fp8: true },
    throughput: {
      bf16DenseTflops: 62.5,
      fp8DenseTflops: 125,
      memoryBandwidthGBs: 273,
      sources: [
        'https://www.nvidia.com/en-us/products/workstations/dgx-spark/ (DGX Spark: GB10 Grace Blackwell superchip, 128 GB LPDDR5x unified system memory, 273 GB/s, up to 1 PFLOP FP4 with sparsity)',
        'https://whylucian.github.io/softab/docs/hardware-specs.html (comparison table: DGX Spark 273 GB/s, 62.5 TFLOPS FP16)',
      ],
      status: 'secondary',
      note: 'Bandwidth and the 62.5 TFLOPS dense FP16/BF16 figure read in a third-party comparison; fp8 taken as twice bf16 (unverified).',
    },
    sources: [
      'https://github.com/autoscriptlabs/nccl-mesh-plugin/pull/42 (GB10 is sm_121; "flash-attn 2.8.3 may support sm121", not confirmed)',
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'Unified memory: CPU and GPU share one 128 GB LPDDR5x pool, so there is no separate VRAM total in nvidia-smi. Usable memory is taken as 128 GB in decimal units (119.2 GiB) to leave room for the operating system; no printout of the CUDA-visible total was found.',
      'FlashAttention-2 is not counted as available: GB10 is sm_121 and no released flash-attn build confirmed for it was found; PyTorch SDPA works.',
      'bitsandbytes 4-bit is counted as available (CUDA on arm64) but was not confirmed on GB10.',
    ],
  },
];
