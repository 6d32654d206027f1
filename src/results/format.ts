/** Display helpers for results: bytes as GiB, token counts, parameter counts. */
const GIB = 2 ** 30;

export const gib = (bytes: number) => `${(bytes / GIB).toFixed(1)} GiB`;

export const tokens = (n: number) => n.toLocaleString('en-US');

export function params(n: number): string {
  return n >= 1e9 ? `${(n / 1e9).toFixed(n >= 1e10 ? 0 : 1)}B` : `${Math.round(n / 1e6)}M`;
}

/**
 * A model's size as a card shows it: "7.6B parameters", or for a mixture of experts the total held
 * in memory beside the parameters each token uses, "30.5B total, 3.4B active".
 */
export function sizeText(candidate: { parameters: number; activeParameters: number | null }) {
  if (candidate.activeParameters === null) return `${params(candidate.parameters)} parameters`;
  const b = (n: number) => `${(n / 1e9).toFixed(1)}B`;
  return `${b(candidate.parameters)} total, ${b(candidate.activeParameters)} active`;
}

export const METHOD_NAMES = {
  full: 'Full fine-tuning',
  lora: 'LoRA (16-bit)',
  qlora: 'QLoRA (4-bit)',
} as const;

export const PRECISION_NAMES = {
  bf16: 'pure bf16',
  mixed: 'mixed precision (16-bit compute, fp32 master weights)',
  fp32: 'fp32',
} as const;
