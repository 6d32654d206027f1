import { recommend } from '../../domain/recommend';

/** Chart inputs from a real recommendation with default answers (RTX 4090, 7-8B chat models). */
export function defaultCharts() {
  // Qwen3-8B pinned: the figures the chart tests read stay those of one known model as the
  // catalog's ranking moves.
  const { charts } = recommend({ scale: { pinnedModel: 'Qwen/Qwen3-8B' } });
  if (!charts.memoryByContext) throw new Error('the default answers should chart a context sweep');
  return { method: charts.memoryByMethod, context: charts.memoryByContext };
}
