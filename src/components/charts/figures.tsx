import { lazy } from 'react';
import type { MemoryByContextChart, MemoryByMethodChart } from '../../domain/recommend';
import { ChartFrame } from './ChartFrame';
import { contextSummary, methodSummary } from './summaries';
import { ContextTable, MethodTable } from './tables';
import { DEFAULT_HEIGHT } from './theme';

// recharts lives only in these modules, so it ends up in its own chunk, fetched on first use.
const LazyMethodChart = lazy(() => import('./MemoryByMethodChart'));
const LazyContextChart = lazy(() => import('./MemoryByContextChart'));

/** Props shared by the chart figures. */
export interface ChartFigureProps<Chart> {
  /** Plain data from `recommend(answers).charts`. */
  chart: Chart;
  /** Overrides the default title. */
  title?: string;
  /** Animate the series as they appear (default, unless the user prefers reduced motion); false for print. */
  animate?: boolean;
  /**
   * Size in pixels, for print. With either, the chart loads at once instead of when it nears the
   * viewport; with `width`, it is drawn at exactly that size instead of filling its container.
   */
  width?: number;
  height?: number;
}

/** Memory per GPU of each shortlisted model for full fine-tuning, LoRA and QLoRA, with a table. */
export function MethodChartFigure({
  chart,
  title,
  animate,
  width,
  height,
}: ChartFigureProps<MemoryByMethodChart>) {
  const fixed = width !== undefined || height !== undefined;
  return (
    <ChartFrame
      title={title ?? 'Memory by training method'}
      summary={methodSummary(chart)}
      note={chart.settings}
      height={height ?? DEFAULT_HEIGHT.method}
      immediate={fixed}
      table={<MethodTable chart={chart} />}
    >
      {chart.bars.length > 0 ? (
        <LazyMethodChart chart={chart} animate={animate} width={width} height={height} />
      ) : null}
    </ChartFrame>
  );
}

/** Training and serving memory of one model against context length, with a table. */
export function ContextChartFigure({
  chart,
  title,
  animate,
  width,
  height,
}: ChartFigureProps<MemoryByContextChart>) {
  const fixed = width !== undefined || height !== undefined;
  return (
    <ChartFrame
      title={title ?? `Memory by context length: ${chart.modelName}`}
      summary={contextSummary(chart)}
      height={height ?? DEFAULT_HEIGHT.context}
      immediate={fixed}
      table={<ContextTable chart={chart} />}
    >
      {chart.points.length > 0 ? (
        <LazyContextChart chart={chart} animate={animate} width={width} height={height} />
      ) : null}
    </ChartFrame>
  );
}
