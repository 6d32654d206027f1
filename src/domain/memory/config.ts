import { FieldReader, LIMITS, ModelConfigError, ownObject, type RawConfig } from './configFields';
import { checkDerivedSizes } from './configBounds';
import { FAMILIES, GATED_ACTIVATIONS, LLAMA_TRAITS, type FamilyTraits } from './families';
import { extraParameters, noteMultiTokenPrediction } from './configExtras';
import { withFamilyDefaults } from './familyDefaults';
import { hybridStackOf } from './hybrid';
import { audioTowerParameters } from './audioTowers';
import { attentionWindowOf, fullAttentionOf, latentAttentionOf, slidingLayerCount } from './latent';
import { moeSpec } from './moeConfig';
import { expandNestedFields } from './nestedFields';
import { countParameters } from './parameters';
import { kvSharingOf, mlpWidthsOf, perLayerBlockExtras } from './perLayerInputs';
import { describeJsonValue, parseConfigText } from './parseJson';
import type { ModelSpec } from './spec';
import { storedWeightsOf } from './storage';
import { taskAdapterParameters } from './taskAdapters';
import { visionTowerParameters } from './vision';
import { timmTowerParameters } from './visionTowers';

export { ModelConfigError, type ConfigIssue } from './configFields';

const NAMES = {
  hidden: ['hidden_size', 'n_embd', 'd_model', 'n_embed', 'dim', 'model_dim'],
  layers: ['num_hidden_layers', 'n_layer', 'num_layers', 'n_layers'],
  heads: ['num_attention_heads', 'n_head', 'num_heads', 'n_heads'],
  kvHeads: ['num_key_value_heads', 'num_kv_heads', 'n_head_kv', 'multi_query_group_num'],
  headDim: ['head_dim', 'd_kv', 'kv_channels', 'attention_head_dim'],
  intermediate: [
    'intermediate_size',
    'n_inner',
    'd_ff',
    'ffn_dim',
    'hidden_dim',
    'ffn_hidden_size',
  ],
  vocab: ['vocab_size', 'padded_vocab_size', 'n_vocab'],
  positions: ['max_position_embeddings', 'n_positions', 'n_ctx', 'max_sequence_length'],
} as const;

/** Turns pasted text or a parsed object into the config's top-level object. */
function asObject(config: unknown): RawConfig {
  const text = typeof config === 'string';
  const value = text ? parseConfigText(config) : config;
  const object = ownObject(value);
  if (object) return expandNestedFields(object);
  const what = describeJsonValue(value);
  throw new ModelConfigError([
    {
      field: '(file)',
      message: text
        ? `the text is valid JSON but ${what}, not an object; a config.json is a JSON object such as {"model_type": "llama", …}`
        : `a config.json is a JSON object such as {"model_type": "llama", …}, not ${what}`,
    },
  ]);
}

/** Multimodal configs (Gemma 3, LLaVA, Qwen2-VL) nest the language model under text_config. */
function languageConfig(raw: RawConfig): RawConfig {
  const text = ownObject(raw.text_config);
  if (!text) return raw;
  text.tie_word_embeddings = raw.tie_word_embeddings ?? text.tie_word_embeddings;
  return text;
}

function familyOf(modelType: string | null, assumptions: string[]): FamilyTraits {
  const traits = modelType ? FAMILIES.get(modelType) : undefined;
  if (traits) return traits;
  assumptions.push(
    modelType
      ? `model_type "${modelType}" is not one Tunewise knows: read as a Llama-style decoder (pre-norm, RMSNorm, no biases)`
      : 'the config has no model_type: read as a Llama-style decoder',
  );
  return { ...LLAMA_TRAITS, gated: null };
}

/** Known families fix the MLP shape; otherwise SiLU/SwiGLU-style activations mean a gated MLP. */
function isGated(fields: FieldReader, traits: FamilyTraits): boolean {
  if (traits.gated !== null) return traits.gated;
  const activation =
    fields.string([
      'feed_forward_proj',
      'activation_function',
      'hidden_act',
      'hidden_activation',
    ]) ?? 'silu';
  return activation.startsWith('gated') || GATED_ACTIVATIONS.includes(activation);
}

