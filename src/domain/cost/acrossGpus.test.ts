import { describe, expect, it } from 'vitest';
import { recommend } from '../recommend';
import { budgetOf } from '../recommend/fit';
import { planHardware } from '../recommend/hardware';
import { costBars } from './acrossGpus';
import { listedPriceOf, withListedPrice } from './trainingCost';

const input = (gpuId: string, scale: Record<string, unknown> = {}) => ({
  hardware: { gpuId },
  scale: { datasetExamples: 50_000, tokensPerExample: 800, epochs: 2, ...scale },
});

describe('the same job across GPUs', () => {
  it('puts the user’s plan first and the others fastest first, each a plan that fits its GPU', () => {
    const rec = recommend(input('rtx-4090'));
    const rows = rec.cost!.rows;
    expect(rows[0]).toMatchObject({ gpuId: 'rtx-4090', yours: true });
    expect(rows[0]!.batchSize).toBe(rec.top!.training.plan!.options.batchSize);
    expect(rows.map((r) => r.gpuId).slice(1)).toEqual(['h100-80gb', 'a100-80gb', 'l40s']);
    for (let i = 2; i < rows.length; i++)
      expect(rows[i]!.hours).toBeGreaterThan(rows[i - 1]!.hours);
    for (const row of rows) {
      expect(row.seqLen).toBe(rec.top!.training.plan!.options.seqLen);
      expect(row.trainedTokens).toBe(80_000_000);
    }
    // An H100 runs the job faster than the 4090, and costs more per hour.
    expect(rows[1]!.hours).toBeLessThan(rows[0]!.hours);
    expect(rows[1]!.price!.usdPerGpuHour).toBeGreaterThan(rows[0]!.price!.usdPerGpuHour);
  });

  it('leaves out a GPU that fits only shorter sequences, and says so', () => {
    const rec = recommend(input('h100-80gb', { sizeBand: '14-32b', trainingSeqLen: 16_384 }));
    const names = rec.cost!.rows.map((r) => r.gpuId);
    expect(names).toContain('h100-80gb');
    expect(names).not.toContain('rtx-4090');
    const left = rec.cost!.leftOut.find((l) => l.gpuName.includes('4090'));
    expect(left?.reason).toMatch(/fits only [\d,]+-token sequences|no method fits/);
  });

  it('uses the user’s price for their GPU only: the cost follows it, the others keep theirs', () => {
    const cheap = recommend(input('rtx-4090', { gpuHourPrice: 0.3 })).cost!;
    const dear = recommend(input('rtx-4090', { gpuHourPrice: 0.9 })).cost!;
    expect(dear.rows[0]!.costUsd! / cheap.rows[0]!.costUsd!).toBeCloseTo(3, 9);
    expect(dear.rows[0]!.price!.kind).toBe('yours');
    expect(dear.rows[1]!.costUsd).toBe(cheap.rows[1]!.costUsd);
    const bars = costBars(dear);
    expect(bars[0]).toMatchObject({ label: 'RTX 4090 24 GB (yours)', yours: true });
    expect(bars[0]!.costUsd).toBe(dear.rows[0]!.costUsd);
    expect(bars.map((b) => b.hours)).toEqual(dear.rows.map((r) => r.hours));
  });

  it('uses a price the user set for another GPU, and only for that GPU', () => {
    const plain = recommend(input('rtx-4090')).cost!;
    const set = recommend(input('rtx-4090', { gpuPrices: ['h100-80gb:5'] })).cost!;
    const h100 = set.rows.find((r) => r.gpuId === 'h100-80gb')!;
    expect(h100.price).toEqual({ usdPerGpuHour: 5, kind: 'yours', source: null });
    expect(h100.costUsd).toBeCloseTo(h100.gpuHours * 5, 9);
    for (const row of set.rows.filter((r) => r.gpuId !== 'h100-80gb'))
      expect(row.costUsd).toBe(plain.rows.find((r) => r.gpuId === row.gpuId)!.costUsd);
  });

  it('reads and writes the prices list one GPU at a time', () => {
    const list = withListedPrice(['h100-80gb:5', 'l40s:1'], 'h100-80gb', 3.5);
    expect(list).toEqual(['l40s:1', 'h100-80gb:3.5']);
    expect(listedPriceOf(list, 'h100-80gb')).toBe(3.5);
    expect(listedPriceOf(list, 'a100-80gb')).toBeNull();
    expect(withListedPrice(list, 'l40s', null)).toEqual(['h100-80gb:3.5']);
  });

  it('re-fits each GPU with the same headroom: every plan stays inside that GPU’s budget', () => {
    const rec = recommend(input('rtx-4090', { headroomPercent: 20 }));
    for (const row of rec.cost!.rows.slice(1)) {
      const hardware = planHardware({ ...rec.answers.hardware, gpuId: row.gpuId });
      expect(row.neededBytes).toBeLessThanOrEqual(hardware.training.usableBytes * 0.8);
      expect(row.neededBytes).toBeLessThanOrEqual(budgetOf(hardware.training, 20));
    }
  });

  it('has no GPU rows for a GPU the speed model does not know, and says why', () => {
    const rec = recommend({ hardware: { gpuId: 'custom', customGpuGb: 24 } });
    expect(rec.cost!.rows.every((r) => !r.yours)).toBe(true);
    expect(rec.cost!.leftOut[0]!.reason).toMatch(/no throughput figures/);
  });
});
