/**
 * Default hourly prices per GPU, in US dollars, for the cost estimate: one row per catalog GPU a
 * public price list names. These are defaults, not quotes: the user can type their own price on
 * the scale step, and nothing is fetched at run time.
 */

export interface GpuPrice {
  /** GPU catalog id. */
  gpuId: string;
  /** US dollars for one GPU for one hour, on-demand. */
  usdPerHour: number;
  /** The line the price was read from, as the source writes it. */
  listing: string;
  source: string;
  /** When the source states the prices held. */
  asOf: string;
  /** 'secondary': a third party's summary of a provider's list, not the provider's own page. */
  status: 'secondary';
}

const RUNPOD_2026: Pick<GpuPrice, 'source' | 'asOf' | 'status'> = {
  source:
    'Deploybase, “RunPod GPU Pricing: 2026 Comprehensive Pricing Guide”, https://deploybase.ai/articles/runpod-gpu-pricing (RunPod on-demand column)',
  asOf: '2026-03-10',
  status: 'secondary',
};

const row = (gpuId: string, usdPerHour: number, listing: string): GpuPrice => ({
  gpuId,
  usdPerHour,
  listing,
  ...RUNPOD_2026,
});

export const GPU_PRICES: readonly GpuPrice[] = [
  row('rtx-3090', 0.39, 'RTX 3090 24GB'),
  row('rtx-4090', 0.6, 'RTX 4090 24GB'),
  row('l4', 0.78, 'L4 24GB'),
  row('l40', 1.22, 'L40 48GB'),
  row('rtx-5090', 1.22, 'RTX 5090 32GB'),
  row('l40s', 1.4, 'L40S 48GB'),
  row('rtx-pro-6000-blackwell', 1.57, 'RTX PRO 6000 96GB'),
  row('a100-80gb', 2.45, 'A100 SXM 80GB'),
  row('h100-pcie', 3.51, 'H100 PCIe 80GB'),
  row('h100-80gb', 4.76, 'H100 SXM 80GB'),
  row('h200', 6.35, 'H200 141GB'),
  row('b200', 10.57, 'B200 192GB'),
];

/** The default price of a GPU, or null when no public list in the table names it. */
export function defaultPriceOf(gpuId: string): GpuPrice | null {
  return GPU_PRICES.find((price) => price.gpuId === gpuId) ?? null;
}
