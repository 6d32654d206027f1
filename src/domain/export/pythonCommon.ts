import { quoted, type TrainingSetup } from './trainingSetup';

/** Python's spelling of a boolean. */
export const py = (value: boolean) => (value ? 'True' : 'False');

type PyValue = string | number | boolean | null | readonly PyValue[] | { [key: string]: PyValue };

/** A Python literal for plain data: strings quoted (JSON escapes are Python's), True/False/None. */
export function pyLiteral(value: PyValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return py(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === 'string') return quoted(value);
  if (Array.isArray(value)) return `[${value.map((item: PyValue) => pyLiteral(item)).join(', ')}]`;
  const entries = Object.entries(value as Record<string, PyValue>);
  return `{${entries.map(([key, item]) => `${quoted(key)}: ${pyLiteral(item)}`).join(', ')}}`;
}

/** transformers' `optim` name of each plan optimizer (TrainingArguments' OptimizerNames). */
export const OPTIM_NAMES = {
  adamw: 'adamw_torch_fused',
  'adamw-foreach': 'adamw_torch',
  'adamw-8bit': 'adamw_bnb_8bit',
  'paged-adamw-8bit': 'paged_adamw_8bit',
  sgd: 'sgd',
} as const;

/** The torch dtype of the device's half precision. */
export const halfTorchDtype = (setup: TrainingSetup) =>
  setup.halfDtype === 'bf16' ? 'torch.bfloat16' : 'torch.float16';

/**
 * The dtype the weights load in. Pure bf16 loads everything in half precision; 'mixed' keeps fp32
 * master weights for what trains (full fine-tuning loads fp32, LoRA keeps the frozen base in half
 * precision and casts the adapters to fp32); fp32 loads fp32.
 */
export function loadDtype(setup: TrainingSetup): string {
  const { precision } = setup.plan;
  if (precision === 'fp32') return 'torch.float32';
  if (precision === 'mixed' && setup.method === 'full') return 'torch.float32';
  return 'HALF_DTYPE';
}

/**
 * Whether the Trainer autocasts (its bf16/fp16 flag, in the device's half dtype). Mixed precision
 * does; pure bf16 does too (a no-op over bf16 weights); pure fp16 does not, because fp16=True adds
 * a gradient scaler that refuses fp16 master weights ("Attempting to unscale FP16 gradients").
 */
export function autocast(setup: TrainingSetup): boolean {
  const { precision } = setup.plan;
  if (precision === 'fp32') return false;
  return precision === 'mixed' || setup.halfDtype === 'bf16';
}

/**
 * The argparse block every Python export starts with: its defaults are the plan, so the script
 * runs as exported and `--model`, `--data`, `--max-steps` and `--cpu` turn it into a smoke test.
 */
export function cliLines(setup: TrainingSetup, description: string): string[] {
  return [
    `parser = argparse.ArgumentParser(description=${quoted(description)})`,
    `parser.add_argument("--model", default=${quoted(setup.modelId)}, help="Hugging Face id or local path")`,
    'parser.add_argument("--data", default="train.jsonl", help="JSONL file in the format above")',
    `parser.add_argument("--output-dir", default=${quoted(setup.outputDir)})`,
    'parser.add_argument("--max-steps", type=int, default=-1, help="stop after N optimizer steps (-1: all epochs)")',
    'parser.add_argument(',
    '    "--cpu",',
    '    action="store_true",',
    '    help="run on the CPU without CUDA-only features (bitsandbytes, flash-attn, fused kernels)",',
    ')',
    'cli = parser.parse_args()',
    '',
    '# Launched with FSDP, accelerate checkpoints the blocks (fsdp_activation_checkpointing) and',
    '# transformers refuses gradient_checkpointing on top of it.',
    'FSDP_CHECKPOINTING = os.environ.get("FSDP_ACTIVATION_CHECKPOINTING", "false").lower() == "true"',
    '',
    '# What the run changes from the plan because it runs on the CPU, with the reason.',
    'cpu_changes = {}',
  ];
}

/** The shared TrainingArguments fields (transformers, TRL and sentence-transformers trainers). */
export function commonArgLines(): string[] {
  return [
    '    output_dir=cli.output_dir,',
    '    per_device_train_batch_size=BATCH_SIZE,',
    '    gradient_accumulation_steps=GRADIENT_ACCUMULATION,',
    '    gradient_checkpointing=GRADIENT_CHECKPOINTING and not FSDP_CHECKPOINTING,',
    '    gradient_checkpointing_kwargs={"use_reentrant": False},',
    '    bf16=AUTOCAST and HALF_DTYPE == torch.bfloat16,',
    '    fp16=AUTOCAST and HALF_DTYPE == torch.float16,',
    '    optim=OPTIM,',
    '    learning_rate=LEARNING_RATE,',
    '    num_train_epochs=EPOCHS,',
    '    max_steps=cli.max_steps,',
    '    logging_steps=1 if cli.max_steps > 0 else 10,',
    '    save_strategy="no" if cli.max_steps > 0 else "epoch",',
    '    report_to="none",',
    '    use_cpu=cli.cpu,',
  ];
}

