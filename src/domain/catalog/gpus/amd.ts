import type { Gpu } from '../schema';
import { DOC_CDNA3, GiB, SRC_BNB_INSTALL, SRC_FA2_README, UNREAD_DATASHEET } from './shared';

const CDNA_CAPS = { bf16: true, flashAttention2: true, bitsandbytes4bit: true, fp8: true };
const SRC_BNB_ROCM_048 =
  'https://huggingface.co/docs/bitsandbytes/v0.48.1/installation (AMD ROCm support still "experimental" in v0.48)';
const NOTE_BNB_ROCM =
  'bitsandbytes 4-bit on ROCm moved from alpha (v0.44–v0.48, prebuilt for gfx942) to supported in the v0.50 docs; check the installed version.';
const NOTE_FNUZ =
  'CDNA 3 FP8 uses the FNUZ variants of E4M3/E5M2 rather than the OCP formats used by NVIDIA; not all FP8 recipes carry over (not verified against AMD documentation here).';
const DOC_CDNA4 =
  'AMD CDNA 4 Architecture whitepaper and the AMD Instinct MI355X product page (https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html): 288 GB HBM3E, 8 TB/s, about 2.5 PFLOPS BF16 and 5 PFLOPS FP8 dense';

/** AMD Instinct accelerators, a Radeon card and the Ryzen AI Max APU. */
export const amdGpus: Gpu[] = [
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X 192 GB',
    vendor: 'amd',
    class: 'datacenter',
    architecture: 'CDNA 3',
    marketedMemoryGb: 192,
    usableMemoryBytes: 205_822_885_888,
    capabilities: CDNA_CAPS,
    throughput: {
      bf16DenseTflops: 1307.4,
      fp8DenseTflops: 2614.9,
      memoryBandwidthGBs: 5300,
      sources: [
        DOC_CDNA3,
        'https://aiwiki.ai/wiki/amd_instinct_mi355x (background: MI300X 192 GB HBM3 at 5.3 TB/s)',
      ],
      status: 'secondary',
      note: 'Bandwidth read in a third-party summary; the tensor figures are AMD’s dense peaks (the product page was not re-read).',
    },
    sources: [
      'https://github.com/ROCm/legacy-rocm-build/issues/4750 (rocm-smi on bare-metal MI300X: VRAM Total Memory (B) 206141652992; in CPX mode 1/8 of it per partition)',
      'https://github.com/ROCm/rocm-examples/issues/187 (rocminfo on MI300X: GLOBAL pool size 201310208 KB = the same 206141652992 bytes)',
      'github:thamada/nvidia-smi gls/MI300X_deviceQuery.py @c4c8a463a61e4ac67e3d7956da104b302760a498 (Total Global Memory 196592 MB on bare metal)',
      'https://servethehome.com/amd-instinct-mi300x-gpu-and-mi300a-apus-launched-for-ai-era/3 (CDNA 3 numerics include FP8 and BF16)',
      SRC_FA2_README,
      SRC_BNB_INSTALL,
      SRC_BNB_ROCM_048,
    ],
    notes: [
      'Usable memory is 205,822,885,888 bytes (196,288 MiB, 191.69 GiB): the VRAM total rocm-smi and torch.cuda.mem_get_info report on MI300X instances, most of them cloud virtual functions ("MI300X VF"). Bare metal reports 304 MiB more (206,141,652,992 bytes). The VF reading is unverified: it was seen in public rocm-smi printouts whose addresses were not recorded in this review.',
      'FlashAttention-2 comes from the ROCm build (composable_kernel backend, ROCm 6.0+); the README limits its backward pass to head dimensions up to 128.',
      NOTE_BNB_ROCM,
      NOTE_FNUZ,
    ],
  },
  {
    id: 'mi325x',
    name: 'AMD Instinct MI325X 256 GB',
    vendor: 'amd',
    class: 'datacenter',
    architecture: 'CDNA 3',
    marketedMemoryGb: 256,
    usableMemoryBytes: 256 * GiB,
    capabilities: CDNA_CAPS,
    throughput: {
      bf16DenseTflops: 1307.4,
      fp8DenseTflops: 2614.9,
      memoryBandwidthGBs: 6000,
      sources: [
        'https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html (MI325X: 256 GB HBM3E, 6 TB/s, the MI300X compute die)',
      ],
      status: 'unverified',
      note: `Same CDNA 3 compute as the MI300X, with more and faster memory. ${UNREAD_DATASHEET}`,
    },
    sources: [SRC_FA2_README, SRC_BNB_INSTALL],
    notes: [
      'No rocm-smi printout was found for the MI325X: usable memory is the marketed 256 GB taken as GiB (the MI300X reports 191.7 of its 192 GB as GiB).',
      'Same gfx942 target as the MI300X, so the MI300X FlashAttention-2 and bitsandbytes builds apply.',
      NOTE_BNB_ROCM,
      NOTE_FNUZ,
    ],
  },
  {
    id: 'mi355x',
    name: 'AMD Instinct MI355X 288 GB',
    vendor: 'amd',
    class: 'datacenter',
    architecture: 'CDNA 4',
    marketedMemoryGb: 288,
    usableMemoryBytes: 288 * GiB,
    capabilities: CDNA_CAPS,
    throughput: {
      bf16DenseTflops: 2500,
      fp8DenseTflops: 5000,
      memoryBandwidthGBs: 8000,
      sources: [
        DOC_CDNA4,
        'https://www.theregister.com/2025/06/12/amd_mi355x/ (MI355X: 288 GB HBM3E, 8 TBps; at FP8, FP16 and BF16 level with Blackwell)',
        'https://www.world-today-news.com/?p=7253162 (ISSCC 2026 report: MI355X FP8 compute five petaflops)',
      ],
      status: 'secondary',
      note: 'Bandwidth and the 5 PFLOPS FP8 read in press reports of AMD’s figures; bf16 is half of FP8.',
    },
    sources: [SRC_FA2_README, SRC_BNB_INSTALL],
    notes: [
      'No rocm-smi printout was found for the MI355X: usable memory is the marketed 288 GB taken as GiB.',
      'gfx950: FlashAttention-2 (composable_kernel) and bitsandbytes need builds that include gfx950; counted as available, not confirmed here.',
      'CDNA 4 uses the OCP FP8 formats (and adds MXFP6/MXFP4).',
    ],
  },
  {
    id: 'rx-7900-xtx',
    name: 'AMD Radeon RX 7900 XTX 24 GB',
    vendor: 'amd',
    class: 'consumer',
    architecture: 'RDNA 3',
    marketedMemoryGb: 24,
    usableMemoryBytes: 24 * GiB,
    capabilities: { bf16: true, flashAttention2: false, bitsandbytes4bit: true, fp8: false },
    throughput: {
      bf16DenseTflops: 122.8,
      memoryBandwidthGBs: 960,
      sources: [
        'https://www.amd.com/en/products/graphics/desktops/radeon/7000-series/amd-radeon-rx-7900xtx.html (RX 7900 XTX: 96 CUs, 122.8 TFLOPS peak half precision, 24 GB GDDR6 at 960 GB/s)',
      ],
      status: 'unverified',
      note: `AMD’s peak half-precision figure; RDNA 3 WMMA runs bf16 at the fp16 rate (96 CUs × 2.5 GHz × 512). ${UNREAD_DATASHEET}`,
    },
    sources: [SRC_FA2_README, SRC_BNB_INSTALL],
    notes: [
      'No rocm-smi printout was found: usable memory is the marketed 24 GB taken as GiB.',
      'FlashAttention-2 is not counted as available: the composable_kernel build targets Instinct (gfx90a/gfx942); on RDNA 3 (gfx1100) use PyTorch SDPA or the Triton backend.',
      'bitsandbytes 4-bit is counted as available through its ROCm build (RDNA 3 is among the ROCm-supported targets); check the installed version.',
      'No FP8 tensor path on RDNA 3.',
    ],
  },
  {
    id: 'ryzen-ai-max-395-128gb',
    name: 'AMD Ryzen AI Max+ 395 (Strix Halo, Radeon 8060S), 128 GB unified memory',
    vendor: 'amd',
    class: 'consumer',
    architecture: 'RDNA 3.5 (gfx1151)',
    marketedMemoryGb: 128,
    usableMemoryBytes: 64 * GiB,
    capabilities: { bf16: true, flashAttention2: false, bitsandbytes4bit: false, fp8: false },
    throughput: {
      bf16DenseTflops: 59.4,
      memoryBandwidthGBs: 256,
      sources: [
        'https://whylucian.github.io/softab/docs/hardware-specs.html (Strix Halo: 40 CUs at 2.9 GHz, peak FP16/BF16 59.4 TFLOPS = 512 ops/clock/CU; LPDDR5X-8000, 256 GB/s theoretical, ~215 GB/s measured)',
      ],
      status: 'secondary',
      note: 'Read in a third-party specification page that shows its arithmetic; AMD quotes platform TOPS rather than GPU TFLOPS.',
    },
    sources: [
      'https://rocm.docs.amd.com/en/latest/how-to/system-optimization/strixhalo.html (AMD Strix Halo system optimization: gfx1151 memory is mapped system RAM; GTT is the pool PyTorch allocates from)',
      'https://g.o00.io/noisedestroyers/localgenai/src/commit/2c4bfefa95961bb090d1cf226582fb320c4591e4/StrixHaloMemory.md (default GTT on recent Linux is roughly half of system RAM; BIOS UMA carve-out up to 64 GB on the Framework Desktop)',
      'https://whylucian.github.io/softab/docs/hardware-specs.html (raise GTT with the kernel parameter ttm.pages_limit, in 4 KiB pages, e.g. 31457280 = 120 GiB; amdgpu.gttsize is the legacy parameter)',
    ],
    notes: [
      'Unified memory: by default the GPU can use the BIOS carve-out (UMA frame buffer) plus GTT, and on recent Linux kernels GTT defaults to about half of system RAM. This preset counts 64 GiB, half of 128 GB; the default depends on kernel and BIOS and was read in secondary sources.',
      'To give the GPU more: set the kernel parameter ttm.pages_limit (4 KiB pages; 31457280 = 120 GiB) and, on older kernels, amdgpu.gttsize (MiB), then reboot; or raise the BIOS UMA carve-out (on Windows, AMD Variable Graphics Memory up to 96 GB). Leave 8–16 GB for the operating system.',
      'FlashAttention-2 and bitsandbytes 4-bit are not counted as available: no documented build for gfx1151 was found. PyTorch SDPA works; QLoRA needs another 4-bit path.',
      'Memory bandwidth (256 GB/s) is a tenth of a datacenter GPU’s, so training is slow even where it fits.',
    ],
  },
];
