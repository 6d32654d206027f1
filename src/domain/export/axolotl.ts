import { ALL_LINEAR } from './loraModules';
import { commentText, decimal, headerLines, quoted, type TrainingSetup } from './trainingSetup';

const bool = (value: boolean) => (value ? 'true' : 'false');

/** The adapter block: `adapter: lora|qlora` with its settings, nothing for full fine-tuning. */
function adapterLines(setup: TrainingSetup): string[] {
  if (setup.method === 'full') {
    return [
      '# Full fine-tuning: no adapter, all weights train.',
      'load_in_8bit: false',
      'load_in_4bit: false',
    ];
  }
  const modules = setup.loraModules;
  const targets =
    modules === ALL_LINEAR
      ? ['lora_target_linear: true']
      : ['lora_target_modules:', ...modules.map((name) => `  - ${quoted(name)}`)];
  return [
    'load_in_8bit: false',
    // Axolotl requires load_in_4bit for adapter: qlora and applies NF4 with double quantisation.
    `load_in_4bit: ${bool(setup.method === 'qlora')}`,
    `adapter: ${setup.method}`,
    `lora_r: ${setup.loraRank}`,
    `lora_alpha: ${setup.loraAlpha}`,
    `lora_dropout: ${decimal(setup.loraDropout)}`,
    ...targets,
  ];
}

/** The dataset block: OpenAI-style messages for chat, raw text for text generation. */
function datasetLines(setup: TrainingSetup): string[] {
  const format =
    setup.purpose === 'chat'
      ? [
          '    type: chat_template',
          '    field_messages: messages',
          '    # {"messages": [{"role": "user", "content": "..."}, {"role": "assistant", "content": "..."}]}',
        ]
      : ['    type: completion', '    # {"text": "..."}'];
  return ['datasets:', '  - path: train.jsonl', '    ds_type: json', ...format];
}

/**
 * An Axolotl config (YAML) for a decoder's fine-tuning, with keys as in Axolotl's config schema
 * (`src/axolotl/utils/schemas/`): `attn_implementation` replaces the deprecated `flash_attention`
 * flag (older releases: `flash_attention: true`). Numbers are written in plain decimal notation
 * because PyYAML reads "2e-4" as a string.
 */
export function decoderAxolotl(setup: TrainingSetup): string {
  const attention = setup.flashAttention2 ? 'flash_attention_2' : 'sdpa';
  const lines = [
    ...headerLines(setup),
    '# Run: axolotl train config.yaml',
    ...(setup.appleSilicon
      ? ['# Axolotl targets CUDA and ROCm GPUs; on Apple silicon use mlx-lm (mlx_lm.lora).']
      : []),
    `base_model: ${quoted(setup.modelId)}`,
    '',
    ...adapterLines(setup),
    '',
    `sequence_len: ${setup.seqLen}`,
    'sample_packing: false',
    `micro_batch_size: ${setup.batchSize}`,
    `gradient_accumulation_steps: ${setup.gradientAccumulation}`,
    `num_epochs: ${setup.epochs}`,
    `optimizer: ${setup.optimizer}`,
    'lr_scheduler: cosine',
    `learning_rate: ${decimal(setup.learningRate)}`,
    '',
    `bf16: ${bool(setup.mixedPrecision === 'bf16')}`,
    `fp16: ${bool(setup.mixedPrecision === 'fp16')}`,
    `gradient_checkpointing: ${bool(setup.gradientCheckpointing)}`,
    `attn_implementation: ${attention}`,
    '',
    ...datasetLines(setup),
    'val_set_size: 0.0',
    `output_dir: ${quoted(`./${setup.outputDir}`)}`,
    'logging_steps: 10',
  ];
  // Every line is either a comment (made safe) or built from numbers, enums and quoted strings.
  return `${lines.map((line) => (line.startsWith('#') ? `# ${commentText(line.slice(1))}` : line)).join('\n')}\n`;
}
