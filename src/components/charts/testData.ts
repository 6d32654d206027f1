import { recommend } from '../../domain/recommend';

/** Chart inputs from a real recommendation with default answers (RTX 4090, 7-8B chat models). */
export function defaultCharts() {
  const { charts } = recommend({});
  if (!charts.memoryByContext) throw new Error('the default answers should chart a context sweep');
  return { method: charts.memoryByMethod, context: charts.memoryByContext };
}
