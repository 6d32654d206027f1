import { ReferenceLine, usePlotArea, type LabelProps } from './rechartsKit';
import type { MemoryByContextChart } from '../../domain/recommend';
import { formatTokens } from './format';
import { capacityLabels } from './summaries';
import { COLOURS, DASHES } from './theme';

interface Marker {
  tokens: number;
  title: string;
  stroke: string;
  dash?: string;
}

interface MarkerLabelProps extends LabelProps {
  marker: Marker;
  /** Labels stack in rows from the top, so neighbouring markers don't collide. */
  row: number;
}

/** Rough width of 12px text, enough to keep a label inside the plot. */
const textWidth = (text: string) => text.length * 6.6;

/**
 * A vertical marker's two-line label, what it marks then the token count: right of its line
 * where it fits, else left of it, else as far left as the plot allows.
 */
function MarkerLabel({ viewBox, marker, row }: MarkerLabelProps) {
  const plot = usePlotArea();
  if (!viewBox || !('x' in viewBox)) return null;
  const line = Number(viewBox.x ?? 0);
  const left = plot?.x ?? 0;
  const right = left + (plot?.width ?? Infinity);
  const wide = textWidth(marker.title) + 6;
  let x = line + 6;
  let anchor: 'start' | 'end' = 'start';
  if (x + wide > right) {
    if (line - wide >= left) [x, anchor] = [line - 6, 'end'];
    else x = Math.max(left + 2, right - wide);
  }
  const y = Number(viewBox.y ?? 0) + 14 + row * 32;
  return (
    <text className="chart-halo" x={x} y={y} textAnchor={anchor} fill={COLOURS.ink} fontSize={12}>
      <tspan x={x}>{marker.title}</tspan>
      <tspan x={x} dy="1.2em" fontWeight={700}>
        {formatTokens(marker.tokens)} tokens
      </tspan>
    </text>
  );
}

/**
 * Vertical lines at the context window needed and the longest training sequence and serving
 * context that fit; those outside the axis (`min`–`max` tokens) or absent (0) are left out.
 */
export function markerLines(chart: MemoryByContextChart, min: number, max: number) {
  const markers: Marker[] = [
    { tokens: chart.neededTokens, title: 'Your context window', stroke: COLOURS.ink },
    {
      tokens: chart.maxTrainingTokens,
      title: 'Longest training sequence that fits',
      stroke: COLOURS.training,
      dash: DASHES.marker,
    },
    {
      tokens: chart.maxServingTokens,
      title: 'Largest serving context that fits',
      stroke: COLOURS.serving,
      dash: DASHES.marker,
    },
  ];
  return markers
    .filter((marker) => marker.tokens > 0 && marker.tokens >= min && marker.tokens <= max)
    .map((marker, row) => (
      <ReferenceLine
        key={marker.title}
        x={marker.tokens}
        stroke={marker.stroke}
        strokeWidth={1.5}
        strokeDasharray={marker.dash}
        label={<MarkerLabel marker={marker} row={row} />}
      />
    ));
}

/**
 * Horizontal lines at the training and serving memory, one line when they are equal. The higher
 * line is labelled above itself and the lower below, so the labels never overlap.
 */
export function capacityLines(chart: MemoryByContextChart) {
  const labels = capacityLabels(chart);
  const servingAbove = chart.servingCapacityGib > chart.trainingCapacityGib;
  const line = (gib: number, value: string, above: boolean) => (
    <ReferenceLine
      key={value}
      y={gib}
      stroke={COLOURS.capacity}
      strokeWidth={2}
      strokeDasharray={DASHES.capacity}
      label={{
        value,
        position: above ? 'insideTopRight' : 'insideBottomRight',
        fill: COLOURS.ink,
        fontSize: 12,
        className: 'chart-halo',
      }}
    />
  );
  const training = line(chart.trainingCapacityGib, labels.training, !servingAbove);
  if (labels.serving === null) return [training];
  return [training, line(chart.servingCapacityGib, labels.serving, servingAbove)];
}
