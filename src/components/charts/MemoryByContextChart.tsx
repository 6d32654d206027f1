import {
  CartesianGrid,
  ChartLegend,
  Legend,
  Line,
  LineChart,
  Sized,
  axisProps,
  axisTitle,
  tooltipProps,
  Tooltip,
  XAxis,
  YAxis,
  type LegendItem,
} from './rechartsKit';
import type { MemoryByContextChart as ContextChartData } from '../../domain/recommend';
import { capacityLines, markerLines } from './contextLines';
import {
  formatGib,
  formatTokens,
  formatTokensExact,
  gibAxisCeiling,
  roundTicks,
  tokenDomain,
  tokenTicks,
} from './format';
import { COLOURS, DASHES, DEFAULT_HEIGHT } from './theme';

/** Props of {@link MemoryByContextChart}. */
export interface MemoryByContextChartProps {
  chart: ContextChartData;
  /** False disables every animation (print); otherwise they follow prefers-reduced-motion. */
  animate?: boolean;
  /** With `width`, a fixed size; without, the container's width at `height` (default 360). */
  width?: number;
  height?: number;
}

/**
 * Training (batch 1, solid) and serving (dashed) memory against context length on a log axis, the
 * memory available as horizontal lines, and the longest contexts that fit and the context window
 * needed as labelled vertical lines.
 */
export function MemoryByContextChart({
  chart,
  animate = true,
  width,
  height,
}: MemoryByContextChartProps) {
  const [min, max] = tokenDomain(
    chart.points[0]?.tokens ?? 1,
    chart.points.at(-1)?.tokens ?? chart.points[0]?.tokens ?? 1,
  );
  const capacity = Math.max(chart.trainingCapacityGib, chart.servingCapacityGib);
  const values = chart.points.flatMap((point) => [point.trainingGib, point.servingGib]);
  const yAxis = roundTicks(gibAxisCeiling(values, capacity));
  const legend: LegendItem[] = [
    { label: chart.trainingLabel, swatch: { kind: 'line', stroke: COLOURS.training } },
    {
      label: chart.servingLabel,
      swatch: { kind: 'line', stroke: COLOURS.serving, dash: DASHES.serving },
    },
  ];

  return (
    <Sized width={width} height={height} defaultHeight={DEFAULT_HEIGHT.context}>
      <LineChart
        data={chart.points}
        margin={{ top: 8, right: 20, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={COLOURS.line} strokeDasharray="2 4" />
        <XAxis
          dataKey="tokens"
          type="number"
          scale="log"
          domain={[min, max]}
          ticks={tokenTicks(min, max)}
          tickFormatter={formatTokens}
          interval="preserveStartEnd"
          height={44}
          label={axisTitle('Context length (tokens, log scale)', 'bottom')}
          {...axisProps}
        />
        <YAxis
          domain={[0, yAxis.top]}
          ticks={yAxis.ticks}
          allowDataOverflow
          label={axisTitle('GiB of GPU memory', 'left')}
          {...axisProps}
        />
        <Tooltip
          {...tooltipProps}
          labelFormatter={(tokens) => `${formatTokensExact(Number(tokens))} tokens`}
          formatter={(gib) => `${formatGib(Number(gib))} GiB`}
        />
        <Legend content={<ChartLegend items={legend} />} />
        <Line
          dataKey="trainingGib"
          name={chart.trainingLabel}
          stroke={COLOURS.training}
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={animate ? 'auto' : false}
        />
        <Line
          dataKey="servingGib"
          name={chart.servingLabel}
          stroke={COLOURS.serving}
          strokeWidth={2.5}
          strokeDasharray={DASHES.serving}
          dot={false}
          isAnimationActive={animate ? 'auto' : false}
        />
        {capacityLines(chart)}
        {markerLines(chart, min, max)}
      </LineChart>
    </Sized>
  );
}

export default MemoryByContextChart;
