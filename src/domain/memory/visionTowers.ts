import { LIMITS, ownObject, ownValue, type FieldReader, type RawConfig } from './configFields';

/** Parameters of a vision tower and its projector from vision_config (and the config around it). */
export type VisionTower = (fields: FieldReader, textHidden: number, top: RawConfig) => number;

/** LayerNorm with bias over `width` channels. */
const layerNorm = (width: number) => 2 * width;
/** A linear layer with bias. */
const linear = (input: number, output: number) => input * output + output;

/**
 * Qwen3.5 / Qwen3-VL vision tower (transformers models/qwen3_5/modeling_qwen3_5.py, v5:
 * Qwen3_5VisionModel): a Conv3d patch embedding (in_channels × temporal_patch_size × patch² → h,
 * with bias), num_position_embeddings learned positions, `depth` pre-LayerNorm blocks (fused qkv
 * and proj with biases, fc1/fc2 MLP with biases), and the patch merger into the language model
 * (LayerNorm over h, fc1 over h × spatial_merge_size², fc2 → out_hidden_size). Each deepstack
 * index adds a merger whose norm is over the merged width.
 */
export function qwenVisionParameters(fields: FieldReader): number {
  const h = fields.int(['hidden_size'], LIMITS.hiddenSize);
  const depth = fields.int(['depth', 'num_hidden_layers'], LIMITS.layers);
  const mlp = fields.int(['intermediate_size'], LIMITS.intermediate);
  const out = fields.int(['out_hidden_size'], LIMITS.hiddenSize);
  const patch = fields.optionalInt(['patch_size'], { min: 1, max: 1024 }, 16);
  const temporal = fields.optionalInt(['temporal_patch_size'], { min: 1, max: 64 }, 2);
  const channels = fields.optionalInt(['in_channels', 'num_channels'], { min: 1, max: 16 }, 3);
  const positions = fields.optionalInt(['num_position_embeddings'], LIMITS.positions, 0);
  const merge = fields.optionalInt(['spatial_merge_size'], { min: 1, max: 16 }, 2);
  const raw = fields.raw.deepstack_visual_indexes;
  const deepstack = Array.isArray(raw) ? raw.length : 0;
  const merged = h * merge * merge;
  const block =
    2 * layerNorm(h) + linear(h, 3 * h) + linear(h, h) + linear(h, mlp) + linear(mlp, h);
  const merger = (normWidth: number) =>
    layerNorm(normWidth) + linear(merged, merged) + linear(merged, out);
  return (
    linear(channels * temporal * patch * patch, h) +
    positions * h +
    depth * block +
    merger(h) +
    deepstack * merger(merged)
  );
}

/**
 * Gemma 4 vision tower and its embedder (transformers models/gemma4/modeling_gemma4.py, v5.7:
 * Gemma4VisionModel, Gemma4MultimodalEmbedder): a bias-free patch projection (3 × patch² → h),
 * a two-axis position table (2 × position_embedding_size × h), blocks with bias-free q/k/v/o,
 * per-head q/k norms, four RMSNorms and a gated MLP, the standardisation bias and scale (h each),
 * and the projection into the language model (h → text hidden; its pre-norm has no weight).
 */
export function gemma4VisionParameters(fields: FieldReader, textHidden: number): number {
  const h = fields.int(['hidden_size'], LIMITS.hiddenSize);
  const layers = fields.int(['num_hidden_layers'], LIMITS.layers);
  const mlp = fields.int(['intermediate_size'], LIMITS.intermediate);
  const heads = fields.int(['num_attention_heads'], LIMITS.heads);
  const headDim = fields.optionalInt(['head_dim'], LIMITS.headDim, Math.floor(h / heads));
  const patch = fields.optionalInt(['patch_size'], { min: 1, max: 1024 }, 16);
  const table = fields.optionalInt(['position_embedding_size'], LIMITS.positions, 0);
  const standardize = fields.bool(['standardize'], false);
  // use_clipped_linears (E2B / E4B): q/k/v/o and the three MLP projections each store four scalar
  // bounds (Gemma4ClippableLinear buffers), counted as the checkpoint stores them.
  const clipped = fields.bool(['use_clipped_linears'], false);
  const attention = 2 * h * heads * headDim + 2 * heads * headDim * h + 2 * headDim;
  const block = attention + 4 * h + 3 * h * mlp + (clipped ? 7 * 4 : 0);
  return (
    3 * patch * patch * h +
    2 * table * h +
    layers * block +
    (standardize ? 2 * h : 0) +
    h * textHidden
  );
}

/**
 * Llama 4 vision encoder and projector (transformers models/llama4/modeling_llama4.py, v4.51:
 * Llama4VisionModel, Llama4MultiModalProjector): a bias-free patch projection, a class embedding,
 * (image/patch)² + 1 positions, LayerNorms before and after, ViT blocks with biases, the
 * pixel-shuffle adapter MLP (intermediate_size → projector_input_dim → projector_output_dim, no
 * biases) and the projector (vision_output_dim → text hidden, bias when multi_modal_projector_bias).
 */
