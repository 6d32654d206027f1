import { DEEPSPEED_CONFIG_FILE, headerLines } from './headers';
import { ALL_LINEAR } from './loraModules';
import { OPTIM_NAMES } from './pythonCommon';
import { attentionOf } from './pythonPlan';
import { commentText, decimal, quoted, type TrainingSetup } from './trainingSetup';

const bool = (value: boolean) => (value ? 'true' : 'false');

/** The adapter block: `adapter: lora|qlora` with its settings, nothing for full fine-tuning. */
function adapterLines(setup: TrainingSetup): string[] {
  const { plan } = setup;
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
  const qlora = setup.method === 'qlora';
  return [
    `load_in_8bit: ${bool(qlora && plan.quantBits === 8)}`,
    // Axolotl requires load_in_4bit for adapter: qlora and applies NF4 with double quantisation.
    `load_in_4bit: ${bool(qlora && plan.quantBits === 4)}`,
    `adapter: ${setup.method}`,
    ...(qlora && !plan.doubleQuant
      ? ['bnb_config_kwargs:', '  bnb_4bit_use_double_quant: false']
      : []),
    `lora_r: ${plan.loraRank}`,
    `lora_alpha: ${setup.loraAlpha}`,
    `lora_dropout: ${decimal(plan.loraDropout)}`,
    ...targets,
    // Pure bf16 keeps the adapters in bf16; mixed precision gives them fp32 master weights.
    `peft_autocast_adapter_dtype: ${bool(plan.precision === 'mixed')}`,
  ];
}

/**
 * Precision keys: `bf16`/`fp16` are autocast (and bf16 loads bf16 weights); `bfloat16`/`float16`
 * are pure half precision without autocast; `float32` loads fp32 (src/axolotl/utils/config
 * `torch_dtype` choice).
 */
function precisionLines(setup: TrainingSetup): string[] {
  const { precision } = setup.plan;
  const bf16 = setup.halfDtype === 'bf16';
  if (precision === 'fp32') return ['bf16: false', 'fp16: false', 'float32: true'];
  if (precision === 'bf16' && !bf16) return ['bf16: false', 'fp16: false', 'float16: true'];
  const lines = [`bf16: ${bool(bf16)}`, `fp16: ${bool(!bf16)}`];
  if (precision === 'mixed' && setup.method === 'full') {
    lines.unshift(
      '# The plan keeps fp32 master weights (mixed); Axolotl loads bf16 weights whenever bf16 is on, so this run trains pure bf16 and needs less memory than the estimate. The Python export trains exactly the plan.',
    );
  }
  return lines;
}

/**
 * The loss kernel. Axolotl's `chunked_cross_entropy` is torchtune's CEWithChunkedOutputLoss
 * (src/axolotl/monkeypatch/loss/chunked.py): whole bf16 logits, upcast one chunk at a time, the
 * engine's 'chunked-output'. Axolotl has no counterpart of TRL's chunked_nll, so a 'chunked' plan
 * says so; Liger and Cut Cross-Entropy are plugins.
 */
function lossLines(setup: TrainingSetup): string[] {
  switch (setup.plan.lossKernel) {
    case 'plain':
      return ['chunked_cross_entropy: false'];
    case 'chunked-output':
      return ['chunked_cross_entropy: true'];
    case 'chunked':
      return [
        "# The estimate assumes TRL's chunked loss (no whole logits). Axolotl's chunked_cross_entropy keeps the whole bf16 logits (torchtune's chunked-output loss): this run needs more memory than estimated; the Liger or Cut Cross-Entropy plugin needs less.",
        'chunked_cross_entropy: true',
      ];
    case 'liger':
      return [
        'plugins:',
        '  - axolotl.integrations.liger.LigerPlugin',
        'liger_fused_linear_cross_entropy: true',
      ];
    case 'cce':
      return [
        'plugins:',
        '  - axolotl.integrations.cut_cross_entropy.CutCrossEntropyPlugin',
        'cut_cross_entropy: true',
      ];
  }
}

/** The dataset block, training the same tokens as the Python export (`setup.objective`). */
function datasetLines(setup: TrainingSetup): string[] {
  const head = ['datasets:', '  - path: train.jsonl', '    ds_type: json'];
  if (setup.objective === 'assistant-only') {
    return [
      ...head,
      '    type: chat_template',
      '    field_messages: messages',
      '    # {"messages": [{"role": "user", "content": "..."}, {"role": "assistant", "content": "..."}]}',
      '    # Loss on assistant turns only (and the end-of-turn token), as the Python export.',
      '    roles_to_train:',
      '      - assistant',
      '    train_on_eos: turn',
      'train_on_inputs: false',
    ];
  }
  if (setup.fim) {
    const format = `${setup.fim.prefix}{instruction}${setup.fim.suffix}{input}${setup.fim.middle}`;
    return [
      ...head,
      '    # {"prefix": "...", "suffix": "...", "middle": "..."}: fill-in-the-middle, loss on the middle.',
      '    type:',
      '      field_instruction: prefix',
      '      field_input: suffix',
      '      field_output: middle',
      `      format: ${quoted(format)}`,
      `      no_input_format: ${quoted(`${setup.fim.prefix}{instruction}${setup.fim.suffix}${setup.fim.middle}`)}`,
      'train_on_inputs: false',
    ];
  }
  return [
    ...head,
    '    type: completion',
    '    field: text',
    '    # {"text": "..."}: loss on every token.',
  ];
}

