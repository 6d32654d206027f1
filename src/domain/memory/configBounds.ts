import { ModelConfigError } from './configFields';
import { countParameters } from './parameters';
import { cacheElementsPerToken, type ModelSpec } from './spec';

/**
 * At most 100 trillion parameters. Each field has its own limit (configFields.LIMITS), but every
 * field at its limit multiplies out to ~1.7e18; the largest published models are near 2e12
 * (Kimi K2 1.04e12, DeepSeek-V3 6.7e11), so 1e14 leaves room for 50× growth. It also bounds the
 * weights: at most 4e14 bytes in fp32, a finite figure for every later sum.
 */
export const MAX_PARAMETERS = 1e14;

/**
 * At most 64 MiB of 16-bit KV cache per token. Multi-head GPT-3 175B (96 layers × 12,288 keys and
 * values) needs 4.5 MiB, so 64 MiB is a typo, not a model.
 */
export const MAX_KV_BYTES_PER_TOKEN = 64 * 2 ** 20;

interface Contributor {
  fields: string;
  parameters: number;
}

const n = (value: number) => value.toLocaleString('en-US');

/** The parts of a parameter count, each named by the config fields that size it. */
function contributors(spec: ModelSpec): Contributor[] {
  const h = spec.hiddenSize;
  const blocks = spec.numLayers + spec.numDecoderLayers;
  const layers = `num_hidden_layers (${n(blocks)})`;
  const hidden = `hidden_size (${n(h)})`;
  const moe = spec.moe;
  const mlp = moe
    ? `num_experts (${n(moe.numExperts)}) × moe_intermediate_size (${n(moe.expertIntermediateSize)})`
    : `intermediate_size (${n(spec.intermediateSize)})`;
  const mlpWidth = moe ? moe.numExperts * moe.expertIntermediateSize : spec.intermediateSize;
  const attentionWidth = spec.numHeads * spec.headDim + spec.numKvHeads * spec.headDim;
  return [
    {
      fields: `vocab_size (${n(spec.vocabSize)}) × ${hidden}`,
      parameters: spec.vocabSize * h * (spec.tiedEmbeddings ? 1 : 2),
    },
    {
      fields: `${layers} × ${hidden} × ${mlp}`,
      parameters: blocks * h * mlpWidth * (spec.gatedMlp ? 3 : 2),
    },
    {
      fields: `${layers} × ${hidden} × num_attention_heads (${n(spec.numHeads)}) × head_dim (${n(spec.headDim)})`,
      parameters: blocks * h * attentionWidth * 2,
    },
    { fields: 'vision_config', parameters: spec.visionParameters },
  ];
}

/**
 * Checks what the fields multiply out to: total parameters at most MAX_PARAMETERS and the KV cache
 * of one token at most MAX_KV_BYTES_PER_TOKEN (16-bit).
 *
 * @throws ModelConfigError naming the fields behind the largest part of an absurd total.
 */
export function checkDerivedSizes(spec: ModelSpec): void {
  const total = countParameters(spec).total;
  if (!(total <= MAX_PARAMETERS)) {
    const largest = contributors(spec).reduce((a, b) => (b.parameters > a.parameters ? b : a));
    throw new ModelConfigError([
      {
        field: largest.fields,
        message: `these dimensions give ${total.toExponential(1)} parameters, more than the ${MAX_PARAMETERS.toExponential(0)} (100 trillion) no real model comes near; most of them come from ${largest.fields}`,
      },
    ]);
  }
  const layers = spec.kind === 'encoder' ? 0 : spec.numLayers + spec.numDecoderLayers;
  const kvPerToken = layers * cacheElementsPerToken(spec) * 2;
  if (kvPerToken > MAX_KV_BYTES_PER_TOKEN) {
    throw new ModelConfigError([
      {
        field: 'num_key_value_heads',
        message: `these dimensions cache ${n(Math.round(kvPerToken / 2 ** 20))} MiB per token (num_hidden_layers ${n(layers)} × num_key_value_heads ${n(spec.numKvHeads)} × head_dim ${n(spec.headDim)}), more than the 64 MiB no real model comes near`,
      },
    ]);
  }
}
