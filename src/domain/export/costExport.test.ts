import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { recommend } from '../recommend';
import { exportJsonText, exportSchema } from './exportJson';
import { exportMarkdown } from './exportMarkdown';

const rec = recommend({
  hardware: { gpuId: 'rtx-4090' },
  scale: { datasetExamples: 40_000, tokensPerExample: 700, epochs: 2, gpuHourPrice: 0.45 },
});
/** The Markdown as a reader sees it: rendered (GFM), tags dropped, entities read. */
const shown = (markdown: string) =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
const meta = { link: 'https://tunewise.example/recommendation#v=2', date: '2 December 2026' };

describe('time, cost and evidence in the exports', () => {
  it('writes the cost table, the price used and the evidence lines into the Markdown', () => {
    const md = exportMarkdown(rec, meta);
    const text = shown(md);
    const mine = rec.cost!.rows[0]!;
    expect(md).toContain('## Time and cost');
    expect(md).toContain('40,000 examples × 700 tokens × 2 epochs = 56.0M tokens trained');
    expect(md).toMatch(
      /\| NVIDIA GeForce RTX 4090 24 GB \(yours\) \| [\d,]+ \| .+ \| [\d.]+ \| \$\d+\.\d\d \|/,
    );
    expect(md).toContain(`$${(mine.gpuHours * 0.45).toFixed(2)}`);
    expect(text).toContain('$0.45 per GPU-hour, your price');
    expect(text).toMatch(/Speed: ±\d+(\.\d)?% typical on \d+ measured runs like this one/);
    expect(text).toMatch(/Memory: ±\d+(\.\d)?% typical on \d+ measured runs like this one/);
    expect(text).toMatch(/Nearest measured run: .+ Measured .+, our estimate .+ Source: /);
    // Sources are named, not linked: the share link stays the only link.
    expect(
      micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()] }).match(/<a /g),
    ).toHaveLength(1);
  });

  it('writes what to change when the plan cut the batch asked for', () => {
    const md = exportMarkdown(rec, meta);
    expect(rec.fitAdvice?.situation).toBe('cut');
    expect(md).toContain('## What to change to fit');
    const first = rec.fitAdvice!.levers[0]!;
    expect(md).toContain(`${(first.savedBytes / 2 ** 30).toFixed(1)} GiB`);
  });

  it('carries the same figures in the JSON, valid against the published schema', () => {
    const doc = exportSchema.parse(JSON.parse(exportJsonText(rec)));
    const cost = doc.recommendation.timeAndCost!;
    expect(cost.trainedTokens).toBe(56_000_000);
    expect(cost.rows[0]).toMatchObject({
      gpuId: 'rtx-4090',
      yours: true,
      usdPerGpuHour: 0.45,
      priceKind: 'yours',
    });
    expect(cost.rows[0]!.costUsd).toBeCloseTo(rec.cost!.rows[0]!.costUsd!, 2);
    const h100 = cost.rows.find((r) => r.gpuId === 'h100-80gb')!;
    expect(h100.priceKind).toBe('default');
    expect(h100.priceSource).toMatch(/deploybase\.ai.*as of 2026-03-10 \(secondary\)/);
    expect(doc.recommendation.evidence!.memory!.text).toBe(
      `±${(rec.evidence!.memory!.typicalError * 100).toFixed(1)}% typical on ${rec.evidence!.memory!.n} measured runs like this one (${rec.evidence!.memory!.likeness})`,
    );
    expect(doc.recommendation.fitAdvice!.levers.length).toBe(rec.fitAdvice!.levers.length);
  });
});
