import { ownValue, type RawConfig } from './configFields';

/**
 * Class defaults that published configs rely on by omitting the field. google/gemma-3-4b-it's
 * text_config states only hidden_size, intermediate_size, num_hidden_layers, rope_scaling and
 * sliding_window; transformers fills the rest from Gemma3TextConfig
 * (models/gemma3/configuration_gemma3.py, v4.50).
 */
const DEFAULTS: ReadonlyMap<string, Readonly<Record<string, number | boolean>>> = new Map([
  [
    'gemma3_text',
    {
      vocab_size: 262_208,
      hidden_size: 2304,
      intermediate_size: 9216,
      num_hidden_layers: 26,
      num_attention_heads: 8,
      num_key_value_heads: 4,
      head_dim: 256,
      max_position_embeddings: 131_072,
      sliding_window: 4096,
      sliding_window_pattern: 6,
    },
  ],
]);

/**
 * The language config with its family's class defaults in the fields it omits, and the names of
 * the fields filled (for the assumptions shown to the user).
 */
export function withFamilyDefaults(raw: RawConfig, modelType: unknown): string[] {
  if (modelType === 'gemma4_text') return gemma4LayerTypes(raw);
  if (modelType === 'olmo3') return olmo3LayerTypes(raw);
  const defaults = typeof modelType === 'string' ? DEFAULTS.get(modelType) : undefined;
  if (!defaults) return [];
  const filled: string[] = [];
  for (const [field, value] of Object.entries(defaults)) {
    if (ownValue(raw, field) !== undefined && ownValue(raw, field) !== null) continue;
    // layer_types, when present, says which blocks slide; the pattern is only its older spelling.
    if (field === 'sliding_window_pattern' && Array.isArray(raw.layer_types)) continue;
    raw[field] = value;
    filled.push(field);
  }
  return filled;
}

/**
 * Gemma 4 without layer_types: Gemma4TextConfig (models/gemma4/configuration_gemma4.py, 5.18.0)
 * makes five sliding blocks per full one and forces the last block to full attention.
 */
function gemma4LayerTypes(raw: RawConfig): string[] {
  const layers = ownValue(raw, 'num_hidden_layers');
  if (Array.isArray(raw.layer_types) || typeof layers !== 'number' || !(layers > 0)) return [];
  const types = Array.from({ length: Math.min(layers, 100_000) }, (_, i) =>
    (i + 1) % 6 === 0 || i === layers - 1 ? 'full_attention' : 'sliding_attention',
  );
  raw.layer_types = types;
  return ['layer_types'];
}

/**
 * OLMo 3 without layer_types: Olmo3Config (models/olmo3/configuration_olmo3.py, 5.18.0) makes
 * every fourth block full attention and the others sliding, over a window of 4,096 by default.
 */
function olmo3LayerTypes(raw: RawConfig): string[] {
  const layers = ownValue(raw, 'num_hidden_layers');
  if (Array.isArray(raw.layer_types) || typeof layers !== 'number' || !(layers > 0)) return [];
  raw.layer_types = Array.from({ length: Math.min(layers, 100_000) }, (_, i) =>
    (i + 1) % 4 === 0 ? 'full_attention' : 'sliding_attention',
  );
  const filled = ['layer_types'];
  if (ownValue(raw, 'sliding_window') === undefined) {
    raw.sliding_window = 4096;
    filled.push('sliding_window');
  }
  return filled;
}
