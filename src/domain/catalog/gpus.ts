import type { Gpu } from './schema';

/*
 * GPU presets for the fit check.
 *
 * `usableMemoryBytes` is the memory one training process can address on one device:
 *
 * - NVIDIA and AMD: the total the driver reports for the device — nvidia-smi "Memory-Usage"
 *   total (or rocminfo's VRAM pool) in MiB × 2^20 — read from published nvidia-smi/rocminfo
 *   printouts. It is usually not the marketed figure: a "24 GB" RTX 4090 reports 24564 MiB,
 *   an ECC-enabled T4 15360 MiB, an H100 80GB SXM 81559 MiB. Where no printout was found the
 *   marketed GB is taken as GiB and the entry says so. CUDA itself sees a few hundred MiB less
 *   than this total (an H100 SXM shows 81559 MiB in nvidia-smi but 81106 MiB in deviceQuery), so
 *   the memory model must keep its own headroom.
 * - Apple silicon: the share of unified memory the GPU may wire by default, i.e. Metal's
 *   `recommendedMaxWorkingSetSize`. Apple does not document the formula; published readings show
 *   2/3 of RAM on 16 and 32 GB Macs and 3/4 on 48–192 GB Macs, so `appleDefaultGpuShareBytes`
 *   applies 2/3 up to 36 GB and 3/4 above (RAM counted in GiB, rounded down to whole bytes).
 *   `sudo sysctl iogpu.wired_limit_mb=<MiB>` raises the cap until reboot.
 */

/** The id of the "enter your own amount" choice; it is not a preset. */
export const CUSTOM_GPU_ID = 'custom';

const MiB = 2 ** 20;
const GiB = 2 ** 30;

/** Metal's default GPU working set: 2/3 of unified memory up to 36 GB, 3/4 above. */
function appleDefaultGpuShareBytes(ramGb: number): number {
  const share = ramGb <= 36 ? 2 / 3 : 3 / 4;
  return Math.floor(ramGb * GiB * share);
}

// Sources shared by several entries.
const SRC_MODAL_SMI =
  'https://github.com/modal-labs/modal-client/pull/2797 (nvidia-smi totals: H100 81559MiB, A100 80GB 81920MiB, A100 40GB 40960MiB, L40S 46068MiB, L4 23034MiB, T4 15360MiB)';
const SRC_FA2_README =
  'https://github.com/Dao-AILab/flash-attention (README: FlashAttention-2 with CUDA supports Ampere, Ada, Hopper; Turing not supported; bf16 needs Ampere or newer; ROCm build supports MI200/MI300)';
const SRC_TE_MATRIX =
  'https://nvidia.github.io/TransformerEngine/support_matrix.html (BF16 needs compute capability ≥ 8.0; FP8 needs ≥ 8.9: Ada, Hopper, Blackwell)';
const SRC_BNB_INSTALL =
  'https://huggingface.co/docs/bitsandbytes/v0.50.0/installation (NF4/FP4 quantization needs CUDA compute capability 6.0+; AMD GPUs officially supported)';
const SRC_DEVICEQUERY_H100 =
  'github:thamada/nvidia-smi nvsim/H100SXMx8_deviceQuery.py (H100 SXM deviceQuery: 81106 MBytes = 85045477376 bytes visible to CUDA)';

const NOTE_CUDA_HEADROOM =
  'nvidia-smi "Total" includes memory the driver keeps for itself; PyTorch sees a few hundred MiB less (e.g. H100 SXM: 81559 MiB in nvidia-smi, 81106 MiB in deviceQuery).';
