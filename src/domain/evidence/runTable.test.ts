import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { computeMemoryRuns, computeSpeedRuns } from './measureRuns';

const round = (value: number) => Number(value.toPrecision(6));
const FILE = new URL('./runTable.ts', import.meta.url).pathname;

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
    const source = [
      '// Written by runTable.test.ts from the memory and speed fixtures; do not edit by hand.',
      '// After a model or fixture change: npx vitest run src/domain/evidence/runTable.test.ts -u',
      "import type { MeasuredRun } from './measureRuns';",
      '',
      `export const RUN_TABLE: { memory: MeasuredRun[]; speed: MeasuredRun[] } = ${JSON.stringify(table)};`,
      '',
    ].join('\n');
    const text = await format(source, { ...(await resolveConfig(FILE)), filepath: FILE });
    await expect(text).toMatchFileSnapshot('./runTable.ts');
  });
});
