import { lazy } from 'react';
import { ChartFrame } from '../../components/charts/ChartFrame';
import {
  costBars,
  durationText,
  listedPriceOf,
  priceText,
  tokenCountText,
  usdText,
  type CostComparison,
} from '../../domain/cost';
import type { Recommendation } from '../../domain/recommend';
import { CostTable } from './CostTable';
import { panelHeight } from './chartSize';
import { EvidenceNote } from './EvidenceNote';
import { PriceField } from './PriceField';
import './cost.css';

const LazyCostChart = lazy(() => import('./CostChart'));

/** One sentence for the chart's caption and its accessible name. */
export function costSummary(cost: CostComparison): string {
  const fastest = [...cost.rows].sort((a, b) => a.hours - b.hours)[0];
  const priced = cost.rows.filter((r) => r.costUsd !== null);
  const cheapest = [...priced].sort((a, b) => (a.costUsd ?? 0) - (b.costUsd ?? 0))[0];
  if (!fastest) return 'No GPU has speed figures for this plan.';
  const first = `Fastest: ${fastest.gpuName}, ${durationText(fastest.hours)}`;
  return cheapest
    ? `${first}; cheapest: ${cheapest.gpuName}, ${usdText(cheapest.costUsd ?? 0)}.`
    : `${first}; no prices to compare.`;
}

/**
 * Time and cost of the top plan: its speed, hours, GPU-hours and cost at the user's price (or the
 * labelled default), the evidence behind the speed, and the same job on other GPUs in a chart.
 */
export function CostSection({
  recommendation,
  onPrice,
  onOtherPrice,
  print = false,
}: {
  recommendation: Recommendation;
  onPrice?: (price: number | null) => void;
  /** Sets the price of another GPU of the comparison (null: back to its default). */
  onOtherPrice?: (gpuId: string, price: number | null) => void;
  print?: boolean;
}) {
  const cost = recommendation.cost;
  if (!cost) return null;
  const mine = cost.rows.find((r) => r.yours) ?? null;
  const s = recommendation.answers.scale;
  const bars = costBars(cost);
  const gpu = recommendation.hardware.training;
  return (
    <section aria-labelledby="cost-title" className="cost-section">
      <h2 id="cost-title">Time and cost</h2>
      <p>
        {s.datasetExamples.toLocaleString('en-US')} examples ×{' '}
        {s.tokensPerExample.toLocaleString('en-US')} tokens × {s.epochs} epochs:{' '}
        {tokenCountText(cost.rows[0]?.trainedTokens ?? 0)} to train (padding not counted).
      </p>
      {mine && !print ? (
        <dl className="cost-figures">
          <div>
            <dt>Speed</dt>
            <dd>{Math.round(mine.tokensPerSecond).toLocaleString('en-US')} tokens/s</dd>
          </div>
          <div>
            <dt>Time</dt>
            <dd>{durationText(mine.hours)}</dd>
          </div>
          <div>
            <dt>GPU-hours</dt>
            <dd>{mine.gpuHours.toFixed(1)}</dd>
          </div>
          <div>
            <dt>Cost</dt>
            <dd data-testid="cost-figure">
              {mine.costUsd === null ? 'no price' : usdText(mine.costUsd)}
            </dd>
          </div>
        </dl>
      ) : (
        <p>
          The speed model has no throughput figures for the {gpu.name}: the table shows the job on
          other GPUs.
        </p>
      )}
      {mine && !print ? <p className="muted">Price: {priceText(mine.price)}.</p> : null}
      {onPrice && mine && !print ? (
        <PriceField gpuId={gpu.id} gpuName={gpu.name} value={s.gpuHourPrice} onChange={onPrice} />
      ) : null}
      {onOtherPrice && !print ? (
        <details className="cost-other-prices">
          <summary>Prices of the other GPUs</summary>
          {cost.rows
            .filter((row) => !row.yours)
            .map((row) => (
              <PriceField
                key={row.gpuId}
                gpuId={row.gpuId}
                gpuName={row.gpuName}
                value={listedPriceOf(s.gpuPrices, row.gpuId)}
                onChange={(price) => onOtherPrice(row.gpuId, price)}
                yours={false}
              />
            ))}
        </details>
      ) : null}
      <EvidenceNote label="Speed" evidence={recommendation.evidence?.speed ?? null} />
      {print ? (
        <CostTable cost={cost} caption="The same job on other GPUs: time and cost" />
      ) : (
        <ChartFrame
          title="The same job on other GPUs"
          summary={costSummary(cost)}
          note="Each GPU runs its own plan that fits it with your headroom; prices are defaults unless you set them."
          height={panelHeight(bars.length) * 2 + 40}
          table={<CostTable cost={cost} caption="Time and cost by GPU" />}
        >
          <LazyCostChart bars={bars} />
        </ChartFrame>
      )}
      {cost.leftOut.length > 0 && !print ? (
        <ul className="muted">
          {cost.leftOut.map((l) => (
            <li key={l.gpuName}>
              Not compared: {l.gpuName}, as {l.reason}.
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted no-print">
        Time counts training steps only (no evaluation, saving or data loading) from the speed
        model; default prices are RunPod on-demand rates as a third party listed them on 2026-03-10,
        not quotes.
      </p>
    </section>
  );
}
