/*
 * Peak throughput of each catalog GPU, read through `gpuPeak` only.
 *
 * Interim table: the GPU catalog is getting a `throughput` field
 * ({ bf16DenseTflops, fp8DenseTflops?, memoryBandwidthGBs, source, status }) on every entry.
 * Once that field exists, `gpuPeak` reads the catalog instead and this table goes; nothing else in
 * the speed model reads a GPU figure directly.
 *
 * `dense16Tflops` is the dense (no 2:4 sparsity) tensor-core peak for bf16 with fp32
 * accumulation, which is what PyTorch's bf16 matmuls use; on GeForce cards that is half the
 * "fp16 with fp16 accumulate" figure printed first in the whitepapers. T4 and V100 have no bf16:
 * the figure is their fp16 tensor peak ("bf16" means fp16 there, as in the memory model).
 * `interconnectGBs` is the datasheet GPU-to-GPU figure (NVLink, Infinity Fabric or the PCIe slot,
 * both directions); the speed model uses a calibrated share of it.
 */

export interface GpuPeak {
  /**
   * Hopper, Blackwell and MI300X: eager PyTorch reaches a smaller share of their much higher peak
   * (see CALIBRATION.highPeakShare).
   */
  highPeak: boolean;
  dense16Tflops: number;
  /** Non-tensor fp32 peak, for runs in full single precision (TF32 off, PyTorch's default). */
  fp32Tflops: number;
  memoryBandwidthGBs: number;
  interconnectGBs: number;
  source: string;
  status: 'verified' | 'secondary' | 'unverified';
}

const SRC_TITAN =
  'github:pytorch/torchtitan torchtitan/tools/utils.py @02581674 (get_peak_flops: A100 312e12, H100 SXM 989e12, H100 PCIe 756e12, H200 989e12, B200 2.25e15, MI300X 1300e12, L40S 362e12, each citing the vendor datasheet)';
const SRC_ADA =
  'NVIDIA Ada GPU Architecture whitepaper, Appendix A (peak BF16/FP16 tensor TFLOPS with FP32 accumulate, dense/sparse; memory bandwidth)';
const SRC_AMPERE =
  'NVIDIA Ampere GA102 GPU Architecture whitepaper, Appendix A (peak BF16 tensor TFLOPS with FP32 accumulate, dense/sparse; memory bandwidth)';
const SRC_BLACKWELL_RTX =
  'NVIDIA RTX Blackwell GPU Architecture whitepaper, Appendix A (GeForce RTX 5090 peak FP16/BF16 tensor TFLOPS with FP32 accumulate 209.5 dense; 1792 GB/s)';

