/*
 * Units, sources and notes shared by the GPU presets of every vendor.
 *
 * `usableMemoryBytes` is the memory one training process can address on one device:
 *
 * - NVIDIA and AMD: the total the driver reports for the device — nvidia-smi "Memory-Usage"
 *   total (or rocm-smi / rocminfo) — read from published printouts. It is usually not the
 *   marketed figure: a "24 GB" RTX 4090 reports 24564 MiB, an ECC-enabled T4 15360 MiB, an H100
 *   80GB SXM 81559 MiB. Where no printout was found the marketed GB is taken as GiB and the entry
 *   says so. CUDA itself sees a few hundred MiB less than this total (an H100 SXM shows 81559 MiB
 *   in nvidia-smi but 81106 MiB in deviceQuery), so the memory model keeps its own headroom.
 * - Unified memory (Apple silicon, DGX Spark, Ryzen AI Max): the share the GPU may use by default;
 *   each entry says how that share is set and how to raise it.
 *
 * `throughput` holds the peak figures a speed estimate needs (see `gpuThroughputSchema`).
 */

export const MiB = 2 ** 20;
export const GiB = 2 ** 30;

export const SRC_MODAL_SMI =
  'https://github.com/modal-labs/modal-client/pull/2797 (nvidia-smi totals: H100 81559MiB, A100 80GB 81920MiB, A100 40GB 40960MiB, L40S 46068MiB, L4 23034MiB, T4 15360MiB)';
export const SRC_FA2_README =
  'https://github.com/Dao-AILab/flash-attention (README: FlashAttention-2 with CUDA supports Ampere, Ada, Hopper; Turing not supported; bf16 needs Ampere or newer; ROCm build supports MI200/MI300)';
export const SRC_FA2_BLACKWELL =
  'https://github.com/Dao-AILab/flash-attention/pull/1436 (merged January 2025, released from flash-attn 2.7.3/2.7.4: setup.py emits sm_100 and sm_120 kernels when built with CUDA ≥ 12.8)';
export const SRC_FA2_RTX5090_OK =
  'https://github.com/Dao-AILab/flash-attention/issues/2016 (RTX 5090: flash_attn 2.8.0.post2 installed and working with CUDA 12.8, PyTorch 2.7.1)';
export const SRC_TE_MATRIX =
  'https://nvidia.github.io/TransformerEngine/support_matrix.html (BF16 needs compute capability ≥ 8.0; FP8 needs ≥ 8.9: Ada, Hopper, Blackwell)';
export const SRC_BNB_INSTALL =
  'https://huggingface.co/docs/bitsandbytes/v0.50.0/installation (NF4/FP4 quantization needs CUDA compute capability 6.0+; AMD GPUs officially supported)';

// Vendor documents the throughput figures come from.
export const DOC_AMPERE_GA102 =
  'NVIDIA Ampere GA102 GPU Architecture whitepaper (V2.0), Appendix A: RTX 3090 / RTX A6000 / A40 peak tensor TFLOPS';
export const DOC_ADA =
  'NVIDIA Ada GPU Architecture whitepaper (V2.01, with L40 and L4), Appendix A: RTX 4090 / RTX 4080 / RTX 6000 Ada / L40 / L4 peak tensor TFLOPS';
export const DOC_RTX_BLACKWELL =
  'NVIDIA RTX Blackwell GPU Architecture whitepaper (2025), Appendix A: GeForce RTX 5090 / 5080 / 5070 Ti peak tensor TFLOPS';
export const DOC_HOPPER =
  'https://www.nvidia.com/en-us/data-center/h100/ (H100 SXM / PCIe / NVL datasheet table: BF16 1,979 / 1,513 / 1,671 TFLOPS and FP8 3,958 / 3,026 / 3,341 TFLOPS with sparsity; 3.35 / 2 / 3.9 TB/s)';
export const DOC_CDNA3 =
  'AMD CDNA 3 Architecture whitepaper and the AMD Instinct MI300X product page (https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html): 1,307.4 TFLOPS BF16 and 2,614.9 TFLOPS FP8 dense, 5.3 TB/s';

export const NOTE_CUDA_HEADROOM =
  'nvidia-smi "Total" includes memory the driver keeps for itself; PyTorch sees a few hundred MiB less (e.g. H100 SXM: 81559 MiB in nvidia-smi, 81106 MiB in deviceQuery).';
export const NOTE_ECC_GEFORCE = 'GeForce cards have no ECC, so the reported total does not change.';
export const NOTE_MARKETED =
  'No nvidia-smi printout was found for this card: usable memory is the marketed GB taken as GiB, which may be slightly optimistic (a 12 GB RTX 5070 reports 12227 MiB, 61 MiB under 12 GiB: https://github.com/shkhln/libc6-shim/issues/14).';
export const NOTE_FP8 =
  'FP8 tensor cores exist (compute capability ≥ 8.9); FP8 training needs Transformer Engine or a similar library.';

/** Why a datasheet figure is marked unverified: recalled from the vendor document, not re-read here. */
export const UNREAD_DATASHEET =
  'Vendor figure as published in the document named in the sources; that document was not re-read in this review, so the figure is unverified.';
