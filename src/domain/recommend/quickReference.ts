import { findModel, specOfModel } from '../catalog/models';
import { estimateTrainingMemory, type TrainingOptions } from '../memory';
import { gib } from './fit';

export interface QuickReferenceRow {
  size: string;
  /** The guide's rule of thumb, in GB. */
  guideQloraGb: number;
  guideLoraGb: number;
  /** The catalog model that stands for this size, and our estimate for it (GiB, per GPU). */
  modelId: string;
  modelName: string;
  ourQloraGib: number;
  ourLoraGib: number;
}

/** The guide's QLoRA / LoRA VRAM table, by model size. */
const GUIDE_TABLE: [string, number, number, string][] = [
  ['3B', 3.5, 8, 'meta-llama/Llama-3.2-3B-Instruct'],
  ['7B', 5, 19, 'mistralai/Mistral-7B-Instruct-v0.3'],
  ['8B', 6, 22, 'meta-llama/Llama-3.1-8B-Instruct'],
  ['9B', 6.5, 24, 'google/gemma-2-9b-it'],
  ['11B', 7.5, 29, 'google/gemma-3-12b-it'],
  ['14B', 8.5, 33, 'Qwen/Qwen2.5-14B-Instruct'],
  ['27B', 22, 64, 'google/gemma-2-27b-it'],
  ['32B', 26, 76, 'Qwen/Qwen2.5-32B-Instruct'],
];

/** The settings both columns of our estimate use: a small, common fine-tuning run. */
export const QUICK_REFERENCE_SETTINGS: Omit<TrainingOptions, 'method'> = {
  seqLen: 2048,
  batchSize: 1,
  loraRank: 16,
  gradientCheckpointing: true,
  precision: 'mixed',
};

export const QUICK_REFERENCE_NOTE =
  'Our figures: batch 1, 2,048-token sequences, LoRA rank 16 on all projections, gradient checkpointing, CUDA context and allocator reserve included.';

/** The guide's quick-reference VRAM table beside our estimate for a representative model of each size. */
export function quickReference(): QuickReferenceRow[] {
  return GUIDE_TABLE.flatMap(([size, guideQloraGb, guideLoraGb, id]) => {
    const model = findModel(id);
    if (!model) return [];
    const spec = specOfModel(model);
    const at = (method: 'lora' | 'qlora') =>
      Math.round(
        gib(estimateTrainingMemory(spec, { ...QUICK_REFERENCE_SETTINGS, method }).reservedBytes) *
          10,
      ) / 10;
    return [
      {
        size,
        guideQloraGb,
        guideLoraGb,
        modelId: id,
        modelName: model.name,
        ourQloraGib: at('qlora'),
        ourLoraGib: at('lora'),
      },
    ];
  });
}
