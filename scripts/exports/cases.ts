/**
 * The export run test's cases: recommendations of several purposes and GPUs, each exported as the
 * app exports it, with the tiny model and data the run swaps in and the settings the plan says the
 * run must print. Bundled by scripts/run-exports.mjs and run there.
 */
import {
  expectedRunSettings,
  settingsMismatches,
  type SettingValue,
} from '../../src/domain/export/runSettings';
import { launchFiles, pythonSnippet } from '../../src/domain/export/snippets';
import { trainingSetup, type TrainingSetup } from '../../src/domain/export/trainingSetup';
import { recommend, type Recommendation } from '../../src/domain/recommend';
import { artifactExport, type ArtifactExport } from './artifactCases';

export { settingsMismatches };
export { KNOWN_DIFFERENCES, parameterCases } from './parameterCases';
export {
  LLAMA_CPP,
  MEASURED_GGUF_TINY,
  MEASURED_MERGED_TINY,
  TINY_CONFIGS,
  predictArtifacts,
} from './artifactCases';

export interface TinyModel {
  name: string;
  kind: 'decoder' | 'encoder';
  family: string;
  chatTemplate: 'qwen2_5' | 'qwen3' | 'plain' | null;
}

export interface SampleData {
  name: string;
  format: string;
  count: number;
  labelCount: number;
  negatives: number;
}

export interface ExportCase {
  id: string;
  modelId: string;
  /** Files to write: the script and, for multi-GPU plans, its launch configs. */
  files: Record<string, string>;
  model: TinyModel;
  data: SampleData;
  expected: Record<string, SettingValue>;
  launcher: string;
  gpus: number;
  cpuOffload: string;
  /** The launch script and LoRA of a LoRA/QLoRA plan served from GGUF: its steps are run too. */
  artifact: ArtifactExport | null;
}

const TINY_DECODERS = new Set([
  'llama',
  'mistral',
  'qwen2',
  'qwen3',
  'phi3',
  'gemma2',
  'granite',
  'olmo2',
]);
const TINY_ENCODERS = new Set([
  'bert',
  'xlm-roberta',
  'roberta',
  'deberta-v2',
  'modernbert',
  'distilbert',
]);

/** A tiny model of the same family, or the closest one the test can build (Llama, BERT). */
function tinyModel(setup: TrainingSetup): TinyModel {
  const type = setup.modelType ?? '';
  if (setup.encoder) {
    const family = TINY_ENCODERS.has(type) ? type : 'bert';
    return { name: `tiny-${family}`, kind: 'encoder', family, chatTemplate: null };
  }
  const family = TINY_DECODERS.has(type) ? type : 'llama';
  const chatTemplate = family === 'qwen2' ? 'qwen2_5' : family === 'qwen3' ? 'qwen3' : 'plain';
  return { name: `tiny-${family}-${chatTemplate}`, kind: 'decoder', family, chatTemplate };
}

function dataFormat(setup: TrainingSetup): string {
  if (setup.purpose === 'chat') return 'chat';
  if (setup.purpose === 'text-generation') return setup.fim ? 'fim' : 'text';
  if (setup.purpose === 'multi-class-classification') return 'multi-class';
  if (setup.purpose === 'multi-label-classification') return 'multi-label';
  return setup.purpose;
}

/** The recommendation with `modelId` pinned as the plan, as "Use this model" makes it. */
function pinned(answers: Parameters<typeof recommend>[0], modelId: string): Recommendation {
  const given = (answers ?? {}) as { scale?: Record<string, unknown> };
  const rec = recommend({ ...given, scale: { ...given.scale, pinnedModel: modelId } });
  if (rec.top?.id !== modelId) throw new Error(`${modelId} cannot be pinned: ${rec.pinError}`);
  return rec;
}

/** A case: its name, the wizard's answers, and optionally a model pinned as the plan. */
type Scenario = [id: string, answers: Parameters<typeof recommend>[0], modelId?: string];

