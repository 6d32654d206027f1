import { FieldReader, LIMITS, ownObject, type RawConfig } from './configFields';
import {
  gemma3nVisionEmbedderParameters,
  gemma4VisionParameters,
  llama4VisionParameters,
  pixtralParameters,
  qwenVisionParameters,
  type VisionTower,
} from './visionTowers';

/** SigLIP / CLIP: biased q/k/v/o, plain MLP, two LayerNorms per block, a linear projector. */
function vitParameters(fields: FieldReader, textHidden: number): number {
  const h = fields.int(['hidden_size'], LIMITS.hiddenSize);
  const layers = fields.int(['num_hidden_layers'], LIMITS.layers);
  const mlp = fields.int(['intermediate_size'], LIMITS.intermediate);
  const patch = fields.optionalInt(['patch_size'], { min: 1, max: 1024 }, 14);
  const image = fields.optionalInt(['image_size'], { min: 1, max: 16_384 }, 224);
  const channels = fields.optionalInt(['num_channels'], { min: 1, max: 16 }, 3);
  const patchEmbedding = channels * patch * patch * h + h;
  const positions = Math.floor(image / patch) ** 2 * h;
  const block = 4 * (h * h + h) + (h * mlp + mlp) + (mlp * h + h) + 2 * 2 * h;
  const postNorm = 2 * h;
  const projector = h * textHidden + h;
  return patchEmbedding + positions + layers * block + postNorm + projector;
}

/** Vision towers by vision_config.model_type; any other is read as a SigLIP/CLIP ViT. */
const TOWERS: ReadonlyMap<string, VisionTower> = new Map([
  // Qwen3.6's published vision_config says "qwen3_5"; transformers 5 writes "qwen3_5_vision".
  ['qwen3_5', qwenVisionParameters],
  ['qwen3_5_vision', qwenVisionParameters],
  // The MoE models' tower: the same class body (transformers 5.18 qwen3_5_moe/configuration_qwen3_5_moe.py).
  ['qwen3_5_moe_vision', qwenVisionParameters],
  ['qwen3_vl', qwenVisionParameters],
  ['gemma4_vision', gemma4VisionParameters],
  ['gemma3n_vision', gemma3nVisionEmbedderParameters],
  ['llama4_vision_model', llama4VisionParameters],
  ['pixtral', pixtralParameters],
]);

/**
 * Parameters of the vision tower and the projector into the language model, from a multimodal
 * config's vision_config. The tower is frozen when the language model is fine-tuned, but its
 * weights occupy memory. 0 when there is no vision_config.
 */
export function visionTowerParameters(
  top: RawConfig,
  textHidden: number,
  parent: FieldReader,
): number {
  const visionConfig = ownObject(top.vision_config);
  if (!visionConfig) return 0;
  const fields = new FieldReader(visionConfig);
  const type = fields.string(['model_type']) ?? '';
  const count = (TOWERS.get(type) ?? vitParameters)(fields, textHidden, top);
  for (const issue of fields.issues) {
    parent.fail(`vision_config.${issue.field}`, `vision_config.${issue.message}`);
  }
  return fields.issues.length > 0 ? 0 : count;
}
