import { Component, Suspense, useId, type ErrorInfo, type ReactNode } from 'react';
import { useNearViewport } from './useNearViewport';
import './charts.css';

interface ChartFrameProps {
  /** Shown first in the caption. */
  title: string;
  /** One sentence: ends the caption and names the chart area for assistive technology. */
  summary: string;
  /** A line of context under the caption, such as the settings the figures share. */
  note?: string;
  /** The chart area's height in pixels, kept while the chart loads. */
  height: number;
  /** Load the chart now rather than when it nears the viewport (print layouts). */
  immediate?: boolean;
  /** The text alternative: a table of the same figures, always available. */
  table: ReactNode;
  /** The chart, typically a lazy component: it is only rendered once near the viewport. */
  children: ReactNode;
}

/** The box that holds the chart's place while it is off screen or loading. */
function ChartPlaceholder({ height, text = 'Loading chart…' }: { height: number; text?: string }) {
  return (
    <div className="chart-placeholder" style={{ height }}>
      {text}
    </div>
  );
}

/** Keeps a failed chart download from taking the page down: the table still has the figures. */
class ChartErrorBoundary extends Component<
  { height: number; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Chart failed to load', error, info.componentStack);
  }

  override render() {
    if (this.state.failed) {
      return (
        <ChartPlaceholder
          height={this.props.height}
          text="The chart could not be loaded; the table below has its figures."
        />
      );
    }
    return this.props.children;
  }
}

/**
 * The accessible wrapper of every chart: a figure whose caption gives the title and a one-sentence
 * summary, a chart area exposed as one image named by that summary, and a table of the same
 * figures behind a disclosure. The chart itself mounts only once the figure nears the viewport.
 */
export function ChartFrame({
  title,
  summary,
  note,
  height,
  immediate = false,
  table,
  children,
}: ChartFrameProps) {
  const [ref, near] = useNearViewport<HTMLDivElement>(immediate);
  const titleId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={titleId}>
      <figcaption className="chart-caption">
        <span className="chart-title" id={titleId}>
          {title}
        </span>{' '}
        <span className="chart-summary">{summary}</span>
        {note ? <span className="chart-note">{note}</span> : null}
      </figcaption>
      <div ref={ref} className="chart-area" role="img" aria-label={summary}>
        {near ? (
          <ChartErrorBoundary height={height}>
            <Suspense fallback={<ChartPlaceholder height={height} />}>{children}</Suspense>
          </ChartErrorBoundary>
        ) : (
          <ChartPlaceholder height={height} />
        )}
      </div>
      <details className="chart-details">
        <summary>Show the figures as a table</summary>
        {table}
      </details>
    </figure>
  );
}
