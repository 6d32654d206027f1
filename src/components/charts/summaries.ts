import type { MemoryByContextChart, MemoryByMethodChart } from '../../domain/recommend';
import { CHOSEN_MARK, METHODS } from './theme';
import { formatGib, formatTokens } from './format';

/** One sentence saying what the method chart shows and how many models each method fits. */
export function methodSummary(chart: MemoryByMethodChart): string {
  const count = chart.bars.length;
  if (count === 0) return 'There are no models to compare.';
  const fits = METHODS.map(({ key, name }) => {
    const available = chart.bars.filter((bar) => bar[key] !== null);
    if (available.length === 0) return `${name} is not available on this GPU`;
    const fitting = available.filter((bar) => (bar[key] ?? Infinity) <= chart.capacityGib).length;
    return `${name} fits ${fitting} of ${available.length}`;
  });
  const models = count === 1 ? '1 model' : `${count} models`;
  return `Memory per GPU for ${models} against ${formatGib(chart.capacityGib)} GiB of GPU memory: ${fits.join(', ')}; ${CHOSEN_MARK} marks the method chosen for each model.`;
}

/** One sentence giving the limits the context chart marks. */
export function contextSummary(chart: MemoryByContextChart): string {
  const first = chart.points[0]?.tokens ?? 0;
  const last = chart.points.at(-1)?.tokens ?? 0;
  const training =
    chart.maxTrainingTokens > 0
      ? `training fits sequences up to ${formatTokens(chart.maxTrainingTokens)} tokens`
      : 'training does not fit at batch 1';
  const serving =
    chart.maxServingTokens > 0
      ? `serving fits a context up to ${formatTokens(chart.maxServingTokens)} tokens`
      : 'serving does not fit';
  return `Memory of ${chart.modelName} from ${formatTokens(first)} to ${formatTokens(last)} tokens of context: ${training}, ${serving}, and your context window is ${formatTokens(chart.neededTokens)} tokens.`;
}

/** The capacity line's label, one line when training and serving share the same memory. */
export function capacityLabels(chart: MemoryByContextChart): {
  training: string;
  serving: string | null;
} {
  if (chart.trainingCapacityGib === chart.servingCapacityGib) {
    return { training: `GPU memory (${formatGib(chart.trainingCapacityGib)} GiB)`, serving: null };
  }
  return {
    training: `Training GPU memory (${formatGib(chart.trainingCapacityGib)} GiB)`,
    serving: `Serving memory (${formatGib(chart.servingCapacityGib)} GiB)`,
  };
}
