import type { MethodBar } from '../../domain/recommend';
import { wrapLabel } from './format';
import { usePlotArea, type LabelProps, type XAxisTickContentProps } from './rechartsKit';
import { CHOSEN_MARK, COLOURS, type MethodKey } from './theme';

/** Below this band width (px) model names are slanted instead of wrapped. */
const NARROW_BAND = 84;

/**
 * A model name under its group of bars: wrapped at hyphens when the group is wide enough,
 * otherwise slanted and shortened (the table has the full names).
 */
export function ModelTick({ x, y, payload, width, visibleTicksCount }: XAxisTickContentProps) {
  const left = Number(x);
  const top = Number(y);
  const label = String(payload.value);
  const band = Number(width ?? 0) / Math.max(1, visibleTicksCount);
  if (band < NARROW_BAND) {
    const short = label.length > 14 ? `${label.slice(0, 13)}…` : label;
    return (
      <text
        x={left}
        y={top + 10}
        transform={`rotate(-35 ${left} ${top + 10})`}
        textAnchor="end"
        fill={COLOURS.muted}
        fontSize={11}
      >
        {short}
      </text>
    );
  }
  const lines = wrapLabel(label, Math.floor(band / 7));
  return (
    <text x={left} y={top + 4} textAnchor="middle" fill={COLOURS.muted} fontSize={12}>
      {lines.map((line, i) => (
        <tspan key={i} x={left} dy={i === 0 ? '0.8em' : '1.15em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The text above a bar: the chosen marker, and the value when the bar runs off the axis. */
export function barLabel(key: MethodKey, ceiling: number) {
  return (entry: { payload?: unknown }) => {
    const bar = entry.payload as MethodBar | undefined;
    const gib = bar?.[key];
    if (!bar || gib === null || gib === undefined) return '';
    const over = gib > ceiling ? `${Math.round(gib)}↑` : '';
    return [bar.chosen === key ? CHOSEN_MARK : '', over].filter(Boolean).join(' ');
  };
}

/**
 * Draws a bar's label just above it, or inside the top of the plot when the bar runs off the
 * axis (bars are clipped to the plot, and so are their labels). Values are dropped on bars too
 * thin to carry them; the ★ always stays.
 */
export function BarTopLabel({ viewBox, value }: LabelProps) {
  const plot = usePlotArea();
  if (!value || !viewBox || !('width' in viewBox)) return null;
  const barWidth = Number(viewBox.width ?? 0);
  const plotTop = plot?.y ?? 0;
  const barTop = Number(viewBox.y ?? 0);
  const text = barWidth < 16 ? String(value).replace(/\s*\d+↑/, '') : String(value);
  if (!text) return null;
  return (
    <text
      className="chart-halo"
      x={Number(viewBox.x ?? 0) + barWidth / 2}
      y={Math.max(barTop - 5, plotTop + 13)}
      textAnchor="middle"
      fill={COLOURS.ink}
      fontSize={12}
      fontWeight={700}
    >
      {text}
    </text>
  );
}
