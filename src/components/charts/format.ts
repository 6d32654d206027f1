/**
 * Text and axis helpers shared by the chart wrappers. They format the domain's figures for
 * display and choose axis ranges; they never compute memory figures themselves.
 */

import type { MethodBar } from '../../domain/recommend';

const KIB = 1024;
const MIB = 1024 * 1024;

/** GiB with one decimal, the precision the rest of the app shows. */
export function formatGib(gib: number): string {
  return gib.toFixed(1);
}

/** A token count in short form, binary thousands as context windows are named: 131072 → "128k". */
export function formatTokens(tokens: number): string {
  if (tokens >= MIB) return `${trim(tokens / MIB)}M`;
  if (tokens >= KIB) return `${trim(tokens / KIB)}k`;
  return String(Math.round(tokens));
}

/** A token count in full with thousands separators: 131072 → "131,072". */
export function formatTokensExact(tokens: number): string {
  return Math.round(tokens).toLocaleString('en-US');
}

function trim(value: number): string {
  return value < 10 ? String(Math.round(value * 10) / 10) : String(Math.round(value));
}

/** Powers of two between `min` and `max` inclusive: the readable ticks of a log token axis. */
export function tokenTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let tick = 2 ** Math.ceil(Math.log2(Math.max(1, min))); tick <= max; tick *= 2) {
    ticks.push(tick);
  }
  return ticks;
}

const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest "round" number at or above `value` (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ). */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = NICE_STEPS.find((s) => s * magnitude >= value * (1 - 1e-9)) ?? 10;
  return step * magnitude;
}

/**
 * The top of a GiB axis. Values far above the GPU (full fine-tuning of a 7B model on 24 GiB is
 * ~150 GiB) would squash the region that matters, so the axis stops a little above the larger of
 * 3× the capacity and 2× the smallest value; taller bars and lines run off the top and are
 * labelled there. The capacity line always stays in view.
 */
export function gibAxisCeiling(values: readonly (number | null)[], capacityGib: number): number {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v) && v >= 0);
  if (finite.length === 0) return niceCeil(Math.max(capacityGib, 1) * 1.1);
  const limit = Math.max(3 * capacityGib, 2 * Math.min(...finite));
  const shown = finite.filter((v) => v <= limit);
  return niceCeil(Math.max(capacityGib, ...shown) * 1.05);
}

const TICK_STEPS = [1, 2, 2.5, 5];

/**
 * Round, evenly spaced ticks from 0 that end exactly at the axis top: the smallest step of
 * 1, 2, 2.5 or 5 × 10ⁿ that needs at most `maxTicks` intervals, and the top rounded up to a whole
 * number of steps. An axis that ends between two ticks leaves the reader guessing its top.
 */
export function roundTicks(ceiling: number, maxTicks = 6): { top: number; ticks: number[] } {
  const target = Number.isFinite(ceiling) && ceiling > 0 ? ceiling : 1;
  const intervals = Math.max(1, Math.floor(maxTicks));
  // The step is at least target / intervals: start one decade below it, at most two decades up.
  const first = 10 ** Math.floor(Math.log10(target / intervals));
  const step =
    [first, first * 10, first * 100]
      .flatMap((magnitude) => TICK_STEPS.map((s) => s * magnitude))
      .find((candidate) => Math.ceil(target / candidate - 1e-9) <= intervals) ?? target;
  const count = Math.ceil(target / step - 1e-9);
  // Multiply, not add, so that 0.1-steps do not drift (0.30000000000000004).
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { top: ticks.at(-1) as number, ticks };
}

/** The log token axis's range, widened to the powers of two around it so both ends are ticks. */
export function tokenDomain(min: number, max: number): [number, number] {
  const low = 2 ** Math.floor(Math.log2(Math.max(1, min)));
  const high = 2 ** Math.ceil(Math.log2(Math.max(low, max)));
  return [low, high];
}

/** Every GiB figure of a method chart, for the axis ceiling. */
export function methodValues(bars: readonly MethodBar[]): (number | null)[] {
  return bars.flatMap((bar) => [bar.full, bar.lora, bar.qlora]);
}

/**
 * Splits a model name at its hyphens into lines of at most `maxChars` characters, so long names
 * such as "DeepSeek-R1-Distill-Qwen-7B" fit under a narrow bar group.
 */
export function wrapLabel(label: string, maxChars: number, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const part of label.split(/(?<=-)/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + part.length <= maxChars)
      lines[lines.length - 1] = last + part;
    else lines.push(part);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines - 1);
  const tail = lines[maxLines - 1] ?? '';
  return [...kept, `${tail.replace(/-$/, '')}…`];
}