export function llama4VisionParameters(fields: FieldReader, textHidden: number): number {
  const h = fields.int(['hidden_size'], LIMITS.hiddenSize);
  const layers = fields.int(['num_hidden_layers'], LIMITS.layers);
  const mlp = fields.int(['intermediate_size'], LIMITS.intermediate);
  const patch = fields.optionalInt(['patch_size'], { min: 1, max: 1024 }, 14);
  const image = fields.optionalInt(['image_size'], { min: 1, max: 16_384 }, 336);
  const channels = fields.optionalInt(['num_channels'], { min: 1, max: 16 }, 3);
  const adapterIn = fields.int(['projector_input_dim'], LIMITS.hiddenSize);
  const adapterOut = fields.int(['projector_output_dim'], LIMITS.hiddenSize);
  const output = fields.optionalInt(['vision_output_dim'], LIMITS.hiddenSize, adapterOut);
  const projectorBias = fields.bool(['multi_modal_projector_bias'], false);
  const block = 4 * linear(h, h) + linear(h, mlp) + linear(mlp, h) + 2 * layerNorm(h);
  return (
    channels * patch * patch * h +
    h +
    (Math.floor(image / patch) ** 2 + 1) * h +
    2 * layerNorm(h) +
    layers * block +
    mlp * adapterIn +
    adapterIn * adapterOut +
    output * textHidden +
    (projectorBias ? textHidden : 0)
  );
}

/**
 * Pixtral vision encoder (transformers models/pixtral/modeling_pixtral.py, v4.50) and Mistral 3's
 * projector (models/mistral3/modeling_mistral3.py): a bias-free patch conv, an RMSNorm before the
 * blocks, blocks with bias-free q/k/v/o, two RMSNorms and a gated MLP; then the projector's
 * RMSNorm, the patch merger (h × spatial_merge_size² → h) and two linear layers into the
 * language model (biases when multimodal_projector_bias), both read from the top-level config.
 */
export function pixtralParameters(fields: FieldReader, textHidden: number, top: RawConfig): number {
  const h = fields.int(['hidden_size'], LIMITS.hiddenSize);
  const layers = fields.int(['num_hidden_layers'], LIMITS.layers);
  const mlp = fields.int(['intermediate_size'], LIMITS.intermediate);
  const heads = fields.int(['num_attention_heads'], LIMITS.heads);
  const headDim = fields.optionalInt(['head_dim'], LIMITS.headDim, Math.floor(h / heads));
  const patch = fields.optionalInt(['patch_size'], { min: 1, max: 1024 }, 16);
  const channels = fields.optionalInt(['num_channels'], { min: 1, max: 16 }, 3);
  const merge = typeof top.spatial_merge_size === 'number' ? top.spatial_merge_size : 2;
  const bias = top.multimodal_projector_bias === true;
  const block = 2 * h + 4 * h * heads * headDim + 3 * h * mlp;
  const projector =
    h +
    h * merge * merge * h +
    h * textHidden +
    textHidden * textHidden +
    (bias ? 2 * textHidden : 0);
  return channels * patch * patch * h + h + layers * block + projector;
}

/**
 * timm vision towers a config names by `architecture`, with the parameters timm builds for them
 * (TimmWrapperModel calls timm.create_model(architecture, pretrained=False, num_classes=0)). Their
 * shapes live in timm's model definitions, not in config.json, so each is counted from timm itself:
 * - mobilenetv5_300m_enc (Gemma 3n): 294,126,912, built on the meta device from
 *   github:huggingface/pytorch-image-models timm/models/mobilenetv5.py @aa4b5850 (the file's last
 *   change is c0e3d24f, January 2026, in timm 1.0.25 and later); no buffers.
 */
export const TIMM_TOWERS: Readonly<Partial<Record<string, number>>> = {
  mobilenetv5_300m_enc: 294_126_912,
};

/** The timm tower a Gemma 3n vision_config builds, or null when its size is not known. */
export function timmTowerParameters(fields: FieldReader): number | null {
  const architecture = fields.string(['architecture']) ?? 'mobilenetv5_300m_enc';
  const modelArgs = ownObject(ownValue(fields.raw, 'model_args'));
  if (modelArgs && Object.keys(modelArgs).length > 0) return null;
  return Object.hasOwn(TIMM_TOWERS, architecture) ? (TIMM_TOWERS[architecture] ?? null) : null;
}

/**
 * Gemma 3n's vision side (transformers models/gemma3n/modeling_gemma3n.py, 5.18.0): the timm
 * tower (TimmWrapperModel, architecture mobilenetv5_300m_enc by Gemma3nVisionConfig's default) and
 * Gemma3nMultimodalEmbedder: a vocab_size × h table of hard tokens, two norms and the projection
 * into the language model. A tower timm builds differently (another architecture, model_args) is
 * left out, and the reader says so.
 */
export function gemma3nVisionEmbedderParameters(fields: FieldReader, textHidden: number): number {
  const h = fields.int(['hidden_size'], LIMITS.hiddenSize);
  const vocab = fields.optionalInt(['vocab_size'], LIMITS.vocab, 128);
  return (timmTowerParameters(fields) ?? 0) + vocab * h + 2 * h + h * textHidden;
}
