import { LIMITS, type FieldReader } from './configFields';
import type { FamilyTraits } from './families';

/**
 * Multi-token-prediction layers ship in some checkpoints (DeepSeek-V3, GLM, Qwen3.5) but
 * transformers does not load them, so they are not counted; the published totals include them.
 */
export function noteMultiTokenPrediction(fields: FieldReader, assumptions: string[]) {
  const name = fields.has(['num_nextn_predict_layers'])
    ? 'num_nextn_predict_layers'
    : 'mtp_num_hidden_layers';
  const mtp = fields.optionalInt([name], { min: 0, max: LIMITS.layers.max }, 0);
  if (mtp > 0)
    assumptions.push(
      `the ${mtp} multi-token-prediction layer(s) (${name}) are not counted: transformers does not load them`,
    );
}

/** Labels of a classification head: num_labels, or the size of id2label, else transformers' default 2. */
function labelCount(fields: FieldReader): number {
  const id2label = fields.raw.id2label;
  const fallback =
    typeof id2label === 'object' && id2label !== null
      ? Math.max(1, Object.keys(id2label).length)
      : 2;
  return fields.optionalInt(['num_labels'], { min: 1, max: 100_000 }, fallback);
}

/** Parameters outside the regular blocks that the family's modeling code adds or removes. */
export function extraParameters(
  fields: FieldReader,
  modelType: string | null,
  traits: FamilyTraits,
  h: number,
  heads: number,
  positions: number,
): number {
  const raw = fields.raw;
  let extra = traits.pooler ? h * h + h : 0;
  if (modelType === 'deberta-v2' && raw.relative_attention === true) {
    const buckets = fields.optionalInt(['position_buckets'], LIMITS.positions, 0);
    const maxRelative = fields.optionalInt(
      ['max_relative_positions'],
      { min: -1, max: LIMITS.positions.max },
      -1,
    );
    const span = buckets > 0 ? buckets : maxRelative < 1 ? positions : maxRelative;
    extra += 2 * span * h;
    if (String(raw.norm_rel_ebd ?? '').includes('layer_norm')) extra += 2 * h;
  }
  if (traits.kind === 'encoder-decoder') {
    extra +=
      2 * fields.optionalInt(['relative_attention_num_buckets'], LIMITS.positions, 32) * heads;
  }
  if (modelType === 'modernbert') extra -= h;
  // Gemma 4 scales each block's output by a learned scalar (layer_scalar).
  if (modelType === 'gemma4_text')
    extra += fields.optionalInt(['num_hidden_layers'], LIMITS.layers, 0);
  // A cross-encoder or classifier checkpoint (…ForSequenceClassification) carries its head: one
  // output row per label (RoBERTa's classifier dense layer replaces its pooler, same size).
  const architectures = Array.isArray(raw.architectures) ? raw.architectures : [];
  if (
    traits.kind === 'encoder' &&
    architectures.some((a) => String(a).endsWith('ForSequenceClassification'))
  ) {
    extra += labelCount(fields) * (h + 1);
  }
  return extra;
}