/** FSDP2 or DeepSpeed for multi-GPU plans; DDP needs nothing beyond the launch. */
function launcherLines(setup: TrainingSetup): string[] {
  const { plan } = setup;
  if (plan.launcher === 'fsdp2') {
    return [
      'fsdp_version: 2',
      'fsdp_config:',
      `  offload_params: ${bool(plan.cpuOffload !== 'none')}`,
      '  state_dict_type: SHARDED_STATE_DICT',
      '  auto_wrap_policy: TRANSFORMER_BASED_WRAP',
      '  reshard_after_forward: true',
      '  cpu_ram_efficient_loading: true',
      `  activation_checkpointing: ${bool(plan.gradientCheckpointing)}`,
    ];
  }
  if (plan.launcher === 'zero2' || plan.launcher === 'zero3') {
    return [`deepspeed: ${DEEPSPEED_CONFIG_FILE}  # exported beside this file`];
  }
  return [];
}

function ropeLines(setup: TrainingSetup): string[] {
  const rope = setup.rope;
  if (!rope) return [];
  return [
    '# YaRN: the sequence is longer than the trained window (transformers 5 `rope_parameters`).',
    'overrides_of_model_config:',
    '  rope_parameters:',
    `    rope_type: ${rope.ropeType}`,
    `    factor: ${decimal(rope.factor)}`,
    `    original_max_position_embeddings: ${rope.originalMaxPositions}`,
    ...(rope.ropeTheta !== null ? [`    rope_theta: ${decimal(rope.ropeTheta)}`] : []),
  ];
}

/** How Axolotl is started for the plan. */
function runLine(setup: TrainingSetup): string {
  return setup.plan.gpus > 1 && setup.plan.launcher !== 'single'
    ? `# Run: axolotl train config.yaml --launcher accelerate -- --num_processes ${setup.plan.gpus}`
    : '# Run: axolotl train config.yaml';
}

/**
 * An Axolotl config (YAML) for a decoder's fine-tuning from the same plan as the Python export,
 * with keys from Axolotl's config schema (axolotlKeys.json, checked by a test). Numbers are in
 * plain decimal notation because PyYAML reads "2e-4" as a string.
 */
export function decoderAxolotl(setup: TrainingSetup): string {
  const { plan } = setup;
  const fsdp = plan.launcher === 'fsdp2';
  const lines = [
    ...headerLines(setup),
    runLine(setup),
    `base_model: ${quoted(setup.modelId)}`,
    ...ropeLines(setup),
    '',
    ...adapterLines(setup),
    '',
    `sequence_len: ${plan.seqLen}`,
    `sample_packing: ${bool(plan.packing)}`,
    `micro_batch_size: ${plan.batchSize}`,
    `gradient_accumulation_steps: ${setup.gradientAccumulation}`,
    `num_epochs: ${setup.epochs}`,
    `optimizer: ${OPTIM_NAMES[plan.optimizer]}`,
    'lr_scheduler: cosine',
    `learning_rate: ${decimal(setup.learningRate)}`,
    '',
    ...precisionLines(setup),
    // Under FSDP the blocks are checkpointed by fsdp_config.activation_checkpointing instead.
    `gradient_checkpointing: ${bool(plan.gradientCheckpointing && !fsdp)}`,
    ...(plan.gradientCheckpointing && !fsdp
      ? ['gradient_checkpointing_kwargs:', '  use_reentrant: false']
      : []),
    `activation_offloading: ${bool(plan.activationOffload)}`,
    `attn_implementation: ${attentionOf(setup)}`,
    ...lossLines(setup),
    ...launcherLines(setup),
    '',
    ...datasetLines(setup),
    'val_set_size: 0.0',
    `output_dir: ${quoted(`./${setup.outputDir}`)}`,
    'logging_steps: 10',
  ];
  // Every line is either a comment (made safe) or built from numbers, enums and quoted strings.
  return `${lines.map((line) => (line.startsWith('#') ? `# ${commentText(line.slice(1))}` : line)).join('\n')}\n`;
}