const table: Record<string, GpuPeak> = {
  'a100-40gb': {
    highPeak: false,
    dense16Tflops: 312,
    fp32Tflops: 19.5,
    memoryBandwidthGBs: 1555,
    interconnectGBs: 600,
    source: `NVIDIA A100 Tensor Core GPU datasheet, https://www.nvidia.com/en-us/data-center/a100/ (BF16 312 TFLOPS dense, FP32 19.5, 40GB HBM2 1,555 GB/s, NVLink 600 GB/s); ${SRC_TITAN}`,
    status: 'secondary',
  },
  'a100-80gb': {
    highPeak: false,
    dense16Tflops: 312,
    fp32Tflops: 19.5,
    memoryBandwidthGBs: 2039,
    interconnectGBs: 600,
    source: `NVIDIA A100 Tensor Core GPU datasheet, https://www.nvidia.com/en-us/data-center/a100/ (BF16 312 TFLOPS dense, 80GB SXM HBM2e 2,039 GB/s, NVLink 600 GB/s); ${SRC_TITAN}`,
    status: 'secondary',
  },
  'h100-80gb': {
    highPeak: true,
    dense16Tflops: 989,
    fp32Tflops: 67,
    memoryBandwidthGBs: 3350,
    interconnectGBs: 900,
    source: `NVIDIA H100 Tensor Core GPU datasheet, https://www.nvidia.com/en-us/data-center/h100/ (SXM: BF16 1,979 TFLOPS with sparsity, i.e. 989 dense; FP32 67; 3.35 TB/s; NVLink 900 GB/s); ${SRC_TITAN}`,
    status: 'secondary',
  },
  h200: {
    highPeak: true,
    dense16Tflops: 989,
    fp32Tflops: 67,
    memoryBandwidthGBs: 4800,
    interconnectGBs: 900,
    source: `NVIDIA H200 Tensor Core GPU datasheet, https://www.nvidia.com/en-us/data-center/h200/ (BF16 1,979 TFLOPS with sparsity; 4.8 TB/s; NVLink 900 GB/s); ${SRC_TITAN}`,
    status: 'secondary',
  },
  b200: {
    highPeak: true,
    dense16Tflops: 2250,
    fp32Tflops: 75,
    memoryBandwidthGBs: 8000,
    interconnectGBs: 1800,
    source: `NVIDIA Blackwell datasheet, https://nvdam.widen.net/s/wwnsxrhm2w/blackwell-datasheet-3384703 (HGX B200 per GPU: BF16 4.5 PFLOPS with sparsity, 8 TB/s, NVLink 1.8 TB/s); ${SRC_TITAN}. FP32 figure not checked.`,
    status: 'unverified',
  },
  mi300x: {
    highPeak: true,
    dense16Tflops: 1307.4,
    fp32Tflops: 163.4,
    memoryBandwidthGBs: 5300,
    interconnectGBs: 896,
    source: `AMD Instinct MI300X data sheet, https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html (BF16 1,307.4 TFLOPS dense, FP32 163.4, 5.3 TB/s, Infinity Fabric 896 GB/s); ${SRC_TITAN} rounds to 1300e12`,
    status: 'secondary',
  },
  l40s: {
    highPeak: false,
    dense16Tflops: 362,
    fp32Tflops: 91.6,
    memoryBandwidthGBs: 864,
    interconnectGBs: 64,
    source: `NVIDIA L40S datasheet, https://resources.nvidia.com/en-us-l40s/l40s-datasheet-28413 (BF16 362.05 TFLOPS dense / 733 with sparsity, FP32 91.6, 864 GB/s, PCIe Gen4 x16); ${SRC_TITAN}`,
    status: 'secondary',
  },
  l4: {
    highPeak: false,
    dense16Tflops: 121,
    fp32Tflops: 30.3,
    memoryBandwidthGBs: 300,
    interconnectGBs: 64,
    source:
      'NVIDIA L4 Tensor Core GPU datasheet, https://www.nvidia.com/en-us/data-center/l4/ (BF16 242 TFLOPS with sparsity, i.e. 121 dense; FP32 30.3; 300 GB/s; PCIe Gen4 x16)',
    status: 'secondary',
  },
  a10g: {
    highPeak: false,
    dense16Tflops: 70,
    fp32Tflops: 31.2,
    memoryBandwidthGBs: 600,
    interconnectGBs: 64,
    source:
      "https://www.baseten.co/blog/nvidia-a10-vs-a10g-for-ml-model-inference/ (A10G, the AWS G5 variant of the A10: about 70 TFLOPS BF16 tensor against the A10's 125, 31.2 FP32, same 600 GB/s GDDR6); NVIDIA publishes no A10G datasheet",
    status: 'secondary',
  },
  t4: {
    highPeak: false,
    dense16Tflops: 65,
    fp32Tflops: 8.1,
    memoryBandwidthGBs: 320,
    interconnectGBs: 32,
    source:
      'NVIDIA T4 Tensor Core GPU datasheet, https://www.nvidia.com/en-us/data-center/tesla-t4/ (mixed FP16/FP32 65 TFLOPS, FP32 8.1, 320 GB/s, PCIe Gen3 x16); no bf16',
    status: 'secondary',
  },
  'v100-16gb': {
    highPeak: false,
    dense16Tflops: 125,
    fp32Tflops: 15.7,
    memoryBandwidthGBs: 900,
    interconnectGBs: 300,
    source:
      'NVIDIA V100 Tensor Core GPU datasheet, https://www.nvidia.com/en-us/data-center/v100/ (SXM2: tensor 125 TFLOPS fp16, FP32 15.7, 900 GB/s, NVLink 300 GB/s; PCIe: 112 and 14); no bf16',
    status: 'secondary',
  },
  'v100-32gb': {
    highPeak: false,
    dense16Tflops: 125,
    fp32Tflops: 15.7,
    memoryBandwidthGBs: 900,
    interconnectGBs: 300,
    source:
      'NVIDIA V100 Tensor Core GPU datasheet, https://www.nvidia.com/en-us/data-center/v100/ (SXM2: tensor 125 TFLOPS fp16, FP32 15.7, 900 GB/s, NVLink 300 GB/s; PCIe: 112 and 14); no bf16',
    status: 'secondary',
  },
  'rtx-a6000': {
    highPeak: false,
    dense16Tflops: 154.8,
    fp32Tflops: 38.7,
    memoryBandwidthGBs: 768,
    interconnectGBs: 112.5,
    source: `${SRC_AMPERE}: RTX A6000 154.8 dense / 309.7 sparse, FP32 38.7, 768 GB/s; NVIDIA RTX A6000 datasheet (NVLink bridge 112.5 GB/s)`,
    status: 'secondary',
  },
  'rtx-6000-ada': {
    highPeak: false,
    dense16Tflops: 364.2,
    fp32Tflops: 91.1,
    memoryBandwidthGBs: 960,
    interconnectGBs: 64,
    source: `NVIDIA RTX 6000 Ada Generation datasheet (FP32 91.1 TFLOPS, tensor 1,457 TFLOPS FP8 with sparsity, i.e. 364.2 dense bf16; 960 GB/s; PCIe Gen4 x16); ${SRC_ADA}`,
    status: 'secondary',
  },
  'rtx-3060-12gb': {
    highPeak: false,
    dense16Tflops: 25.4,
    fp32Tflops: 12.7,
    memoryBandwidthGBs: 360,
    interconnectGBs: 32,
    source: `${SRC_AMPERE}: GeForce RTX 3060 (GA106) 25.4 dense with FP32 accumulate (51.2 with FP16 accumulate), FP32 12.7, 360 GB/s`,
    status: 'unverified',
  },
  'rtx-3090': {
    highPeak: false,
    dense16Tflops: 71,
    fp32Tflops: 35.6,
    memoryBandwidthGBs: 936,
    interconnectGBs: 64,
    source: `${SRC_AMPERE}: GeForce RTX 3090 71 dense with FP32 accumulate (142 with FP16 accumulate), FP32 35.6, 936 GB/s`,
    status: 'secondary',
  },
  'rtx-4060-ti-16gb': {
    highPeak: false,
    dense16Tflops: 44.1,
    fp32Tflops: 22.1,
    memoryBandwidthGBs: 288,
    interconnectGBs: 16,
    source: `${SRC_ADA}: GeForce RTX 4060 Ti 44.1 dense with FP32 accumulate (88.3 with FP16 accumulate), FP32 22.1, 288 GB/s, PCIe Gen4 x8`,
    status: 'unverified',
  },
  'rtx-4080': {
    highPeak: false,
    dense16Tflops: 97.5,
    fp32Tflops: 48.7,
    memoryBandwidthGBs: 716.8,
    interconnectGBs: 32,
    source: `${SRC_ADA}: GeForce RTX 4080 97.5 dense with FP32 accumulate (194.9 with FP16 accumulate), FP32 48.7, 716.8 GB/s; GeForce Ada has no peer-to-peer, so GPUs talk through the host`,
    status: 'secondary',
  },
  'rtx-4090': {
    highPeak: false,
    dense16Tflops: 165.2,
    fp32Tflops: 82.6,
    memoryBandwidthGBs: 1008,
    interconnectGBs: 32,
    source: `${SRC_ADA}: GeForce RTX 4090 165.2 dense with FP32 accumulate (330.3 with FP16 accumulate), FP32 82.6, 1,008 GB/s; GeForce Ada has no peer-to-peer, so GPUs talk through the host`,
    status: 'secondary',
  },
  'rtx-5090': {
    highPeak: false,
    dense16Tflops: 209.5,
    fp32Tflops: 104.8,
    memoryBandwidthGBs: 1792,
    interconnectGBs: 64,
    source: `${SRC_BLACKWELL_RTX}; FP32 104.8; PCIe Gen5 x16`,
    status: 'unverified',
  },
};

/** Catalog GPUs the table knows, for tests and for the error message. */
export const GPUS_WITH_PEAK: readonly string[] = Object.keys(table);

/**
 * The peak figures of a catalog GPU. Throws for an id the table does not know (an unknown id, the
 * "custom" choice, or Apple silicon, whose GPU throughput no PyTorch training benchmark here
 * measures).
 */
export function gpuPeak(gpuId: string): GpuPeak {
  const peak = Object.hasOwn(table, gpuId) ? table[gpuId] : undefined;
  if (!peak) {
    throw new Error(
      `No throughput figures for GPU "${gpuId}": the speed model knows ${GPUS_WITH_PEAK.join(', ')}`,
    );
  }
  return peak;
}
