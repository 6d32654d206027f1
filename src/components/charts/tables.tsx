import type { MemoryByContextChart, MemoryByMethodChart } from '../../domain/recommend';
import { formatGib, formatTokensExact } from './format';
import { CHOSEN_MARK, METHODS } from './theme';

function GibCell({
  gib,
  capacityGib,
  chosen = false,
}: {
  gib: number | null;
  capacityGib: number;
  chosen?: boolean;
}) {
  if (gib === null) return <td className="num">not available</td>;
  return (
    <td className={chosen ? 'num chart-table-chosen' : 'num'}>
      {formatGib(gib)}
      {gib > capacityGib ? ' (over)' : ''}
      {chosen ? ` ${CHOSEN_MARK} chosen` : ''}
    </td>
  );
}

/** The method chart's figures: GiB per GPU for each model and method, and the GPU's memory. */
export function MethodTable({ chart }: { chart: MemoryByMethodChart }) {
  return (
    <div className="table-scroll">
      <table className="compact chart-table">
        <caption>
          Memory per GPU in GiB by model and method, against {formatGib(chart.capacityGib)} GiB of
          GPU memory. {chart.settings}
        </caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            {METHODS.map(({ key, name }) => (
              <th scope="col" className="num" key={key}>
                {name} (GiB)
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.bars.map((bar) => (
            <tr key={bar.modelId}>
              <th scope="row">{bar.label}</th>
              {METHODS.map(({ key }) => (
                <GibCell
                  key={key}
                  gib={bar[key]}
                  capacityGib={chart.capacityGib}
                  chosen={bar.chosen === key}
                />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">GPU memory available</th>
            <td className="num" colSpan={METHODS.length}>
              {formatGib(chart.capacityGib)} GiB
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

const tokensOrNone = (tokens: number) => (tokens > 0 ? formatTokensExact(tokens) : 'none');

/** The context chart's figures: training and serving GiB at each context length, with the limits. */
export function ContextTable({ chart }: { chart: MemoryByContextChart }) {
  return (
    <div className="table-scroll">
      <table className="compact chart-table">
        <caption>
          Memory of {chart.modelName} in GiB by context length in tokens, with the memory available
          and the longest contexts that fit.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Context (tokens)
            </th>
            <th scope="col" className="num">
              {chart.trainingLabel} (GiB)
            </th>
            <th scope="col" className="num">
              {chart.servingLabel} (GiB)
            </th>
            <th scope="col">Marked</th>
          </tr>
        </thead>
        <tbody>
          {chart.points.map((point) => (
            <tr key={point.tokens}>
              <th scope="row" className="num">
                {formatTokensExact(point.tokens)}
              </th>
              <GibCell gib={point.trainingGib} capacityGib={chart.trainingCapacityGib} />
              <GibCell gib={point.servingGib} capacityGib={chart.servingCapacityGib} />
              <td>{point.tokens === chart.neededTokens ? 'your context window' : ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Memory available (GiB)</th>
            <td className="num">{formatGib(chart.trainingCapacityGib)}</td>
            <td className="num">{formatGib(chart.servingCapacityGib)}</td>
            <td />
          </tr>
          <tr>
            <th scope="row">Longest that fits (tokens)</th>
            <td className="num">{tokensOrNone(chart.maxTrainingTokens)}</td>
            <td className="num">{tokensOrNone(chart.maxServingTokens)}</td>
            <td>your context window: {formatTokensExact(chart.neededTokens)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
