import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { modelSpecFromConfig } from './config';
import { gemma4_26b_a4b } from './fixtures/configs2026/gemma4Moe';
import { countParameters } from './parameters';
it('dump', () => {
  const cases: Record<string, unknown> = {};
  for (const [name, f] of Object.entries({ gemma4_26b_a4b })) {
    cases[name] = { config: f.config, ours: countParameters(modelSpecFromConfig(f.config)).total };
  }
  writeFileSync('/tmp/wt-configs-cases.json', JSON.stringify(cases));
});