/** `load["quantization_config"]` for QLoRA (NF4, double quantisation as planned), skipped on CPU. */
export function quantLoadLines(setup: TrainingSetup): string[] {
  if (setup.method !== 'qlora') return [];
  // FSDP and ZeRO-3 load on the CPU and shard; every other launcher quantises each process's copy
  // straight onto its own GPU (without a device map bitsandbytes puts every rank on GPU 0).
  const sharded = setup.plan.launcher === 'fsdp2' || setup.plan.launcher === 'zero3';
  return [
    'if METHOD == "qlora":',
    '    from transformers import BitsAndBytesConfig',
    '',
    '    load["quantization_config"] = BitsAndBytesConfig(',
    '        load_in_4bit=QUANT_BITS == 4,',
    '        load_in_8bit=QUANT_BITS == 8,',
    '        bnb_4bit_quant_type="nf4",',
    '        bnb_4bit_use_double_quant=DOUBLE_QUANT,',
    '        bnb_4bit_compute_dtype=HALF_DTYPE,',
    '        bnb_4bit_quant_storage=QUANT_STORAGE,',
    '    )',
    ...(sharded ? [] : ['    load["device_map"] = {"": int(os.environ.get("LOCAL_RANK", 0))}']),
  ];
}

/** `prepare_model_for_kbit_training` when the plan upcasts (it charges fp32 embeddings and head). */
export function kbitLines(setup: TrainingSetup): string[] {
  if (setup.method !== 'qlora') return [];
  return [
    'if METHOD == "qlora" and KBIT_UPCAST:',
    '    model = prepare_model_for_kbit_training(',
    '        model,',
    '        use_gradient_checkpointing=GRADIENT_CHECKPOINTING,',
    '        gradient_checkpointing_kwargs={"use_reentrant": False},',
    '    )',
  ];
}

/** QLoRA's settings read back from the loaded model (None when the CPU run could not quantise). */
export function quantSettingsLines(setup: TrainingSetup): string[] {
  if (setup.method !== 'qlora') return [];
  return [
    'quant = getattr(trained.config, "quantization_config", None)',
    'settings["quantBits"] = (4 if quant.load_in_4bit else 8) if quantized else None',
    'settings["doubleQuant"] = bool(quant.bnb_4bit_use_double_quant) if quantized else None',
    'settings["kbitUpcast"] = quantized and trained.get_input_embeddings().weight.dtype == torch.float32',
  ];
}

/**
 * The LoRA wrap: PEFT's get_peft_model (or sentence-transformers' `add_adapter`). Pure bf16 keeps
 * the adapters in bf16; mixed precision gives everything that trains fp32 master weights.
 * `modulesToSave` names a Python list of modules trained in full (a new classification head).
 */
export function loraLines(
  setup: TrainingSetup,
  taskType: string,
  wrap: 'peft' | 'adapter',
  modulesToSave?: string,
): string[] {
  if (setup.method === 'full') return [];
  return [
    'peft_config = LoraConfig(',
    '    r=LORA_R,',
    '    lora_alpha=LORA_ALPHA,',
    '    lora_dropout=LORA_DROPOUT,',
    '    target_modules=TARGET_MODULES,',
    // A copy: PEFT appends its own default head names (classifier, score) to the list it gets.
    ...(modulesToSave ? [`    modules_to_save=list(${modulesToSave}),`] : []),
    `    task_type=${quoted(taskType)},`,
    ')',
    wrap === 'peft'
      ? 'model = get_peft_model(model, peft_config, autocast_adapter_dtype=PRECISION == "mixed")'
      : 'model.add_adapter(peft_config)',
    'cast_trained(model)',
  ];
}

/** Top-level modules of a sequence-classification model outside its encoder: the new head. */
export const HEAD_HELPERS = [
  'def head_modules(hf_model):',
  '    """The classification head (and pooler, e.g. DeBERTa\'s) that from_pretrained creates fresh."""',
  '    return [',
  '        name',
  '        for name, child in hf_model.named_children()',
  '        if name != hf_model.base_model_prefix and any(True for _ in child.parameters())',
  '    ]',
  '',
  '',
  'def head_trained(model, heads):',
  '    trainable = [n for n, p in model.named_parameters() if p.requires_grad and ".lora_" not in n]',
  '    return all(any(f"{head}." in n for n in trainable) for head in heads)',
];
