/**
 * Chart figures: accessible wrappers with a table alternative around lazily loaded recharts
 * charts. Only the figures are exported, so importing this module never pulls in recharts.
 */
export { MethodChartFigure, ContextChartFigure, type ChartFigureProps } from './figures';
export type { MemoryByContextChartProps } from './MemoryByContextChart';
export type { MemoryByMethodChartProps } from './MemoryByMethodChart';
