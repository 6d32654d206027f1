import {
  CartesianGrid,
  ChartLegend,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Sized,
  axisProps,
  axisTitle,
  tooltipProps,
  Tooltip,
  XAxis,
  YAxis,
  type LegendItem,
} from '../../components/charts/rechartsKit';
import {
  formatGib,
  formatTokens,
  formatTokensExact,
  gibAxisCeiling,
  roundTicks,
  tokenDomain,
  tokenTicks,
} from '../../components/charts/format';
import { COLOURS, DASHES } from '../../components/charts/theme';
import type { ServingByContextChart } from '../../domain/serving/chart';

/** One colour and dash per line, told apart without colour too. */
const STYLES = [
  { stroke: 'var(--brand)', dash: undefined },
  { stroke: 'var(--accent)', dash: '8 5' },
  { stroke: 'var(--ink)', dash: '2 3' },
  { stroke: 'var(--ink-muted)', dash: '12 4 2 4' },
  { stroke: 'var(--danger)', dash: '4 2' },
] as const;

export const SERVING_CHART_HEIGHT = 340;

const styleOf = (i: number) => STYLES[i % STYLES.length] ?? STYLES[0];

/** Serving memory of each engine against context length (log axis), with the device's memory. */
export default function ServingChart({
  chart,
  width,
  height,
}: {
  chart: ServingByContextChart;
  width?: number;
  height?: number;
}) {
  const [min, max] = tokenDomain(chart.points[0]?.tokens ?? 1, chart.points.at(-1)?.tokens ?? 1);
  const values = chart.points.flatMap((p) => chart.lines.map((line) => p[line.key] ?? null));
  const yAxis = roundTicks(gibAxisCeiling(values, chart.capacityGib));
  const legend: LegendItem[] = chart.lines.map((line, i) => {
    const style = styleOf(i);
    return { label: line.label, swatch: { kind: 'line', stroke: style.stroke, dash: style.dash } };
  });
  return (
    <Sized width={width} height={height} defaultHeight={SERVING_CHART_HEIGHT}>
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
          height={44}
          label={axisTitle('Context per sequence (tokens, log scale)', 'bottom')}
          {...axisProps}
        />
        <YAxis
          domain={[0, yAxis.top]}
          ticks={yAxis.ticks}
          allowDataOverflow
          label={axisTitle('GiB needed', 'left')}
          {...axisProps}
        />
        <Tooltip
          {...tooltipProps}
          labelFormatter={(tokens) => `${formatTokensExact(Number(tokens))} tokens`}
          formatter={(gib) => `${formatGib(Number(gib))} GiB`}
        />
        <Legend content={<ChartLegend items={legend} />} />
        {chart.lines.map((line, i) => {
          const style = styleOf(i);
          return (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.label}
              stroke={style.stroke}
              strokeDasharray={style.dash}
              strokeWidth={2.5}
              dot={false}
              isAnimationActive={false}
            />
          );
        })}
        <ReferenceLine
          y={chart.capacityGib}
          stroke={COLOURS.capacity}
          strokeDasharray={DASHES.capacity}
        />
        <ReferenceLine
          x={chart.contextTokens}
          stroke={COLOURS.muted}
          strokeDasharray={DASHES.marker}
        />
      </LineChart>
    </Sized>
  );
}
