import type { CostBar } from '../../domain/cost';
import { durationText, usdText } from '../../domain/cost';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Sized,
  Tooltip,
  XAxis,
  YAxis,
  axisProps,
  tooltipProps,
} from '../../components/charts/rechartsKit';
import { COLOURS } from '../../components/charts/theme';
import { panelHeight } from './chartSize';

export interface CostChartProps {
  bars: CostBar[];
  animate?: boolean;
  width?: number;
}

function Panel({
  bars,
  dataKey,
  title,
  format,
  animate,
  width,
}: {
  bars: CostBar[];
  dataKey: 'hours' | 'costUsd';
  title: string;
  format: (value: number) => string;
  animate: boolean;
  width?: number;
}) {
  const data = bars.filter((bar) => bar[dataKey] !== null);
  return (
    <div className="cost-panel">
      <p className="cost-panel-title" aria-hidden="true">
        {title}
      </p>
      <Sized
        width={width}
        height={panelHeight(data.length)}
        defaultHeight={panelHeight(data.length)}
      >
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 72, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={COLOURS.line} strokeDasharray="2 4" horizontal={false} />
          <XAxis type="number" {...axisProps} tickFormatter={(v: number) => format(v)} />
          <YAxis type="category" dataKey="label" width={150} {...axisProps} />
          <Tooltip {...tooltipProps} formatter={(value) => format(Number(value))} />
          <Bar dataKey={dataKey} name={title} isAnimationActive={animate ? 'auto' : false}>
            {data.map((bar) => (
              <Cell
                key={bar.gpuId}
                fill={bar.yours ? COLOURS.training : COLOURS.serving}
                stroke={COLOURS.ink}
                strokeWidth={bar.yours ? 2 : 0}
              />
            ))}
            <LabelList
              dataKey={dataKey}
              position="right"
              fill={COLOURS.ink}
              fontSize={12}
              formatter={(value) => format(Number(value))}
            />
          </Bar>
        </BarChart>
      </Sized>
    </div>
  );
}

/** The same job on each GPU: hours and dollars, one horizontal bar per GPU, yours outlined. */
export function CostChart({ bars, animate = true, width }: CostChartProps) {
  return (
    <div className="cost-chart">
      <Panel
        bars={bars}
        dataKey="hours"
        title="Training time"
        format={durationText}
        animate={animate}
        width={width}
      />
      <Panel
        bars={bars}
        dataKey="costUsd"
        title="Cost"
        format={usdText}
        animate={animate}
        width={width}
      />
    </div>
  );
}

export default CostChart;
