import { lazy } from 'react';
import { ChartFrame } from '../../components/charts/ChartFrame';
import type { ServingByContextChart } from '../../domain/serving/chart';
import { tokens } from '../format';

// recharts stays in the lazily loaded chunk.
const LazyServingChart = lazy(() => import('./ServingChart'));

const HEIGHT = 340;

/** Where each engine's line crosses the device's memory: the longest context it serves. */
function summary(chart: ServingByContextChart): string {
  const parts = chart.lines.map((line) => {
    const last = chart.points.filter((p) => (p[line.key] ?? Infinity) <= chart.capacityGib).at(-1);
    return last
      ? `${line.label} stays under it up to ${tokens(last.tokens)} of the lengths shown`
      : `${line.label} is over it even at ${tokens(chart.points[0]?.tokens ?? 0)} tokens`;
  });
  return `At ${chart.concurrency} sequences against ${chart.capacityGib} GiB: ${parts.join('; ')}.`;
}

/** Serving memory against context, one line per engine or KV precision, with a table. */
export function ServingChartFigure({ chart }: { chart: ServingByContextChart }) {
  return (
    <ChartFrame
      title="Serving memory by context length, per engine"
      summary={summary(chart)}
      height={HEIGHT}
      table={<ServingTable chart={chart} />}
    >
      <LazyServingChart chart={chart} height={HEIGHT} />
    </ChartFrame>
  );
}

function ServingTable({ chart }: { chart: ServingByContextChart }) {
  return (
    <div className="table-scroll">
      <table className="compact chart-table">
        <caption>
          GiB each engine needs by context per sequence at {chart.concurrency} sequences; the device
          has {chart.capacityGib} GiB.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Context (tokens)
            </th>
            {chart.lines.map((line) => (
              <th key={line.key} scope="col" className="num">
                {line.label} (GiB)
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.points.map((point) => (
            <tr key={point.tokens}>
              <th scope="row" className="num">
                {tokens(point.tokens)}
              </th>
              {chart.lines.map((line) => (
                <td key={line.key} className="num">
                  {(point[line.key] ?? 0).toFixed(1)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
