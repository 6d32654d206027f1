import { decimal, headerLines, quoted, type TrainingSetup } from './trainingSetup';

/** Python's spelling of a boolean. */
export const py = (value: boolean) => (value ? 'True' : 'False');

/** The torch dtype of half-precision weights and of QLoRA's compute: bf16, or fp16 without it. */
export const halfDtype = (setup: TrainingSetup) =>
  setup.mixedPrecision === 'bf16' ? 'torch.bfloat16' : 'torch.float16';

/** `target_modules=` for PEFT's LoraConfig: a list of names, or the "all-linear" shorthand. */
export function targetModules(setup: TrainingSetup): string {
  const modules = setup.loraModules;
  return typeof modules === 'string' ? quoted(modules) : `[${modules.map(quoted).join(', ')}]`;
}

/** The `LoraConfig(...)` lines (PEFT), with alpha = 2 × rank. */
export function loraConfigLines(setup: TrainingSetup, taskType: string): string[] {
  return [
    'peft_config = LoraConfig(',
    `    r=${setup.loraRank},`,
    `    lora_alpha=${setup.loraAlpha},`,
    `    lora_dropout=${decimal(setup.loraDropout)},`,
    `    target_modules=${targetModules(setup)},`,
    `    task_type=${quoted(taskType)},`,
    ')',
  ];
}

/** QLoRA's quantisation (Dettmers et al. 2023): NF4 with double quantisation. */
export function bnbConfigLines(setup: TrainingSetup): string[] {
  return [
    'bnb_config = BitsAndBytesConfig(',
    '    load_in_4bit=True,',
    '    bnb_4bit_quant_type="nf4",',
    '    bnb_4bit_use_double_quant=True,',
    `    bnb_4bit_compute_dtype=${halfDtype(setup)},`,
    ')',
  ];
}

/**
 * Whether the frozen base loads in half precision. Full fine-tuning keeps fp32 master weights
 * (autocast does the rest). With fp16 autocast, a trainable head loaded in fp16 would stop the
 * gradient scaler ("Attempting to unscale FP16 gradients"), so encoders with a new head keep fp32.
 */
export function halfBase(setup: TrainingSetup): boolean {
  if (setup.method === 'full') return false;
  return !setup.encoder || setup.mixedPrecision === 'bf16';
}

/**
 * `from_pretrained` keyword lines: the quantisation for QLoRA and the dtype of the frozen base.
 * `dtype` replaced `torch_dtype` in transformers 4.56.
 */
export function loadingKwargs(setup: TrainingSetup): string[] {
  return [
    ...(setup.method === 'qlora' ? ['    quantization_config=bnb_config,'] : []),
    ...(halfBase(setup) ? [`    dtype=${halfDtype(setup)},`] : []),
  ];
}

/** Whether the script refers to `torch` (a dtype or QLoRA's compute dtype). */
export function needsTorch(setup: TrainingSetup): boolean {
  return setup.method === 'qlora' || halfBase(setup);
}

/** The TrainingArguments fields every trainer shares (transformers, TRL, sentence-transformers). */
export function commonArgLines(setup: TrainingSetup): string[] {
  return [
    `    output_dir=${quoted(setup.outputDir)},`,
    `    per_device_train_batch_size=${setup.batchSize},`,
    `    gradient_accumulation_steps=${setup.gradientAccumulation},`,
    `    gradient_checkpointing=${py(setup.gradientCheckpointing)},`,
    `    bf16=${py(setup.mixedPrecision === 'bf16')},`,
    `    fp16=${py(setup.mixedPrecision === 'fp16')},`,
    `    learning_rate=${decimal(setup.learningRate)},`,
    `    num_train_epochs=${setup.epochs},`,
    `    optim=${quoted(setup.optimizer)},`,
    '    logging_steps=10,',
  ];
}

/**
 * Supervised fine-tuning of a decoder with TRL's SFTTrainer. SFTConfig's `max_length` is the
 * sequence length (TRL renamed `max_seq_length` in 0.16 and removed it in 0.20); its
 * `gradient_checkpointing` and `bf16` default to True, so both are always written out.
 */
export function decoderPython(setup: TrainingSetup): string {
  const peft = setup.method !== 'full';
  const qlora = setup.method === 'qlora';
  const chat = setup.purpose === 'chat';
  const peftImports = qlora ? 'LoraConfig, prepare_model_for_kbit_training' : 'LoraConfig';
  // FlashAttention-2 takes half-precision weights; SDPA's fused kernels cover the fp32 case.
  const flash = setup.flashAttention2 && setup.method !== 'full';
  const attention = flash ? 'flash_attention_2' : 'sdpa';
  const lines = [
    ...headerLines(setup),
    '# pip install -U "transformers>=4.56" "trl>=0.20" datasets accelerate' +
      (peft ? ' peft' : '') +
      (qlora ? ' bitsandbytes' : '') +
      (flash ? ' flash-attn' : ''),
    ...(setup.appleSilicon
      ? ['# Apple silicon: runs on PyTorch MPS; mlx-lm (mlx_lm.lora) is the native alternative.']
      : []),
    ...(needsTorch(setup) ? ['import torch'] : []),
    'from datasets import load_dataset',
    ...(peft ? [`from peft import ${peftImports}`] : []),
    `from transformers import AutoModelForCausalLM, AutoTokenizer${qlora ? ', BitsAndBytesConfig' : ''}`,
    'from trl import SFTConfig, SFTTrainer',
    '',
    `model_id = ${quoted(setup.modelId)}`,
    '',
    chat
      ? '# One conversation per line: {"messages": [{"role": "user", "content": "..."}, {"role": "assistant", "content": "..."}]}'
      : '# One example per line: {"text": "..."} (or {"prompt": "...", "completion": "..."})',
    'train_dataset = load_dataset("json", data_files="train.jsonl")["train"]',
    '',
    'tokenizer = AutoTokenizer.from_pretrained(model_id)',
    ...(qlora ? ['', ...bnbConfigLines(setup)] : []),
    '',
    'model = AutoModelForCausalLM.from_pretrained(',
    '    model_id,',
    ...loadingKwargs(setup),
    `    attn_implementation=${quoted(attention)},`,
    ')',
    ...(qlora
      ? [
          `model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=${py(setup.gradientCheckpointing)})`,
        ]
      : []),
    ...(peft ? ['', ...loraConfigLines(setup, 'CAUSAL_LM')] : []),
    '',
    'args = SFTConfig(',
    ...commonArgLines(setup),
    `    max_length=${setup.seqLen},`,
    ...(chat ? ['    assistant_only_loss=False,  # True trains on assistant turns only'] : []),
    ')',
    '',
    'trainer = SFTTrainer(',
    '    model=model,',
    '    args=args,',
    '    train_dataset=train_dataset,',
    '    processing_class=tokenizer,',
    ...(peft ? ['    peft_config=peft_config,'] : []),
    ')',
    'trainer.train()',
    'trainer.save_model()',
  ];
  return `${lines.join('\n')}\n`;
}
