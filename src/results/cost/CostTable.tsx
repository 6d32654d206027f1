import { durationText, usdText, type CostComparison, type PriceUsed } from '../../domain/cost';

const shortPrice = (price: PriceUsed | null) =>
  price
    ? `${usdText(price.usdPerGpuHour)} (${price.kind === 'yours' ? 'yours' : 'default'})`
    : 'none';

/** The comparison's figures as a table: the chart's text alternative and the printable form. */
export function CostTable({ cost, caption }: { cost: CostComparison; caption: string }) {
  const source = cost.rows.find((row) => row.price?.source)?.price?.source;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="cost-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">GPU</th>
            <th scope="col">Method, batch</th>
            <th scope="col" className="num">
              Tokens/s
            </th>
            <th scope="col" className="num">
              Time
            </th>
            <th scope="col" className="num">
              GPU-hours
            </th>
            <th scope="col" className="num">
              Cost
            </th>
            <th scope="col">Price used</th>
          </tr>
        </thead>
        <tbody>
          {cost.rows.map((row) => (
            <tr key={row.gpuId} className={row.yours ? 'yours' : undefined}>
              <th scope="row">
                {row.gpus > 1 ? `${row.gpus} × ` : ''}
                {row.gpuName}
                {row.yours ? ' (yours)' : ''}
              </th>
              <td>
                {{ full: 'Full', lora: 'LoRA', qlora: 'QLoRA' }[row.method]}, {row.batchSize} ×{' '}
                {row.seqLen.toLocaleString('en-US')}
              </td>
              <td className="num">{Math.round(row.tokensPerSecond).toLocaleString('en-US')}</td>
              <td className="num">{durationText(row.hours)}</td>
              <td className="num">{row.gpuHours.toFixed(1)}</td>
              <td className="num">{row.costUsd === null ? '—' : usdText(row.costUsd)}</td>
              <td>{shortPrice(row.price)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {source ? (
        <p className="muted">
          Default prices: {source.source}, as of {source.asOf} ({source.status}).
        </p>
      ) : null}
    </div>
  );
}
