import { useId } from 'react';
import type { MemoryByMethodChart as MethodChartData } from '../../domain/recommend';
import { formatGib, gibAxisCeiling, methodValues, roundTicks } from './format';
import { BarTopLabel, ModelTick, barLabel } from './methodParts';
import { MethodPatterns } from './MethodPatterns';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ChartLegend,
  Cell,
  LabelList,
  Legend,
  ReferenceLine,
  Sized,
  Tooltip,
  XAxis,
  YAxis,
  axisProps,
  axisTitle,
  tooltipProps,
  type LegendItem,
} from './rechartsKit';
import { CHOSEN_MARK, COLOURS, DASHES, DEFAULT_HEIGHT, METHODS } from './theme';

/** Props of {@link MemoryByMethodChart}. */
export interface MemoryByMethodChartProps {
  chart: MethodChartData;
  /** False disables every animation (print); otherwise they follow prefers-reduced-motion. */
  animate?: boolean;
  /** With `width`, a fixed size; without, the container's width at `height` (default 340). */
  width?: number;
  height?: number;
}

/**
 * Grouped bars of GiB per GPU for each model and method, the GPU's memory as a dashed reference
 * line and the chosen method marked with a ★ and a heavy outline. Methods differ by pattern as
 * well as colour: full fine-tuning solid, LoRA hatched, QLoRA dotted.
 */
export function MemoryByMethodChart({
  chart,
  animate = true,
  width,
  height,
}: MemoryByMethodChartProps) {
  const patternId = `method-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const yAxis = roundTicks(gibAxisCeiling(methodValues(chart.bars), chart.capacityGib));
  const ceiling = yAxis.top;
  const capacityLabel = `GPU memory (${formatGib(chart.capacityGib)} GiB)`;
  // The capacity line is named in the legend: a label on the line would sit on the bars.
  const legend: LegendItem[] = [
    ...METHODS.map(({ key, name, colour }) => ({
      label: name,
      swatch: { kind: 'fill' as const, fill: `url(#${patternId}-${key})`, stroke: colour },
    })),
    { label: 'chosen method', swatch: { kind: 'mark', text: CHOSEN_MARK } },
    {
      label: capacityLabel,
      swatch: { kind: 'line', stroke: COLOURS.capacity, dash: DASHES.capacity },
    },
  ];
  return (
    <Sized width={width} height={height} defaultHeight={DEFAULT_HEIGHT.method}>
      <BarChart
        data={chart.bars}
        margin={{ top: 12, right: 12, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <MethodPatterns id={patternId} />
        <CartesianGrid stroke={COLOURS.line} strokeDasharray="2 4" vertical={false} />
        <XAxis dataKey="label" {...axisProps} interval={0} height={60} tick={ModelTick} />
        <YAxis
          domain={[0, ceiling]}
          ticks={yAxis.ticks}
          allowDataOverflow
          width={52}
          label={axisTitle('GiB per GPU', 'left')}
          {...axisProps}
        />
        <Tooltip {...tooltipProps} formatter={(gib) => `${formatGib(Number(gib))} GiB`} />
        <Legend content={<ChartLegend items={legend} />} />
        {METHODS.map(({ key, name, colour }) => (
          <Bar
            key={key}
            dataKey={key}
            name={name}
            fill={`url(#${patternId}-${key})`}
            stroke={colour}
            isAnimationActive={animate ? 'auto' : false}
          >
            {chart.bars.map((bar) =>
              bar.chosen === key ? (
                <Cell key={bar.modelId} stroke={COLOURS.ink} strokeWidth={3} />
              ) : (
                <Cell key={bar.modelId} stroke={colour} strokeWidth={1} />
              ),
            )}
            <LabelList valueAccessor={barLabel(key, ceiling)} content={BarTopLabel} />
          </Bar>
        ))}
        <ReferenceLine
          y={chart.capacityGib}
          stroke={COLOURS.capacity}
          strokeWidth={2}
          strokeDasharray={DASHES.capacity}
        />
      </BarChart>
    </Sized>
  );
}

export default MemoryByMethodChart;