/** Families whose MLP is 4 × hidden_size unless the config says otherwise. */
const FOUR_X_MLP = new Set(['gpt2', 'gpt_bigcode', 'bloom', 'falcon', 'phi', 'gpt_neox']);

function kvHeadCount(fields: FieldReader, modelType: string | null, heads: number): number {
  const raw = fields.raw;
  if (modelType === 'falcon') {
    // Falcon-7B's config says num_kv_heads=71 with multi_query=true; the model uses one KV head.
    if (raw.new_decoder_architecture === true)
      return fields.optionalInt(['num_kv_heads'], LIMITS.heads, heads);
    return raw.multi_query === false ? heads : 1;
  }
  if (modelType === 'gpt_bigcode') return raw.multi_query === false ? heads : 1;
  return fields.optionalInt(NAMES.kvHeads, LIMITS.heads, heads);
}

function biases(fields: FieldReader, traits: FamilyTraits) {
  const raw = fields.raw;
  let { qkvBias: qkv, oBias: o, mlpBias: mlp } = traits;
  if (traits.readsAttentionBias && typeof raw.attention_bias === 'boolean')
    [qkv, o] = [raw.attention_bias, raw.attention_bias];
  if (typeof raw.bias === 'boolean') [qkv, o, mlp] = [raw.bias, raw.bias, raw.bias];
  if (typeof raw.qkv_proj_bias === 'boolean') [qkv, o] = [raw.qkv_proj_bias, raw.qkv_proj_bias];
  if (typeof raw.mlp_bias === 'boolean') mlp = raw.mlp_bias;
  if (typeof raw.mlp_fc1_bias === 'boolean') mlp = raw.mlp_fc1_bias;
  if (raw.no_bias === true) [o, mlp] = [false, false];
  return { qkv, o, mlp, lmHead: traits.lmHeadBias };
}

/**
 * Reads a Hugging Face config.json (as text or as a parsed object) into the architecture the
 * memory model needs.
 *
 * Handles grouped-query and multi-query attention (num_key_value_heads, Falcon's multi_query),
 * an explicit head_dim, tied embeddings, gated vs plain MLPs, attention and MLP biases, mixture of
 * experts (num_local_experts / num_experts, num_experts_per_tok, moe_intermediate_size, shared
 * experts), encoder-only models (BERT, RoBERTa, DeBERTa, XLM-R, DistilBERT, ModernBERT, nomic-bert),
 * T5-style encoder-decoders, multimodal configs (text_config + vision_config) and the usual
 * alternative names (n_embd, n_layer, n_head, d_model, …).
 *
 * Text is parsed as Python writes JSON (bare Infinity/NaN allowed, see parseConfigText). Beyond
 * each field's own limit, the totals they multiply out to are bounded (see checkDerivedSizes).
 *
 * @throws ModelConfigError naming every missing or invalid field, or the fields that make the
 *   totals absurd; never returns NaN.
 */
