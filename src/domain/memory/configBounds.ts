import { ModelConfigError } from './configFields';
import { countParameters } from './parameters';
import type { ModelSpec } from './spec';

/**
 * The most parameters a config may describe: 100 trillion, fifty times the largest open models of
 * 2026 (about 2 trillion). Each field has its own limit, but several fields near theirs multiply
 * into a model no machine holds, whose byte counts stop meaning anything.
 */
export const MAX_PARAMETERS = 1e14;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Checks what the dimensions add up to, not only each one: a config whose parameter count is
 * beyond `MAX_PARAMETERS` (or not a number at all) is rejected, naming the fields that multiply
 * into it.
 *
 * @throws ModelConfigError on num_hidden_layers, with the fields it multiplies.
 */
export function assertPlausibleSize(spec: ModelSpec): void {
  const counts = countParameters(spec);
  if (Number.isFinite(counts.total) && counts.total <= MAX_PARAMETERS) return;
  const total = `${counts.total.toExponential(1).replace('e+', ' × 10^')} parameters`;
  const limit = `more than the ${MAX_PARAMETERS.toExponential(0).replace('e+', ' × 10^')} Tunewise accepts (the largest open models have about 2 × 10^12)`;
  // The vocabulary alone stays under the limit (10^7 × 131,072 × 2): the blocks make it absurd.
  const width = spec.moe
    ? `num_experts (${count(spec.moe.numExperts)}) × moe_intermediate_size (${count(spec.moe.expertIntermediateSize)})`
    : `intermediate_size (${count(spec.intermediateSize)})`;
  throw new ModelConfigError([
    {
      field: 'num_hidden_layers',
      message: `num_hidden_layers (${count(spec.numLayers)}) × hidden_size (${count(spec.hiddenSize)}) × ${width} give ${total}, ${limit}`,
    },
  ]);
}
