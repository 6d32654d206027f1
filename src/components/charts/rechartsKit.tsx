import { cloneElement, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { COLOURS } from './theme';

/*
 * The charts' toolkit and the one module they import recharts through: recharts, the sizing
 * wrapper, shared axis and tooltip props and the legend. Everything shared by the two chart
 * modules lands in one chunk, named after this file, that only those lazy modules pull in.
 */
export {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  type LabelProps,
  type XAxisTickContentProps,
} from 'recharts';

interface SizedProps {
  width?: number;
  height?: number;
  defaultHeight: number;
  /** A recharts chart element; it receives the width and height. */
  children: ReactElement<{ width?: number; height?: number }>;
}

/**
 * A chart at a fixed size when `width` is given (print, where nothing may resize later),
 * otherwise as wide as its container at `height`, or `defaultHeight`.
 */
export function Sized({ width, height, defaultHeight, children }: SizedProps) {
  if (width !== undefined)
    return cloneElement(children, { width, height: height ?? defaultHeight });
  return (
    <ResponsiveContainer width="100%" height={height ?? defaultHeight} minWidth={0}>
      {children}
    </ResponsiveContainer>
  );
}

/** Axis lines and ticks in the muted ink, readable in both colour schemes. */
export const axisProps = {
  stroke: COLOURS.muted,
  tick: { fill: COLOURS.muted, fontSize: 12 },
  tickLine: { stroke: COLOURS.muted },
} as const;

/** A tooltip on the page's surface colours; item text in ink, as pattern fills are no colour. */
export const tooltipProps = {
  contentStyle: {
    background: COLOURS.surface,
    border: `1px solid ${COLOURS.line}`,
    borderRadius: 6,
    color: COLOURS.ink,
    fontSize: 13,
    padding: '4px 8px',
  },
  itemStyle: { color: COLOURS.ink, padding: 0 },
  labelStyle: { color: COLOURS.ink, fontWeight: 700 },
  cursor: { fill: 'var(--surface-2)', stroke: COLOURS.line },
} as const;

/** What a legend entry shows before its text. */
export type LegendSwatch =
  | { kind: 'fill'; fill: string; stroke: string }
  | { kind: 'line'; stroke: string; dash?: string }
  | { kind: 'mark'; text: string };

/** One legend entry. */
export interface LegendItem {
  label: string;
  swatch: LegendSwatch;
}

function Swatch({ swatch }: { swatch: LegendSwatch }) {
  if (swatch.kind === 'mark') {
    return <span className="chart-legend-mark">{swatch.text}</span>;
  }
  return (
    <svg width={22} height={14} viewBox="0 0 22 14" aria-hidden="true" focusable="false">
      {swatch.kind === 'fill' ? (
        <rect x={1} y={1} width={20} height={12} fill={swatch.fill} stroke={swatch.stroke} />
      ) : (
        <line
          x1={0}
          y1={7}
          x2={22}
          y2={7}
          stroke={swatch.stroke}
          strokeWidth={3}
          strokeDasharray={swatch.dash}
        />
      )}
    </svg>
  );
}

/**
 * The legend under a chart, in HTML so long names wrap and read left to right. Given to recharts'
 * `<Legend content>`, which passes (and this ignores) its own payload and reserves the height.
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <Swatch swatch={item.swatch} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** An axis title in ink: along the bottom of an x axis, or turned up the left of a y axis. */
export function axisTitle(value: string, side: 'bottom' | 'left') {
  return side === 'bottom'
    ? { value, position: 'insideBottom' as const, fill: COLOURS.ink, fontSize: 12 }
    : { value, angle: -90, position: 'insideLeft' as const, fill: COLOURS.ink, fontSize: 12 };
}
