import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { recommend } from '../recommend';
import { unknownAxolotlKeys } from './axolotlSchema';
import { expectedRunSettings } from './runSettings';
import { axolotlYaml, launchFiles, mlxLoraConfig, pythonSnippet } from './snippets';
import { unparsable } from './testSupport';
import { trainingSetup } from './trainingSetup';

const PURPOSES = [
  'chat',
  'text-generation',
  'similarity',
  'reranking',
  'multi-label-classification',
  'multi-class-classification',
] as const;
const GPUS = ['t4', 'rtx-4090', 'a100-80gb', 'apple-36gb'] as const;
const METHODS = ['auto', 'lora', 'qlora'] as const;

/** Every purpose × GPU × method the wizard can ask, with every model the shortlist exports. */
function grid() {
  const recs = [];
  for (const purpose of PURPOSES) {
    for (const gpuId of GPUS) {
      for (const method of METHODS) {
        const rec = recommend({ task: { purpose }, hardware: { gpuId }, scale: { method } });
        for (const candidate of rec.shortlist.slice(0, 3)) {
          if (candidate.training.plan) {
            recs.push({
              name: `${purpose} ${gpuId} ${method} ${candidate.id}`,
              rec: { ...rec, top: candidate },
            });
          }
        }
      }
    }
  }
  return recs;
}

describe('every export of the wizard’s grid', () => {
  const recs = grid();

  it(`parses: ${recs.length} Python scripts and their configs`, () => {
    expect(recs.length).toBeGreaterThan(100);
    const scripts = Object.fromEntries(recs.map(({ name, rec }) => [name, pythonSnippet(rec)!]));
    expect(unparsable(scripts)).toEqual([]);
    for (const { rec } of recs) {
      const axolotl = axolotlYaml(rec);
      if (axolotl) expect(unknownAxolotlKeys(parse(axolotl))).toEqual([]);
      const mlx = mlxLoraConfig(rec);
      if (mlx) expect(typeof parse(mlx)).toBe('object');
      for (const file of launchFiles(rec)) expect(file.text.length).toBeGreaterThan(0);
    }
  });

  it('states each plan value it will print: batch, sequence, method in the plan block', () => {
    for (const { name, rec } of recs) {
      const setup = trainingSetup(rec)!;
      const expected = expectedRunSettings(setup);
      const source = pythonSnippet(rec)!;
      expect(source, name).toContain(`BATCH_SIZE = ${expected.batchSize}\n`);
      expect(source, name).toContain(`MAX_LENGTH = ${expected.seqLen}\n`);
      expect(source, name).toContain(`METHOD = "${expected.method}"`);
    }
  });
});