export function modelSpecFromConfig(config: unknown): ModelSpec {
  const top = asObject(config);
  const raw = languageConfig(top);
  const assumptions: string[] = [];
  const defaulted = withFamilyDefaults(raw, raw.model_type);
  if (defaulted.length > 0)
    assumptions.push(
      `the config leaves ${defaulted.join(', ')} to ${String(raw.model_type)}'s class defaults in transformers, which are used`,
    );
  const fields = new FieldReader(raw);
  const modelType = fields.string(['model_type']);
  const traits = familyOf(modelType, assumptions);

  const hiddenSize = fields.int(NAMES.hidden, LIMITS.hiddenSize);
  const numLayers = fields.int(NAMES.layers, LIMITS.layers);
  const numHeads = fields.int(NAMES.heads, LIMITS.heads);
  const vocabSize = fields.int(NAMES.vocab, LIMITS.vocab);
  // Latent attention has no KV heads of its own: num_key_value_heads states the query heads.
  const numKvHeads = fields.has(['kv_lora_rank'])
    ? numHeads
    : kvHeadCount(fields, modelType, numHeads);

  let headDim = fields.optionalInt(NAMES.headDim, LIMITS.headDim, 0);
  if (headDim === 0 && numHeads > 0 && hiddenSize > 0 && !fields.has(['kv_lora_rank'])) {
    if (hiddenSize % numHeads === 0) headDim = hiddenSize / numHeads;
    else {
      fields.fail(
        'num_attention_heads',
        `num_attention_heads (${numHeads}) does not divide hidden_size (${hiddenSize}) and there is no head_dim`,
      );
    }
  }
  if (numKvHeads > numHeads || (numKvHeads > 0 && numHeads % numKvHeads !== 0)) {
    fields.fail(
      'num_key_value_heads',
      `num_key_value_heads (${numKvHeads}) must divide num_attention_heads (${numHeads})`,
    );
  }

  // Gemma 3n states one MLP width per block: every block gets the widest, perLayerBlockExtras
  // takes the narrower ones back.
  const mlpWidths = mlpWidthsOf(raw);
  if (mlpWidths) raw.intermediate_size = Math.max(...mlpWidths);
  // Qwen3.5-MoE has no dense block (modeling_qwen3_5_moe.py, 5.18.0): its published configs omit
  // intermediate_size, and nothing is that wide, so the experts' width stands in for it.
  const mlpDefault =
    modelType && FOUR_X_MLP.has(modelType)
      ? 4 * hiddenSize
      : modelType === 'qwen3_5_moe_text'
        ? fields.optionalInt(['moe_intermediate_size'], LIMITS.intermediate, Number.NaN)
        : Number.NaN;
  let intermediateSize = Number.isNaN(mlpDefault)
    ? fields.int(NAMES.intermediate, LIMITS.intermediate)
    : fields.optionalInt(NAMES.intermediate, LIMITS.intermediate, mlpDefault);
  // First-generation Qwen states twice the real MLP width (w1/w2 are intermediate_size // 2).
  if (modelType === 'qwen') intermediateSize = Math.floor(intermediateSize / 2);
  // Llama 4's dense blocks are intermediate_size_mlp wide; intermediate_size sizes its experts.
  if (modelType === 'llama4_text')
    intermediateSize = fields.optionalInt(
      ['intermediate_size_mlp'],
      LIMITS.intermediate,
      intermediateSize,
    );

  // Granite 4.0-H without experts (num_local_experts 0) keeps only its shared MLP, that wide.
  if (
    modelType === 'granitemoehybrid' &&
    !(fields.optionalInt(['num_local_experts'], { min: 0, max: LIMITS.experts.max }, 0) > 1)
  )
    intermediateSize = fields.optionalInt(
      ['shared_intermediate_size'],
      LIMITS.intermediate,
      intermediateSize,
    );

  const positions = traits.learnedPositions
    ? fields.int(NAMES.positions, LIMITS.positions)
    : fields.optionalInt(NAMES.positions, LIMITS.positions, 0);
  // Rotary encoders (jina-embeddings-v3's XLM-RoBERTa, position_embedding_type "rotary") build no
  // absolute position table: max_position_embeddings is only the longest input.
  const learnedPositions =
    traits.learnedPositions &&
    !(modelType === 'deberta-v2' && raw.position_biased_input === false) &&
    raw.position_embedding_type !== 'rotary'
      ? positions
      : 0;
  const tokenTypes = traits.tokenTypes
    ? fields.optionalInt(['type_vocab_size'], LIMITS.tokenTypes, 2)
    : 0;

  const mla = latentAttentionOf(fields);
  // Every head has its own query and key of nope + rope channels; the cache is the latent.
  if (mla) headDim = mla.qkNopeHeadDim + mla.qkRopeHeadDim;
  noteMultiTokenPrediction(fields, assumptions);
  const hybrid =
    Number.isInteger(numLayers) && Number.isInteger(hiddenSize)
      ? hybridStackOf(fields, numLayers, hiddenSize)
      : null;
  const moe = moeSpec(fields, numLayers, intermediateSize, traits);
  if (moe && hybrid && hybrid.denseFeedForward !== null) moe.denseLayers = hybrid.denseFeedForward;
  const numDecoderLayers =
    traits.kind === 'encoder-decoder'
      ? fields.optionalInt(['num_decoder_layers'], LIMITS.layers, numLayers)
      : 0;

  let perLayer = traits.perLayer;
  if (modelType === 'falcon') {
    perLayer = raw.new_decoder_architecture === true || raw.parallel_attn === false ? 2 : 1;
  }
  const gatedMlp = isGated(fields, traits);
  const tiedEmbeddings =
    traits.kind === 'encoder' || fields.bool(['tie_word_embeddings'], traits.tiedDefault);
  const adapters = taskAdapterParameters(fields, {
    hiddenSize,
    numLayers,
    intermediateSize,
    vocabSize,
    tokenTypes,
    learnedPositions,
    pooler: traits.pooler,
  });
  if (adapters > 0)
    assumptions.push(
      `the checkpoint's task LoRA adapters (lora_adaptations, ${adapters.toLocaleString('en-US')} parameters) are counted: they are stored beside the weights they adapt`,
    );
  const extra =
    extraParameters(fields, modelType, traits, hiddenSize, numHeads, positions) + adapters;
  const audioParameters = audioTowerParameters(top, hiddenSize, fields);
  const visionParameters = visionTowerParameters(top, hiddenSize, fields) + audioParameters;
  const attentionOutputGate = fields.bool(['attn_output_gate'], traits.attentionOutputGate);
  const fullAttention = fullAttentionOf(fields, numKvHeads);
  const kvShared = kvSharingOf(raw, modelType, numLayers);
  const blockExtras = perLayerBlockExtras(
    fields,
    modelType,
    {
      hiddenSize,
      numLayers,
      vocabSize,
      numKvHeads,
      headDim,
      intermediateSize,
      fullAttention,
      qkvBias: biases(fields, traits).qkv,
    },
    kvShared,
    mlpWidths,
  );
  const gemma3nVision = ownObject(top.vision_config);
  if (gemma3nVision?.model_type === 'gemma3n_vision') {
    assumptions.push(
      timmTowerParameters(new FieldReader(gemma3nVision)) === null
        ? "Gemma 3n's vision tower is a timm model this config builds differently from MobileNet-v5-300M (another architecture or model_args): it is not counted, only its embedder into the language model"
        : "Gemma 3n's MobileNet-v5-300M vision tower is counted from timm's own definition (294,126,912 parameters): its shapes are in timm, not in config.json",
    );
  }

  if (fields.issues.length > 0) throw new ModelConfigError(fields.issues);

  const spec: ModelSpec = {
    modelType: modelType ?? 'unknown',
    kind: traits.kind,
    vocabSize,
    hiddenSize,
    numLayers,
    numDecoderLayers,
    numHeads,
    numKvHeads,
    headDim,
    intermediateSize,
    gatedMlp,
    tiedEmbeddings,
    bias: biases(fields, traits),
    norm: {
      kind: traits.norm,
      perLayer,
      final: traits.finalNorm,
      embedding: traits.embeddingNorm,
      qk: traits.qkNorm,
    },
    learnedPositions,
    tokenTypes,
    moe,
    mla,
    extraParameters: extra + visionParameters,
    visionParameters,
    maxPositionEmbeddings: positions > 0 ? positions : null,
    slidingWindow: attentionWindowOf(raw),
    slidingLayers: slidingLayerCount(raw, numLayers),
    attentionSinks: traits.attentionSinks,
    attentionOutputGate,
    fullAttention,
    ...(blockExtras ? { blockExtras } : {}),
    ...(kvShared ? { kvShared } : {}),
    layout: hybrid?.layout ?? null,
    recurrent: hybrid?.recurrent ?? null,
    storage: storedWeightsOf(top, modelType, assumptions),
    assumptions,
  };
  checkDerivedSizes(spec);
  if (visionParameters > 0) {
    const share = visionParameters / countParameters(spec).total;
    assumptions.push(
      `the ${audioParameters > 0 ? 'vision and audio towers and their projectors' : 'vision tower and projector'} (${(visionParameters / 1e6).toFixed(0)}M parameters, ${(100 * share).toFixed(1)}% of the model) stay frozen in 16-bit; only the language model is trained`,
    );
  }
  return spec;
}
