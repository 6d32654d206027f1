import { STACK } from '../stack/versions';
import { headerLines } from './headers';
import { ALL_LINEAR } from './loraModules';
import { commentText, decimal, quoted, type TrainingSetup } from './trainingSetup';

/**
 * mlx-lm's names of the LoRA targets: module paths inside a block (`self_attn.q_proj`,
 * `mlp.gate_proj`), as `lora_parameters.keys` takes them (mlx_lm/examples/lora_config.yaml).
 */
function mlxKeys(setup: TrainingSetup): string[] | null {
  const modules = setup.loraModules;
  if (modules === ALL_LINEAR) return null;
  return modules.map((name) =>
    /^(q|k|v|o|qkv)_proj$/.test(name) ? `self_attn.${name}` : `mlp.${name}`,
  );
}

const bool = (value: boolean) => (value ? 'true' : 'false');

/**
 * An mlx-lm LoRA config for Apple silicon (`mlx_lm.lora --config lora_config.yaml`), keys from
 * mlx-lm's CONFIG_DEFAULTS (mlx_lm/lora.py) at the version in the stack. mlx-lm's LoRA `scale` is
 * PEFT's alpha / r. QLoRA on Apple silicon is LoRA on an MLX-quantised model (`mlx_lm.convert -q`);
 * mlx-lm has no gradient accumulation of its own beyond `grad_accumulation_steps`.
 */
export function mlxLoraYaml(setup: TrainingSetup): string {
  const { plan } = setup;
  const keys = mlxKeys(setup);
  const full = setup.method === 'full';
  const lines = [
    ...headerLines(setup),
    `# mlx-lm ${STACK.mlxLm.pin} ${STACK.mlxLm.version}: keys from ${STACK.mlxLm.source}.`,
    '# pip install "mlx-lm>=' + STACK.mlxLm.version + '"',
    '# Run: mlx_lm.lora --config lora_config.yaml (data: a directory with train.jsonl and valid.jsonl)',
    ...(setup.method === 'qlora'
      ? [
          `# QLoRA: quantise first, mlx_lm.convert --hf-path ${setup.modelId} -q --q-bits ${plan.quantBits}, and point model at the result.`,
        ]
      : []),
    ...(setup.objective === 'assistant-only'
      ? ['# mask_prompt trains the final assistant turn of each conversation only.']
      : []),
    `model: ${quoted(setup.modelId)}`,
    'train: true',
    `fine_tune_type: ${full ? 'full' : 'lora'}`,
    'optimizer: adamw',
    'data: "data"',
    'seed: 0',
    'num_layers: -1',
    `batch_size: ${plan.batchSize}`,
    `grad_accumulation_steps: ${setup.gradientAccumulation}`,
    'iters: 1000',
    `learning_rate: ${decimal(setup.learningRate)}`,
    'steps_per_report: 10',
    'steps_per_eval: 200',
    `adapter_path: ${quoted(`${setup.outputDir}/adapters`)}`,
    'save_every: 100',
    `max_seq_length: ${plan.seqLen}`,
    `grad_checkpoint: ${bool(plan.gradientCheckpointing)}`,
    `mask_prompt: ${bool(setup.objective !== 'all-tokens')}`,
    ...(full
      ? []
      : [
          'lora_parameters:',
          ...(keys ? [`  keys: [${keys.map(quoted).join(', ')}]`] : []),
          `  rank: ${plan.loraRank}`,
          `  scale: ${decimal(setup.loraAlpha / plan.loraRank)}`,
          `  dropout: ${decimal(plan.loraDropout)}`,
        ]),
  ];
  return `${lines.map((line) => (line.startsWith('#') ? `# ${commentText(line.slice(1))}` : line)).join('\n')}\n`;
}

/** mlx-lm's config keys this export may write (mlx_lm/lora.py CONFIG_DEFAULTS, lora_parameters). */
export const MLX_LORA_KEYS = {
  source: STACK.mlxLm.source,
  version: STACK.mlxLm.version,
  topLevel: [
    'model',
    'train',
    'fine_tune_type',
    'optimizer',
    'optimizer_config',
    'data',
    'seed',
    'num_layers',
    'batch_size',
    'iters',
    'val_batches',
    'learning_rate',
    'steps_per_report',
    'steps_per_eval',
    'resume_adapter_file',
    'adapter_path',
    'save_every',
    'test',
    'test_batches',
    'max_seq_length',
    'config',
    'grad_checkpoint',
    'grad_accumulation_steps',
    'clear_cache_threshold',
    'lr_schedule',
    'lora_parameters',
    'mask_prompt',
    'report_to',
    'project_name',
    'trust_remote_code',
  ],
  loraParameters: ['keys', 'rank', 'scale', 'dropout'],
} as const;
