import { FieldReader, LIMITS, ownObject, type RawConfig } from './configFields';

type Pairs = [[number, number], [number, number]];

/** Two [time, frequency] pairs (sscp_conv_kernel_size, sscp_conv_stride_size), else `fallback`. */
const pairs = (value: unknown, fallback: Pairs): Pairs =>
  Array.isArray(value) &&
  value.length === 2 &&
  value.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => Number.isInteger(x)))
    ? (value as Pairs)
    : fallback;

const channelsOf = (value: unknown): [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((x) => Number.isInteger(x) && x > 0)
    ? [value[0] as number, value[1] as number]
    : [128, 32];

/**
 * Gemma 3n's audio encoder and its embedder (transformers models/gemma3n/modeling_gemma3n.py,
 * 5.18.0: Gemma3nAudioEncoder, Gemma3nMultimodalEmbedder): two bias-free subsampling convs with
 * their group norms (per channel), the input projection from channels × the subsampled
 * frequencies (padding 1 on each side), then conf_num_hidden_layers conformer blocks: two
 * feed-forward halves (norm, h → 4h → h, norm), attention (norm, per-dim scale, relative-position
 * projection, q/k/v/post h × h, norm), the light convolution (norm, h → 2h, depthwise kernel,
 * norm, h → h) and the block norm; the embedder: a vocab_size × h table, two norms and the
 * projection into the language model.
 */
export function gemma3nAudioParameters(fields: FieldReader, textHidden: number): number {
  const h = fields.int(['hidden_size'], LIMITS.hiddenSize);
  const layers = fields.int(['conf_num_hidden_layers'], LIMITS.layers);
  const heads = fields.optionalInt(['conf_num_attention_heads'], LIMITS.heads, 8);
  const kernel = fields.optionalInt(['conf_conv_kernel_size'], { min: 1, max: 1024 }, 5);
  const features = fields.optionalInt(['input_feat_size'], { min: 1, max: 65_536 }, 128);
  const vocab = fields.optionalInt(['vocab_size'], LIMITS.vocab, 128);
  const [c0, c1] = channelsOf(fields.raw.sscp_conv_channel_size);
  const kernels = pairs(fields.raw.sscp_conv_kernel_size, [
    [3, 3],
    [3, 3],
  ]);
  const strides = pairs(fields.raw.sscp_conv_stride_size, [
    [2, 2],
    [2, 2],
  ]);
  let frequencies = features;
  const [[t0, f0], [t1, f1]] = kernels;
  const [[, s0], [, s1]] = strides;
  // Each conv pads the frequency axis by one on both sides (modeling_gemma3n.py).
  frequencies = Math.floor((frequencies + 2 - f0) / s0) + 1;
  frequencies = Math.floor((frequencies + 2 - f1) / s1) + 1;
  const subsample = c0 * t0 * f0 + c0 + c1 * c0 * t1 * f1 + c1 + c1 * frequencies * h;
  const feedForward = 2 * h + 8 * h * h;
  const attention = 2 * h + Math.floor(h / heads) + 5 * h * h;
  const lightConv = 2 * h + 3 * h * h + h * kernel;
  const block = 2 * feedForward + attention + lightConv + h;
  const embedder = vocab * h + 2 * h + h * textHidden;
  return subsample + layers * block + embedder;
}

/**
 * Gemma 4's audio encoder and its embedder (models/gemma4/modeling_gemma4.py, 5.18.0:
 * Gemma4AudioModel, Gemma4MultimodalEmbedder): two bias-free subsampling convs and their norms,
 * the input projection from (channels[0] / 4) × channels[1], then conformer blocks of two
 * feed-forward halves (h → 4h → h between two norms), attention (per-dim scale, q/k/v/post and the
 * relative-key projection, h × h), the light convolution (h → 2h, depthwise kernel, h → h, two
 * norms) and three block norms; the output projection to output_proj_dims with its bias, and the
 * embedder's projection into the language model (its norm has no weight). With
 * use_clipped_linears every clippable linear (ten per block) stores four scalar bounds, counted as
 * the checkpoint stores them.
 */
export function gemma4AudioParameters(fields: FieldReader, textHidden: number): number {
  const h = fields.int(['hidden_size'], LIMITS.hiddenSize);
  const layers = fields.int(['num_hidden_layers'], LIMITS.layers);
  const heads = fields.optionalInt(['num_attention_heads'], LIMITS.heads, 8);
  const kernel = fields.optionalInt(['conv_kernel_size'], { min: 1, max: 1024 }, 5);
  const out = fields.optionalInt(['output_proj_dims'], LIMITS.hiddenSize, 1536);
  const clipped = fields.bool(['use_clipped_linears'], true);
  const [c0, c1] = channelsOf(fields.raw.subsampling_conv_channels);
  const subsample = c0 * 9 + c0 + c1 * c0 * 9 + c1 + Math.floor(c0 / 4) * c1 * h;
  const feedForward = 8 * h * h + 2 * h;
  const attention = Math.floor(h / heads) + 5 * h * h;
  const lightConv = 3 * h * h + h * kernel + 2 * h;
  const block = 2 * feedForward + attention + lightConv + 3 * h + (clipped ? 40 : 0);
  return subsample + layers * block + out * h + out + out * textHidden;
}

const TOWERS: ReadonlyMap<string, (fields: FieldReader, textHidden: number) => number> = new Map([
  ['gemma3n_audio', gemma3nAudioParameters],
  ['gemma4_audio', gemma4AudioParameters],
]);

/**
 * Parameters of the audio tower and its embedder from a multimodal config's audio_config (Gemma
 * 3n, Gemma 4 E2B / E4B). 0 when there is none or its model_type is not one of these.
 */
export function audioTowerParameters(
  top: RawConfig,
  textHidden: number,
  parent: FieldReader,
): number {
  const audioConfig = ownObject(top.audio_config);
  if (!audioConfig) return 0;
  const fields = new FieldReader(audioConfig);
  const tower = TOWERS.get(fields.string(['model_type']) ?? '');
  if (!tower) return 0;
  const count = tower(fields, textHidden);
  for (const issue of fields.issues) {
    parent.fail(`audio_config.${issue.field}`, `audio_config.${issue.message}`);
  }
  return fields.issues.length > 0 ? 0 : count;
}
