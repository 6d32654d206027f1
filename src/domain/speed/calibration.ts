/**
 * The fitted constants of the speed model. Each was fitted on the published runs in
 * fixtures/measuredSpeed.ts by a coordinate search minimising median + ½ × p90 of the absolute
 * relative error of throughput; the README's "The speed model" section reports the errors they
 * give, and measured.test.ts refits `peakShare` with each source held out. Physical constants
 * (bytes an optimizer moves, what a collective sends) are not fitted: they live in timing.ts
 * beside the formula that uses them.
 */
export interface SpeedCalibration {
  /** Share of the dense peak that the matmuls of a wide model reach. */
  peakShare: number;
  /** Hidden size at which the matmul share falls to half (narrow models keep the GPU less busy). */
  halfShareHidden: number;
  /**
   * Seconds of framework time per block and pass that no FLOP count sees (kernel launches,
   * autograd and hook overhead), for full fine-tuning and for adapters.
   */
  blockOverheadSeconds: { full: number; adapter: number };
  /**
   * QLoRA: bytes of memory traffic per quantised weight and pass, at the GPU's memory bandwidth,
   * that dequantising costs (bitsandbytes dequantises each 4-bit weight to bf16 before the matmul:
   * 0.5 byte read, 2 written, 2 read again by the GEMM, plus launch gaps).
   */
  dequantBytesPerWeight: number;
  /**
   * Multiplier on peakShare for the high-peak GPUs (Hopper, Blackwell, MI300X): eager PyTorch and
   * FlashAttention-2 reach a smaller share of their much higher peak (torchtitan: 33–39% MFU for
   * Llama 3.1 8B on H100 against 58% on A100). Fitted on the two torchtitan H100 rows only.
   */
  highPeakShare: number;
  /**
   * DeepSpeed ZeRO-3's per-module gather and release hooks: seconds per block and pass on top of
   * blockOverheadSeconds (fitted on Qwen's ZeRO-3 rows).
   */
  zero3BlockSeconds: number;
  /** Share of the datasheet interconnect bandwidth the collectives of a sharded run reach. */
  interconnectShare: number;
  /** Share of the memory bandwidth the optimizer step reaches (assumed, not fitted). */
  optimizerBandwidthShare: number;
}

export const CALIBRATION: SpeedCalibration = {
  peakShare: 0.6,
  halfShareHidden: 320,
  blockOverheadSeconds: { full: 1.8e-3, adapter: 1.1e-3 },
  dequantBytesPerWeight: 8.2,
  highPeakShare: 0.55,
  zero3BlockSeconds: 1.8e-3,
  interconnectShare: 0.36,
  optimizerBandwidthShare: 0.7,
};
