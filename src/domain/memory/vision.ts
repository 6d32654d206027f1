import { FieldReader, LIMITS, type RawConfig } from './configFields';

/**
 * Parameters of a ViT-style vision tower (SigLIP, CLIP) and the linear projector into the
 * language model, from a multimodal config's vision_config. The tower is frozen when the language
 * model is fine-tuned, but its weights occupy memory. 0 when there is no vision_config.
 */
export function visionTowerParameters(
  visionConfig: unknown,
  textHidden: number,
  parent: FieldReader,
): number {
  if (typeof visionConfig !== 'object' || visionConfig === null || Array.isArray(visionConfig))
    return 0;
  const fields = new FieldReader(visionConfig as RawConfig);
  const h = fields.int(['hidden_size'], LIMITS.hiddenSize);
  const layers = fields.int(['num_hidden_layers'], LIMITS.layers);
  const mlp = fields.int(['intermediate_size'], LIMITS.intermediate);
  const patch = fields.optionalInt(['patch_size'], { min: 1, max: 1024 }, 14);
  const image = fields.optionalInt(['image_size'], { min: 1, max: 16_384 }, 224);
  const channels = fields.optionalInt(['num_channels'], { min: 1, max: 16 }, 3);
  for (const issue of fields.issues) {
    parent.fail(`vision_config.${issue.field}`, `vision_config.${issue.message}`);
  }
  if (fields.issues.length > 0) return 0;
  const patchEmbedding = channels * patch * patch * h + h;
  const positions = Math.floor(image / patch) ** 2 * h;
  const block = 4 * (h * h + h) + (h * mlp + mlp) + (mlp * h + h) + 2 * 2 * h;
  const postNorm = 2 * h;
  const projector = h * textHidden + h;
  return patchEmbedding + positions + layers * block + postNorm + projector;
}
