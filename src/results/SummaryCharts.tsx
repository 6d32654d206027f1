import { useLayoutEffect, useRef, useState } from 'react';
import { ContextChartFigure, MethodChartFigure } from '../components/charts';
import type { Recommendation } from '../domain/recommend';

/** The widest chart for paper: fits A4 and Letter within the page margins. */
const PRINT_WIDTH = 640;
const PRINT_HEIGHT = 300;
/** Below this a chart's labels collide; a narrower screen scrolls the box instead. */
const MIN_WIDTH = 280;

/**
 * A fixed chart width (nothing may resize once printing starts) that fits where the summary is
 * read: the box's width when it is narrower than the paper width (a phone), else the paper width.
 * Measured once the box is laid out and again when the window is resized.
 */
function useFittedWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(PRINT_WIDTH);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const available = Math.floor(box.clientWidth);
      if (available > 0) setWidth(Math.max(MIN_WIDTH, Math.min(PRINT_WIDTH, available)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  return [ref, width] as const;
}

/** The summary's charts at a fixed size without animation, as wide as the page allows. */
export function SummaryCharts({ recommendation }: { recommendation: Recommendation }) {
  const [ref, width] = useFittedWidth();
  const size = { width, height: PRINT_HEIGHT };
  return (
    <section aria-labelledby="summary-charts-title">
      <h2 id="summary-charts-title">Charts</h2>
      <div className="fixed-chart" ref={ref}>
        <MethodChartFigure
          chart={recommendation.charts.memoryByMethod}
          title="Memory by method"
          animate={false}
          {...size}
        />
      </div>
      {recommendation.charts.memoryByContext ? (
        <div className="fixed-chart">
          <ContextChartFigure
            chart={recommendation.charts.memoryByContext}
            title="Memory against context length"
            animate={false}
            {...size}
          />
        </div>
      ) : null}
    </section>
  );
}
