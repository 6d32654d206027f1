import { LIMITS, type FieldReader } from './configFields';

/** The layer sizes of an XLM-RoBERTa encoder that task adapters attach to. */
export interface AdapterHost {
  hiddenSize: number;
  numLayers: number;
  intermediateSize: number;
  vocabSize: number;
  tokenTypes: number;
  learnedPositions: number;
  pooler: boolean;
}

/**
 * Task LoRA adapters stored in the checkpoint beside the weights they adapt, as jina-embeddings-v3
 * ships them: its config names the tasks in `lora_adaptations` and their rank in `lora_rank`
 * (default 4 in XLMRobertaFlashConfig). The remote code (jinaai/xlm-roberta-flash-implementation,
 * modeling_lora.py) registers one parametrisation on every nn.Linear and nn.Embedding, holding
 * lora_A and lora_B for all tasks at once: tasks × rank × (fan_in + fan_out) parameters per layer.
 * Its blocks (modeling_xlm_roberta.py, mha.py, mlp.py) fuse q, k and v into one Wqkv of
 * hidden → 3 × hidden, beside out_proj, fc1 and fc2; the pooler's dense layer and the word,
 * token-type and (absolute) position embeddings get adapters too.
 *
 * @returns the adapter parameters (0 when the config names no tasks).
 */
export function taskAdapterParameters(fields: FieldReader, host: AdapterHost): number {
  const tasks = fields.raw.lora_adaptations;
  if (!Array.isArray(tasks) || tasks.length === 0) return 0;
  const rank = fields.optionalInt(['lora_rank'], { min: 1, max: LIMITS.hiddenSize.max }, 4);
  const h = host.hiddenSize;
  const block = h + 3 * h + (h + h) + (h + host.intermediateSize) * 2;
  const embeddings =
    host.vocabSize +
    h +
    (host.tokenTypes > 0 ? host.tokenTypes + h : 0) +
    (host.learnedPositions > 0 ? host.learnedPositions + h : 0);
  const pooler = host.pooler ? 2 * h : 0;
  return tasks.length * rank * (host.numLayers * block + embeddings + pooler);
}
