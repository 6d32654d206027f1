import { ALL_LINEAR } from './loraModules';
import { OPTIM_NAMES, autocast, halfTorchDtype, py, pyLiteral } from './pythonCommon';
import { decimal, quoted, type TrainingSetup } from './trainingSetup';

/** FlashAttention-2 where the device has it and the weights load in half precision. */
export function attentionOf(setup: TrainingSetup): 'flash_attention_2' | 'sdpa' | 'eager' {
  if (!setup.plan.flashAttention) return 'eager';
  const halfWeights =
    setup.plan.precision === 'bf16' ||
    (setup.plan.precision === 'mixed' && setup.method !== 'full');
  return setup.flashAttention2 && halfWeights ? 'flash_attention_2' : 'sdpa';
}

/** Sharded launchers that need the 4-bit weights stored in the compute dtype (FSDP-QLoRA). */
const SHARDS_WEIGHTS = new Set(['fsdp2', 'zero3']);

/** `target_modules=` for PEFT's LoraConfig: a list of names, or the "all-linear" shorthand. */
export function targetModules(setup: TrainingSetup): string {
  const modules = setup.loraModules;
  return modules === ALL_LINEAR ? quoted(modules) : pyLiteral(modules);
}

/**
 * The plan as named constants at the top of the script: every memory-relevant setting written
 * out once, with the values the memory estimate assumed. The rest of the script reads only these.
 */
export function planLines(setup: TrainingSetup): string[] {
  const { plan } = setup;
  const peft = setup.method !== 'full';
  const lines = [
    '# The plan: the memory estimate assumed exactly these settings.',
    `METHOD = ${quoted(setup.method)}  # full | lora | qlora`,
    `PRECISION = ${quoted(plan.precision)}  # bf16: half-precision training; mixed: autocast over fp32 trained weights; fp32`,
    `HALF_DTYPE = ${halfTorchDtype(setup)}`,
    `LOAD_DTYPE = ${setup.plan.precision === 'fp32' || (plan.precision === 'mixed' && setup.method === 'full') ? 'torch.float32' : 'HALF_DTYPE'}`,
    `AUTOCAST = ${py(autocast(setup))}`,
    `OPTIM = ${quoted(OPTIM_NAMES[plan.optimizer])}`,
    `BATCH_SIZE = ${plan.batchSize}`,
    `GRADIENT_ACCUMULATION = ${setup.gradientAccumulation}`,
    `MAX_LENGTH = ${plan.seqLen}`,
    `GRADIENT_CHECKPOINTING = ${py(plan.gradientCheckpointing)}`,
    ...(setup.encoder ? [] : [`ATTENTION = ${quoted(attentionOf(setup))}`]),
    `LEARNING_RATE = ${decimal(setup.learningRate)}`,
    `EPOCHS = ${setup.epochs}`,
  ];
  if (peft) {
    lines.push(
      `LORA_R = ${plan.loraRank}`,
      `LORA_ALPHA = ${setup.loraAlpha}`,
      `LORA_DROPOUT = ${decimal(plan.loraDropout)}`,
      `TARGET_MODULES = ${targetModules(setup)}`,
    );
  }
  if (setup.method === 'qlora') {
    lines.push(
      `QUANT_BITS = ${plan.quantBits}`,
      `DOUBLE_QUANT = ${py(plan.doubleQuant)}`,
      `KBIT_UPCAST = ${py(plan.kbitUpcast)}  # prepare_model_for_kbit_training: embeddings, head and norms in fp32`,
      `QUANT_STORAGE = ${SHARDS_WEIGHTS.has(plan.launcher) ? 'HALF_DTYPE  # FSDP/ZeRO-3 shard 4-bit weights stored in the compute dtype' : 'torch.uint8'}`,
    );
  }
  return lines;
}

/**
 * `--cpu`: the plan minus what needs CUDA, each change recorded with its reason. Only the changes
 * this plan needs are written.
 */
export function cpuLines(setup: TrainingSetup, extra: string[] = []): string[] {
  const { plan } = setup;
  const body: string[] = [];
  if (setup.method === 'qlora') {
    body.push(
      '    # bitsandbytes quantises on CUDA only: train LoRA on the unquantised model instead.',
      '    METHOD = "lora"',
      '    KBIT_UPCAST = False',
      '    for field in ("method", "quantBits", "doubleQuant", "kbitUpcast"):',
      '        cpu_changes[field] = "bitsandbytes 4-bit quantisation needs CUDA: LoRA on the unquantised model"',
    );
  }
  if (plan.optimizer === 'adamw-8bit' || plan.optimizer === 'paged-adamw-8bit') {
    body.push(
      '    OPTIM = "adamw_torch_fused"',
      '    cpu_changes["optimizer"] = "8-bit AdamW is bitsandbytes (CUDA only): fused AdamW on the CPU"',
    );
  }
  if (setup.halfDtype === 'fp16' && plan.precision !== 'fp32') {
    body.push(
      '    HALF_DTYPE = torch.bfloat16',
      '    LOAD_DTYPE = torch.float32 if LOAD_DTYPE == torch.float32 else HALF_DTYPE',
      '    cpu_changes["halfDtype"] = "fp16 autocast needs CUDA: bf16 on the CPU"',
    );
  }
  if (!setup.encoder && attentionOf(setup) === 'flash_attention_2') {
    body.push(
      '    ATTENTION = "sdpa"',
      '    cpu_changes["attention"] = "flash-attn is CUDA only: SDPA, also without the seq² matrix"',
    );
  }
  body.push(...extra);
  if (body.length === 0) return [];
  return ['if cli.cpu:', ...body];
}