const NOTE_ECC_GEFORCE = 'GeForce cards have no ECC, so the reported total does not change.';

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
];
const NOTES_APPLE = [
  'Usable memory is the default GPU share of unified memory (Metal recommendedMaxWorkingSetSize). Apple does not document the formula; published readings show 2/3 of RAM on 16 GB and 32 GB Macs and 3/4 on 64, 96 and 128 GB Macs (macOS 13–15). This preset applies 2/3 up to 36 GB and 3/4 above.',
  'The cap can be raised with `sudo sysctl iogpu.wired_limit_mb=<MiB>` (macOS 14+, lasts until reboot); Metal then reports the new value. Leave room for macOS itself.',
  'Newer macOS may allow more by default: a 128 GB Mac on macOS 26 reported 107.52 GiB (84%) instead of 96 GiB. The preset keeps the conservative rule.',
  'QLoRA through bitsandbytes is not counted as available on Apple silicon: bitsandbytes v0.50 docs now list Apple Silicon as supported, but no documented NF4 QLoRA training on MPS was found. The established path is MLX (mlx-lm LoRA/QLoRA on quantized models).',
  'bf16 works in PyTorch MPS on macOS 14+ (PyTorch ≥ 2.3) and in MLX; on M1/M2 it is emulated and gives no speed benefit over fp16.',
  'FlashAttention-2 is a CUDA/ROCm library; on Apple silicon PyTorch SDPA or MLX attention is used instead.',
];

function applePreset(ramGb: number, evidence: string[], extraNotes: string[] = []): Gpu {
  return {
    id: `apple-${ramGb}gb`,
    name: `Apple silicon, ${ramGb} GB unified memory`,
    vendor: 'apple',
    class: 'apple',
    architecture: 'Apple silicon',
    marketedMemoryGb: ramGb,
    usableMemoryBytes: appleDefaultGpuShareBytes(ramGb),
    capabilities: { bf16: true, flashAttention2: false, bitsandbytes4bit: false, fp8: false },
    sources: [...evidence, ...SRC_APPLE_RULE],
    notes: [...extraNotes, ...NOTES_APPLE],
  };
}

