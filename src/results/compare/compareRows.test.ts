import { describe, expect, it } from 'vitest';
import { compareModels } from '../../domain/compare';
import { normalizeAnswers, recommend } from '../../domain/recommend';
import { gib } from '../format';
import { compareSections, duration } from './compareRows';

const ranking = recommend({});
const ids = ranking.shortlist.slice(0, 3).map((candidate) => candidate.id);
const rec = recommend(normalizeAnswers({ scale: { compareModels: ids } }).answers);
const sections = compareSections(compareModels(rec), rec);
const rowOf = (section: string, label: string) =>
  sections.find((s) => s.id === section)!.rows.find((row) => row.label === label)!;

describe('compareSections', () => {
  it('words each model’s headroom as its shortlist card does', () => {
    const fit = rowOf('memory', 'Fit and headroom');
    ranking.shortlist.slice(0, 3).forEach((candidate, index) => {
      const percent = /\((\d+)% headroom\)/.exec(candidate.why.join(' '))![1];
      expect(fit.values[index]).toBe(`Fits, ${percent}% free`);
    });
  });

  it('shows the plan’s method, batch and per-GPU total', () => {
    const top = ranking.shortlist[0]!.training.plan!;
    expect(rowOf('settings', 'Batch × sequence').values[0]).toBe(
      `${top.options.batchSize} × ${top.options.seqLen.toLocaleString('en-US')} tokens`,
    );
    expect(rowOf('memory', 'Total reserved').values[0]).toBe(
      `${gib(top.estimate.reservedBytes)} of ${gib(rec.hardware.training.usableBytes)}`,
    );
  });

  it('labels the benchmarks the ranking reads', () => {
    // Three models the ranking scored on one shared figure.
    const ranked = ranking.models.filter((c) => c.basis?.figure);
    const label = ranked[0]!.basis!.label;
    const sharing = ranked.filter((c) => c.basis!.label === label).slice(0, 3);
    expect(sharing.length).toBeGreaterThanOrEqual(2);
    const chosen = recommend(
      normalizeAnswers({ scale: { compareModels: sharing.map((c) => c.id) } }).answers,
    );
    const benchmarks = compareSections(compareModels(chosen), chosen).find(
      (s) => s.id === 'benchmarks',
    )!;
    expect(benchmarks.rows.length).toBeGreaterThan(0);
    expect(benchmarks.rows[0]!.label).toMatch(/\(ranks this purpose\)$/);
  });
});

describe('time and cost rows', () => {
  it('give each plan’s time for the dataset and its cost at the price used', () => {
    const models = compareModels(rec).models;
    const speed = sections.find((s) => s.id === 'speed')!;
    const time = speed.rows.find((r) => r.label.startsWith('Time for your dataset'))!;
    expect(time.label).toMatch(/\(\d+(\.\d)?M tokens\)$/);
    const cost = speed.rows.find((r) => r.label === 'Cost of the run')!;
    models.forEach((m, i) => {
      expect(cost.values[i]).toMatch(/^\$\d+\.\d\d at \$\d+\.\d\d per GPU-hour$/);
      expect(cost.values[i]).toContain(`$${m.cost!.costUsd!.toFixed(2)}`);
    });
  });
});

describe('duration', () => {
  it('reads seconds, minutes or hours', () => {
    expect(duration(42)).toBe('42 s');
    expect(duration(210)).toBe('3.5 min');
    expect(duration(7560)).toBe('2.1 h');
  });
});

describe('serving rows', () => {
  it('name each model’s default engine and give its plan’s memory and longest context', () => {
    const models = compareModels(rec).models;
    expect(rowOf('serving', 'Engine').values).toEqual(models.map(() => 'vLLM'));
    models.forEach((m, i) => {
      const plan = m.candidate.serving.plan;
      expect(rowOf('serving', 'Weights').values[i]).toBe(plan.weightFormat);
      expect(rowOf('serving', `Memory at 8,192 tokens × 4`).values[i]).toBe(
        `${gib(plan.neededBytes)} of ${gib(plan.capacityBytes)}`,
      );
      expect(rowOf('serving', 'Largest context that fits').values[i]).toBe(
        `${plan.maxContextTokens.toLocaleString('en-US')} tokens`,
      );
    });
  });
});
