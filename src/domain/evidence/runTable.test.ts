import { describe, expect, it } from 'vitest';
import { computeMemoryRuns, computeSpeedRuns } from './measureRuns';

const round = (value: number) => Number(value.toPrecision(6));

describe('the measured-run table the app reads', () => {
  it('equals the runs recomputed from the fixtures with today’s memory and speed models', async () => {
    const rows = (runs: ReturnType<typeof computeMemoryRuns>) =>
      runs.map((run) => ({
        ...run,
        measured: round(run.measured),
        estimated: round(run.estimated),
        error: round(run.error),
      }));
    const table = { memory: rows(computeMemoryRuns()), speed: rows(computeSpeedRuns()) };
    expect(table.memory.length).toBeGreaterThanOrEqual(60);
    expect(table.speed).toHaveLength(48);
    await expect(`${JSON.stringify(table, null, 2)}\n`).toMatchFileSnapshot('./runTable.json');
  });
});