export const gpus: Gpu[] = [
  // ---------------------------------------------------------------- consumer (GeForce)
  {
    id: 'rtx-3060-12gb',
    name: 'NVIDIA GeForce RTX 3060 12 GB',
    vendor: 'nvidia',
    class: 'consumer',
    architecture: 'Ampere',
    marketedMemoryGb: 12,
    usableMemoryBytes: 12288 * MiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: false },
    sources: [
      'https://github.com/geerlingguy/raspberry-pi-pcie-devices/issues/790 (nvidia-smi: GeForce RTX 3060, 12288MiB)',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      NOTE_ECC_GEFORCE,
      'An 8 GB RTX 3060 variant also exists; this preset is the 12 GB card.',
    ],
  },
  {
    id: 'rtx-3090',
    name: 'NVIDIA GeForce RTX 3090 24 GB',
    vendor: 'nvidia',
    class: 'consumer',
    architecture: 'Ampere',
    marketedMemoryGb: 24,
    usableMemoryBytes: 24576 * MiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: false },
    sources: [
      'https://github.com/noonghunna/club-3090/issues/1128 (nvidia-smi: GeForce RTX 3090, 24576MiB)',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [NOTE_ECC_GEFORCE, NOTE_CUDA_HEADROOM],
  },
  {
    id: 'rtx-4060-ti-16gb',
    name: 'NVIDIA GeForce RTX 4060 Ti 16 GB',
    vendor: 'nvidia',
    class: 'consumer',
    architecture: 'Ada Lovelace',
    marketedMemoryGb: 16,
    usableMemoryBytes: 16380 * MiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: true },
    sources: [
      'Blog post "在 debian 12 体验大模型, Ollama 和 open-webui 安装" (slug debian-llm-setup-ollama, 2024-08-15, author Martin): nvidia-smi shows GeForce RTX 4060 Ti, 16380MiB',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'The 16380 MiB reading comes from a blog post found in the code index, not from an issue tracker; a second independent printout in the index shows the same total.',
      'An 8 GB RTX 4060 Ti variant also exists; this preset is the 16 GB card.',
      'FP8 tensor cores exist on Ada (compute capability 8.9); FP8 training needs Transformer Engine or a similar library.',
    ],
  },
  {
    id: 'rtx-4080',
    name: 'NVIDIA GeForce RTX 4080 16 GB',
    vendor: 'nvidia',
    class: 'consumer',
    architecture: 'Ada Lovelace',
    marketedMemoryGb: 16,
    usableMemoryBytes: 16 * GiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: true },
    sources: [
      'NVIDIA GeForce RTX 4080 product specifications (16 GB GDDR6X; marketed figure, not re-read for this catalog)',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'Usable memory assumed = marketed GiB; no nvidia-smi reading found for the RTX 4080 itself. A published RTX 4080 SUPER reading (same 16 GB AD103 board class) shows 16376 MiB, 8 MiB less.',
      'FP8 tensor cores exist on Ada (compute capability 8.9); FP8 training needs Transformer Engine or a similar library.',
    ],
  },
  {
    id: 'rtx-4090',
    name: 'NVIDIA GeForce RTX 4090 24 GB',
    vendor: 'nvidia',
    class: 'consumer',
    architecture: 'Ada Lovelace',
    marketedMemoryGb: 24,
    usableMemoryBytes: 24564 * MiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: true },
    sources: [
      'https://github.com/RLinf/RLinf/issues/255 (nvidia-smi: GeForce RTX 4090, 24564MiB)',
      'https://github.com/vllm-project/vllm/issues/7553 (nvidia-smi: GeForce RTX 4090, 24564MiB)',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'The RTX 4090 reports 24564 MiB, 12 MiB under 24 GiB (the RTX 3090 reports the full 24576 MiB).',
      NOTE_CUDA_HEADROOM,
    ],
  },
  {
    id: 'rtx-5090',
    name: 'NVIDIA GeForce RTX 5090 32 GB',
    vendor: 'nvidia',
    class: 'consumer',
    architecture: 'Blackwell',
    marketedMemoryGb: 32,
    usableMemoryBytes: 32607 * MiB,
    capabilities: { bf16: true, flashAttention2: false, bitsandbytes4bit: true, fp8: true },
    sources: [
      'https://github.com/noonghunna/club-3090/issues/1261 (nvidia-smi: GeForce RTX 5090, 32607MiB)',
      'github:pavanjava/vision_rag system_requirements.md (nvidia-smi: 4× GeForce RTX 5090, 32607 MiB each)',
      'https://github.com/Dao-AILab/flash-attention/issues/1638 (RTX 5090, compute capability 12.0: "no kernel image is available")',
      'https://github.com/Dao-AILab/flash-attention/issues/1987 (Blackwell sm_120 support still open)',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'FlashAttention-2 is marked unavailable: the README lists Ampere, Ada and Hopper only, and the official builds carry no sm_120 kernels (issues #1638, #1987). Self-built wheels with sm_120 added are reported to work; PyTorch SDPA works out of the box.',
      'The reported total is 32607 MiB, 161 MiB under 32 GiB.',
    ],
  },

  // ---------------------------------------------------------------- workstation
  {
    id: 'rtx-a6000',
    name: 'NVIDIA RTX A6000 48 GB',
    vendor: 'nvidia',
    class: 'workstation',
    architecture: 'Ampere',
    marketedMemoryGb: 48,
    usableMemoryBytes: 49140 * MiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: false },
    sources: [
      'NVlabs Sionna tutorial "Discover Sionna" (nvidia-smi cell output, 2025-03-09, driver 535.183.01): NVIDIA RTX A6000, 49140MiB, ECC off',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'The 49140 MiB reading is with ECC off (the default in the printouts found). Enabling ECC lowers the total, as on the ECC-on datacenter cards of the same size (46068 MiB on L40S/A40); no ECC-on RTX A6000 reading was found.',
      'The 49140 MiB reading was located through the code index, several independent printouts agree; no issue-tracker URL was recorded.',
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
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: true },
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

  // ---------------------------------------------------------------- datacenter
  {
    id: 't4',
    name: 'NVIDIA T4 16 GB',
    vendor: 'nvidia',
    class: 'datacenter',
    architecture: 'Turing',
    marketedMemoryGb: 16,
    usableMemoryBytes: 15360 * MiB,
    capabilities: { bf16: false, flashAttention2: false, bitsandbytes4bit: true, fp8: false },
    sources: [SRC_MODAL_SMI, SRC_FA2_README, SRC_TE_MATRIX, SRC_BNB_INSTALL],
    notes: [
      'ECC is on by default, which reserves memory: the T4 reports 15360 MiB (15 GiB), not 16 GiB.',
      'No bf16 (Turing, compute capability 7.5): train in fp16 with loss scaling, or fp32.',
      'FlashAttention-2 does not support Turing; use PyTorch SDPA.',
    ],
  },
  {
    id: 'v100-16gb',
    name: 'NVIDIA V100 16 GB',
    vendor: 'nvidia',
    class: 'datacenter',
    architecture: 'Volta',
    marketedMemoryGb: 16,
    usableMemoryBytes: 16160 * MiB,
    capabilities: { bf16: false, flashAttention2: false, bitsandbytes4bit: true, fp8: false },
    sources: [
      'https://github.com/4paradigm/k8s-vgpu-scheduler/issues/7 (nvidia-smi: Tesla V100-SXM2, 16160MiB)',
      'https://github.com/hiyouga/LlamaFactory/issues/2099 (FlashAttention-2 does not support V100)',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'With ECC on (the default) the V100 16 GB reports 16160 MiB. The PCIe and SXM2 variants show the same total.',
      'No bf16 (Volta, compute capability 7.0): train in fp16 with loss scaling, or fp32.',
    ],
  },
  {
    id: 'v100-32gb',
    name: 'NVIDIA V100 32 GB',
    vendor: 'nvidia',
    class: 'datacenter',
    architecture: 'Volta',
    marketedMemoryGb: 32,
    usableMemoryBytes: 32510 * MiB,
    capabilities: { bf16: false, flashAttention2: false, bitsandbytes4bit: true, fp8: false },
    sources: [
      'https://github.com/liucongg/ChatGLM-Finetuning/issues/73 (PyTorch OOM on V100 32GB: "31.74 GiB total capacity")',
      'PaddlePaddle PLSC documentation, "Maximum Number of Identities" section: "8 NVIDIA Tesla V100 32G (32510MiB)"',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'With ECC on the V100 32 GB reports 32510 MiB (31.75 GiB); several nvidia-smi printouts found through the code index agree, and PyTorch reports 31.74 GiB total capacity.',
      'No bf16 (Volta, compute capability 7.0): train in fp16 with loss scaling, or fp32.',
    ],
  },
  {
    id: 'a10g',
    name: 'NVIDIA A10G 24 GB',
    vendor: 'nvidia',
    class: 'datacenter',
    architecture: 'Ampere',
    marketedMemoryGb: 24,
    usableMemoryBytes: 23028 * MiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: false },
    sources: [
      'https://github.com/NVIDIA/DCGM/issues/232 (nvidia-smi: NVIDIA A10G, 23028MiB)',
      SRC_MODAL_SMI,
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'The AWS A10G (g5 instances) has ECC on and reports 23028 MiB (22.49 GiB), about 1.5 GiB under the marketed 24 GB; the A10 reports the same total.',
    ],
  },
  {
    id: 'l4',
    name: 'NVIDIA L4 24 GB',
    vendor: 'nvidia',
    class: 'datacenter',
    architecture: 'Ada Lovelace',
    marketedMemoryGb: 24,
    usableMemoryBytes: 23034 * MiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: true },
    sources: [SRC_MODAL_SMI, SRC_FA2_README, SRC_TE_MATRIX, SRC_BNB_INSTALL],
    notes: ['With ECC on the L4 reports 23034 MiB (22.49 GiB).'],
  },
  {
    id: 'l40s',
    name: 'NVIDIA L40S 48 GB',
    vendor: 'nvidia',
    class: 'datacenter',
    architecture: 'Ada Lovelace',
    marketedMemoryGb: 48,
    usableMemoryBytes: 46068 * MiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: true },
    sources: [SRC_MODAL_SMI, SRC_FA2_README, SRC_TE_MATRIX, SRC_BNB_INSTALL],
    notes: ['With ECC on the L40S reports 46068 MiB (44.99 GiB).'],
  },
  {
    id: 'a100-40gb',
    name: 'NVIDIA A100 40 GB',
    vendor: 'nvidia',
    class: 'datacenter',
    architecture: 'Ampere',
    marketedMemoryGb: 40,
    usableMemoryBytes: 40960 * MiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: false },
    sources: [
      SRC_MODAL_SMI,
      'https://github.com/bottlerocket-os/bottlerocket/pull/3873 (deviceQuery: A100-SXM4-40GB, 40339 MBytes visible to CUDA)',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'Current drivers report 40960 MiB; an older driver (470) printout shows 40536 MiB for an A100-SXM4-40GB (nanopool/phoenix-miner issue #17), and CUDA itself sees about 40339 MiB.',
      NOTE_CUDA_HEADROOM,
    ],
  },
  {
    id: 'a100-80gb',
    name: 'NVIDIA A100 80 GB',
    vendor: 'nvidia',
    class: 'datacenter',
    architecture: 'Ampere',
    marketedMemoryGb: 80,
    usableMemoryBytes: 81920 * MiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: false },
    sources: [
      SRC_MODAL_SMI,
      'https://github.com/dexmal/dexbotic/issues/41 (nvidia-smi: A800-SXM4-80GB, the export A100 variant, 81920MiB)',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: ['No FP8 (Ampere, compute capability 8.0).', NOTE_CUDA_HEADROOM],
  },
  {
    id: 'h100-80gb',
    name: 'NVIDIA H100 80 GB (SXM)',
    vendor: 'nvidia',
    class: 'datacenter',
    architecture: 'Hopper',
    marketedMemoryGb: 80,
    usableMemoryBytes: 81559 * MiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: true },
    sources: [
      SRC_MODAL_SMI,
      'https://github.com/NVIDIA/nccl/issues/1264 (nvidia-smi: H100 80GB HBM3, 81559MiB)',
      SRC_DEVICEQUERY_H100,
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'The H100 80GB SXM reports 81559 MiB (79.65 GiB), less than 80 GiB.',
      'The PCIe and NVL variants differ (the H100 NVL has 94 GB); this preset is the SXM5 80 GB module.',
      NOTE_CUDA_HEADROOM,
    ],
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 141 GB',
    vendor: 'nvidia',
    class: 'datacenter',
    architecture: 'Hopper',
    marketedMemoryGb: 141,
    usableMemoryBytes: 143771 * MiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: true },
    sources: [
      'https://raw.githubusercontent.com/mlcommons/inference_results_v4.1/main/closed/NVIDIA/systems/H200-SXM-141GBx8_TRT_MaxQ.json (NVIDIA MLPerf system description: accelerator memory 141 GB HBM3e)',
      'Public nvidia-smi log of an 8× H200 node (driver 570.158.01, 2025-09-02, "ETU Paper Experiments") found in the code index: 143771MiB per GPU; PyTorch in the same log prints 139.8 GB',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'The H200 reports 143771 MiB (140.40 GiB). Several independent printouts in the code index agree, but none has an issue-tracker URL recorded here.',
    ],
  },
  {
    id: 'b200',
    name: 'NVIDIA B200 180 GB',
    vendor: 'nvidia',
    class: 'datacenter',
    architecture: 'Blackwell',
    marketedMemoryGb: 180,
    usableMemoryBytes: 183359 * MiB,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: true },
    sources: [
      'https://docs.nvidia.com/dgx/dgxb200-user-guide/introduction-to-dgxb200.html (8 × B200 provide 1,440 GB total GPU memory, i.e. 180 GB each)',
      'https://github.com/NVIDIA/TensorRT-LLM/issues/10278 (nvidia-smi: NVIDIA B200, 183359MiB)',
      'https://github.com/pytorch/ao/pull/4002 (CUDA device query on B200: Total Global Memory 178.35 GB)',
      'https://github.com/huggingface/huggingface.js/pull/1539 (datacenters advertise 180 GB; some spec sites list 192 GB)',
      'https://github.com/Dao-AILab/flash-attention/issues/1589 (flash_attn 2.7.4.post1 FlashAttention-2 benchmark running on B200)',
      SRC_FA2_README,
      SRC_TE_MATRIX,
      SRC_BNB_INSTALL,
    ],
    notes: [
      'Two figures circulate: 192 GB (launch material: 8 HBM3e stacks) and 180 GB (NVIDIA DGX/HGX B200 documentation). nvidia-smi reports 183359 MiB = 179.06 GiB = 192.27 GB (decimal), so both describe roughly the same usable amount in different units; CUDA sees about 178.35 GiB.',
      'FlashAttention-2 runs on B200 (sm_100) with flash_attn 2.7.4 and later (benchmark in issue #1589), although the README still lists only Ampere, Ada and Hopper; FlashAttention-3/4 Blackwell kernels are separate work.',
    ],
  },
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X 192 GB',
    vendor: 'amd',
    class: 'datacenter',
    architecture: 'CDNA 3',
    marketedMemoryGb: 192,
    usableMemoryBytes: 201310208 * 1024,
    capabilities: { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: true },
    sources: [
      'https://github.com/ROCm/rocm-examples/issues/187 (rocminfo on MI300X: GLOBAL pool size 201310208 KB)',
      'https://github.com/ROCm/legacy-rocm-build/issues/4750 (MI300X in CPX mode: 25767706624 bytes per partition, 1/8 of the same total)',
      'https://www.tomshardware.com/pc-components/cpus/amd-unveils-instinct-mi300x-gpu-and-mi300a-apu-claims-up-to-16x-lead-over-nvidias-competing-gpus (192 GB HBM3)',
      'https://servethehome.com/amd-instinct-mi300x-gpu-and-mi300a-apus-launched-for-ai-era/3 (CDNA 3 numerics include FP8 and BF16)',
      SRC_FA2_README,
      SRC_BNB_INSTALL,
      'https://huggingface.co/docs/bitsandbytes/v0.48.1/installation (AMD ROCm support still "experimental" in v0.48)',
    ],
    notes: [
      'The ROCm runtime reports 201310208 KiB = 196592 MiB (191.98 GiB) of VRAM.',
      'FlashAttention-2 comes from the ROCm build (composable_kernel backend, ROCm 6.0+); the README limits its backward pass to head dimensions up to 128.',
      'bitsandbytes 4-bit on ROCm moved from alpha (v0.44–v0.48, prebuilt for gfx942) to supported in the v0.50 docs; check the installed version.',
      'MI300X FP8 uses the FNUZ variants of E4M3/E5M2 rather than the OCP formats used by NVIDIA; not all FP8 recipes carry over (not verified against AMD documentation here).',
    ],
  },

  // ---------------------------------------------------------------- Apple silicon
  applePreset(16, [
    'https://github.com/ise-uiuc/magicoder/issues/19 (16 GB M1: recommendedMaxWorkingSetSize = 10922.67 MiB)',
    'https://github.com/ggml-org/llama.cpp/issues/11083 (16 GB M4: recommendedMaxWorkingSetSize = 11453.25 MB decimal = 2/3 of 16 GiB)',
  ]),
  applePreset(
    24,
    [],
    [
      'No measured recommendedMaxWorkingSetSize was found for a 24 GB Mac; 2/3 (16 GiB) is the rule applied, not a reading.',
    ],
  ),
  applePreset(32, [
    'https://github.com/ggml-org/llama.cpp/pull/2011 (32 GB M1 Max: recommendedMaxWorkingSetSize = 21845.34 MB)',
  ]),
  applePreset(
    36,
    [],
    [
      'No measured value was found for a 36 GB Mac, which sits at the boundary of the rule; if macOS gives it 3/4 the share is 27 GiB rather than 24 GiB.',
    ],
  ),
  applePreset(48, [
    'https://github.com/osaurus-ai/osaurus/pull/1958 (a 48 GB Mac budgets about 36 GB to the GPU, i.e. 3/4)',
  ]),
  applePreset(64, []),
  applePreset(96, []),
  applePreset(128, []),
  applePreset(
    192,
    [
      'https://github.com/apache/tvm/pull/16398 (tvm.metal().total_global_memory = 154618822656 bytes = 144 GiB = 3/4 of 192 GiB)',
      'https://github.com/raullenchai/Rapid-MLX/pull/183 (M2 Ultra 192 GB: max_recommended 144 GB)',
    ],
    [
      'The 192 GB figure rests on secondary evidence (a TVM Metal query returning exactly 144 GiB, and a table listing 144 GB for an M2 Ultra 192 GB); no raw recommendedMaxWorkingSetSize log was found.',
    ],
  ),
];