const SCENARIOS: Scenario[] = [
  ['chat LoRA, RTX 4090', {}],
  ['chat QLoRA, T4 (fp16)', { hardware: { gpuId: 't4' }, scale: { method: 'qlora' } }],
  ['chat on Apple silicon 36 GB', { hardware: { gpuId: 'apple-36gb' } }],
  [
    'chat LoRA, Mistral 7B, Liger',
    { scale: { lossKernel: 'liger' } },
    'mistralai/Mistral-7B-Instruct-v0.3',
  ],
  [
    'chat, plain loss, packing, activation offload, paged 8-bit AdamW',
    {
      scale: {
        lossKernel: 'plain',
        packing: true,
        gradientCheckpointing: 'offload',
        optimizer: 'paged-adamw-8bit',
      },
    },
  ],
  [
    'chat, Cut Cross-Entropy, 8-bit AdamW',
    { scale: { lossKernel: 'cce', optimizer: 'adamw-8bit' } },
  ],
  [
    'chat QLoRA, Phi-3.5 (fused qkv), H100, 40k tokens',
    {
      hardware: { gpuId: 'h100-80gb' },
      scale: { trainingSeqLen: 40960, method: 'qlora', sizeBand: '1-3b' },
    },
    'microsoft/Phi-3.5-mini-instruct',
  ],
  [
    'text generation full 1–3B, SGD',
    {
      task: { purpose: 'text-generation' },
      scale: { method: 'full', sizeBand: '1-3b', optimizer: 'sgd' },
    },
  ],
  [
    'code completion (FIM), Qwen2.5-Coder',
    { task: { purpose: 'text-generation', domain: 'code' }, hardware: { gpuId: 'a100-80gb' } },
    'Qwen/Qwen2.5-Coder-7B',
  ],
  [
    'long context (YaRN), Qwen3-8B QLoRA at 48k, B200',
    { hardware: { gpuId: 'b200' }, scale: { trainingSeqLen: 49152, method: 'qlora' } },
  ],
  [
    'multi-class, T4',
    { task: { purpose: 'multi-class-classification' }, hardware: { gpuId: 't4' } },
  ],
  [
    'multi-label LoRA, T4',
    {
      task: { purpose: 'multi-label-classification', labelCount: 12 },
      hardware: { gpuId: 't4' },
      scale: { method: 'lora' },
    },
  ],
  [
    'multi-label full, DeBERTa-v3',
    {
      task: { purpose: 'multi-label-classification', labelCount: 6 },
      scale: { method: 'full', sizeBand: 'encoder-base' },
    },
    'microsoft/deberta-v3-base',
  ],
  ['similarity full', { task: { purpose: 'similarity' } }],
  [
    'similarity full, gradient checkpointing',
    { task: { purpose: 'similarity' }, scale: { gradientCheckpointing: 'on' } },
  ],
  [
    'similarity LoRA + GradCache, a hard negative, RTX 4060 Ti',
    {
      task: { purpose: 'similarity' },
      hardware: { gpuId: 'rtx-4060-ti-16gb' },
      scale: { method: 'lora', batchSize: 96, hardNegatives: 1 },
    },
  ],
  ['reranking QLoRA', { task: { purpose: 'reranking' }, scale: { method: 'qlora' } }],
  ['reranking full', { task: { purpose: 'reranking' }, scale: { method: 'full' } }],
  [
    'chat LoRA, served from GGUF on a 16 GB edge device',
    // Pinned to a Qwen3 (tiny head_dim 32): llama.cpp's q8_0 KV cache, which the plan picks at
    // 32k × 4, needs head_dim divisible by its 32-element block.
    {
      hardware: { deploymentTarget: 'edge', customServingGb: 16 },
      scale: { pinnedModel: 'Qwen/Qwen3-4B-Instruct-2507' },
    },
  ],
  [
    'chat QLoRA, T4, served from GGUF on a 16 GB edge device',
    {
      hardware: { gpuId: 't4', deploymentTarget: 'edge', customServingGb: 16 },
      scale: { method: 'qlora', pinnedModel: 'Qwen/Qwen3-4B-Instruct-2507' },
    },
  ],
  ['4 × A100 DDP', { hardware: { gpuId: 'a100-80gb', gpuCount: 4 } }],
  [
    '4 × RTX 4090 FSDP2',
    { hardware: { gpuId: 'rtx-4090', gpuCount: 4, sharding: true }, scale: { method: 'full' } },
  ],
  [
    '8 × A100 ZeRO-3 with CPU offload',
    {
      hardware: { gpuId: 'a100-80gb', gpuCount: 8 },
      scale: { launcher: 'zero3', cpuOffload: 'optimizer+params' },
    },
  ],
  [
    '2 × L4 ZeRO-2, QLoRA',
    {
      hardware: { gpuId: 'l4', gpuCount: 2 },
      scale: { method: 'qlora', launcher: 'zero2', cpuOffload: 'optimizer' },
    },
  ],
];

/** Lines of sample data: enough for two optimizer steps of batch × accumulation, all distinct. */
function sampleCount(setup: TrainingSetup): number {
  return Math.min(4096, setup.plan.batchSize * setup.gradientAccumulation * 2 + 8);
}

export function exportCases(): ExportCase[] {
  return SCENARIOS.map(([id, answers, modelId]) => {
    const rec = modelId ? pinned(answers, modelId) : recommend(answers);
    if (!rec.top?.training.plan) throw new Error(`${id}: no model fits`);
    const setup = trainingSetup(rec);
    const script = pythonSnippet(rec);
    if (!setup || !script) throw new Error(`${id}: no export`);
    const files: Record<string, string> = { 'train.py': script };
    for (const file of launchFiles(rec)) files[file.fileName] = file.text;
    const format = dataFormat(setup);
    return {
      id,
      modelId: setup.modelId,
      files,
      model: tinyModel(setup),
      data: {
        name: `${format}-${sampleCount(setup)}-${setup.labelCount}-${setup.plan.textsPerExample}`,
        format,
        count: sampleCount(setup),
        labelCount: setup.labelCount,
        negatives: Math.max(0, setup.plan.textsPerExample - 2),
      },
      expected: expectedRunSettings(setup),
      launcher: setup.plan.launcher,
      gpus: setup.plan.gpus,
      cpuOffload: setup.plan.cpuOffload,
      artifact: (() => {
        const exported = artifactExport(rec);
        return exported?.engine === 'llama.cpp' ? exported : null;
      })(),
    };
  });
}
