import type { FigureEvidence } from '../evidence';
import type { PriceUsed } from './trainingCost';

/**
 * The words every reader of the cost and evidence figures shares (results, summary, Markdown,
 * JSON), so the page and the exports say the same thing.
 */

/** Hours as people say them: "45 min", "2.3 h", "38 h", "12.5 days". */
export function durationText(hours: number): string {
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 10) return `${hours.toFixed(1)} h`;
  if (hours < 72) return `${Math.round(hours)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

/** US dollars: cents under $100, whole dollars above. */
export function usdText(usd: number): string {
  return usd < 100 ? `$${usd.toFixed(2)}` : `$${Math.round(usd).toLocaleString('en-US')}`;
}

/** Trained tokens in millions or billions: "15.4M tokens". */
export function tokenCountText(tokens: number): string {
  if (tokens >= 1e9) return `${(tokens / 1e9).toFixed(2)}B tokens`;
  if (tokens >= 1e6) return `${(tokens / 1e6).toFixed(1)}M tokens`;
  return `${Math.round(tokens).toLocaleString('en-US')} tokens`;
}

/** Where a price comes from: "your price" or "default: RunPod on-demand … (secondary, 2026-03-10)". */
export function priceText(price: PriceUsed | null): string {
  if (!price) return 'no price: enter yours';
  const rate = `${usdText(price.usdPerGpuHour)} per GPU-hour`;
  if (price.kind === 'yours' || !price.source) return `${rate}, your price`;
  return `${rate}, a default (${price.source.listing} in ${price.source.source}, as of ${price.source.asOf}; ${price.source.status})`;
}

const percentText = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;

function measuredText(value: number, unit: string): string {
  if (unit === 'GiB') return `${value.toFixed(1)} GiB`;
  if (unit === 's/step') return `${value.toFixed(1)} s per step`;
  return `${Math.round(value).toLocaleString('en-US')} tokens/s`;
}

/** "±6.7% typical on 14 measured runs like this one (LoRA runs of 2.7B–25B models on one GPU)". */
export function typicalErrorText(evidence: FigureEvidence): string {
  return `±${percentText(evidence.typicalError)} typical on ${evidence.n} measured runs like this one (${evidence.likeness})`;
}

/** The nearest run: its setup, what was measured, what we estimate for it, and its source. */
export function nearestRunText(evidence: FigureEvidence): string {
  const run = evidence.nearest;
  return `Nearest measured run: ${run.setup}. Measured ${measuredText(run.measured, run.unit)}, our estimate ${measuredText(run.estimated, run.unit)} (${run.error >= 0 ? '+' : '−'}${percentText(Math.abs(run.error))}). Source: ${run.source}${run.url && !run.source.includes(run.url) ? ` (${run.url})` : ''}.`;
}
