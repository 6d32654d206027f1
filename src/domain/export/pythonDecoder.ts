import { headerLines, launchCommand } from './headers';
import {
  cliLines,
  commonArgLines,
  kbitLines,
  loraLines,
  py,
  pyLiteral,
  quantLoadLines,
  quantSettingsLines,
} from './pythonCommon';
import { installLines } from './pythonInstall';
import { REPORT_HELPERS } from './pythonReport';
import { cpuLines, planLines } from './pythonPlan';
import { quoted, type TrainingSetup } from './trainingSetup';

/** TRL's loss settings per loss kernel: `loss_type`, Liger's flag, Cut Cross-Entropy's patch. */
const LOSS = {
  plain: { lossType: 'nll', liger: false, cce: false },
  // TRL has no chunked-output loss (torchtune's): its plain loss is the closest, and the printed
  // settings then name 'plain', which the run test reports as a difference from the plan.
  'chunked-output': { lossType: 'nll', liger: false, cce: false },
  chunked: { lossType: 'chunked_nll', liger: false, cce: false },
  liger: { lossType: 'nll', liger: true, cce: false },
  cce: { lossType: 'nll', liger: false, cce: true },
} as const;

function dataDoc(setup: TrainingSetup): string[] {
  if (setup.purpose === 'chat') {
    return [
      'Data (--data): one conversation per line,',
      '  {"messages": [{"role": "user", "content": "..."}, {"role": "assistant", "content": "..."}]}',
      'Loss on the assistant turns only, as the Axolotl export (roles_to_train: [assistant]).',
    ];
  }
  if (setup.fim) {
    return [
      'Data (--data): one fill-in-the-middle example per line,',
      '  {"prefix": "code before the gap", "suffix": "code after it", "middle": "the code that fills it"}',
      `Formatted as ${setup.fim.prefix}prefix${setup.fim.suffix}suffix${setup.fim.middle} → middle (${setup.fim.source});`,
      'loss on the middle only, as the Axolotl export (train_on_inputs: false).',
    ];
  }
  return [
    'Data (--data): one document per line, {"text": "..."}; loss on every token, as the Axolotl export.',
  ];
}

function dataLines(setup: TrainingSetup): string[] {
  const lines = ['dataset = load_dataset("json", data_files=cli.data, split="train")'];
  if (setup.purpose === 'chat') {
    lines.push(
      'if not tokenizer.chat_template:',
      '    raise SystemExit("The tokenizer has no chat template; chat fine-tuning needs one (TRL: clone_chat_template).")',
      'try:',
      '    # TRL 1.13 masks assistant turns through {% generation %} markers and swaps in a training',
      '    # template with them for the families it knows (Llama 3, Qwen 2.5/3, Gemma, Phi-3, ...).',
      '    get_training_chat_template(tokenizer)',
      '    ASSISTANT_MASKING = "generation-markers"',
      'except ValueError:',
      '    # A template TRL cannot patch: one prompt/completion example per assistant turn, loss on',
      '    # the completion only: the same tokens are trained.',
      '    ASSISTANT_MASKING = "per-turn"',
      '',
      '    def per_turn(batch):',
      '        split = {"prompt": [], "completion": []}',
      '        for messages in batch["messages"]:',
      '            for i, message in enumerate(messages):',
      '                if message["role"] == "assistant" and i > 0:',
      '                    split["prompt"].append(messages[:i])',
      '                    split["completion"].append([message])',
      '        return split',
      '',
      '    dataset = dataset.map(per_turn, batched=True, remove_columns=dataset.column_names)',
    );
  } else if (setup.fim) {
    lines.push(
      `FIM_PREFIX, FIM_SUFFIX, FIM_MIDDLE = ${quoted(setup.fim.prefix)}, ${quoted(setup.fim.suffix)}, ${quoted(setup.fim.middle)}`,
      'dataset = dataset.map(',
      '    lambda row: {"prompt": FIM_PREFIX + row["prefix"] + FIM_SUFFIX + row["suffix"] + FIM_MIDDLE, "completion": row["middle"]},',
      '    remove_columns=["prefix", "suffix", "middle"],',
      ')',
    );
  }
  return lines;
}

/** The objective flags of SFTConfig: assistant-only (chat), completion-only (FIM) or every token. */
function objectiveArgs(setup: TrainingSetup): string[] {
  if (setup.purpose === 'chat') {
    return [
      '    assistant_only_loss=ASSISTANT_MASKING == "generation-markers",',
      '    completion_only_loss=ASSISTANT_MASKING == "per-turn",',
    ];
  }
  return [`    assistant_only_loss=False,`, `    completion_only_loss=${py(setup.fim !== null)},`];
}

function modelLines(setup: TrainingSetup): string[] {
  const rope = setup.rope;
  return [
    'config = AutoConfig.from_pretrained(cli.model)',
    ...(rope
      ? [
          '# YaRN (transformers 5 reads `rope_parameters`; it replaced `rope_scaling`).',
          `config.rope_parameters = {**(config.rope_parameters or {}), **ROPE}`,
        ]
      : []),
    'load = {"config": config, "dtype": LOAD_DTYPE, "attn_implementation": ATTENTION}',
    ...quantLoadLines(setup),
    'model = AutoModelForCausalLM.from_pretrained(cli.model, **load)',
    ...kbitLines(setup),
    'if USE_CCE:',
    '    from cut_cross_entropy.transformers import cce_patch',
    '',
    '    model = cce_patch(model)',
    ...loraLines(setup, 'CAUSAL_LM', 'peft'),
  ];
}

function settingsLines(setup: TrainingSetup): string[] {
  return [
    'cast_trained(trainer.model)',
    'args = trainer.args',
    'trained = trainer.model',
    'quantized = bool(getattr(trained, "is_loaded_in_4bit", False) or getattr(trained, "is_loaded_in_8bit", False))',
    'lora = lora_settings(trained, TARGET_MODULES)',
    'rope = trained.config.rope_parameters or {}',
    'settings = {',
    '    **common_settings(trained, args),',
    '    **lora,',
    '    "method": "qlora" if quantized else "lora" if lora else "full",',
    '    "seqLen": args.max_length,',
    '    "lossKernel": "liger" if args.use_liger_kernel else "cce" if USE_CCE else {"nll": "plain", "chunked_nll": "chunked"}.get(args.loss_type, args.loss_type),',
    '    "activationOffload": bool(args.activation_offloading),',
    '    "packing": bool(args.packing),',
    '    "flashAttention": trained.config._attn_implementation in ("flash_attention_2", "sdpa"),',
    '    "objective": "assistant-only" if args.assistant_only_loss or ASSISTANT_MASKING == "per-turn" else "completion-only" if args.completion_only_loss else "all-tokens",',
    '    "ropeScaling": {"ropeType": rope["rope_type"], "factor": rope["factor"]} if rope.get("rope_type") == "yarn" else None,',
    '}',
    ...quantSettingsLines(setup),
    'report(settings)',
  ];
}

/**
 * Supervised fine-tuning of a decoder with TRL's SFTTrainer (TRL ≥ 1.7: `loss_type`,
 * `activation_offloading`; SFTConfig's `gradient_checkpointing` and `bf16` default to True, so
 * both are written out). The model is loaded and wrapped here, not by TRL from a string, so its
 * dtype is the plan's (TRL would load a string id in fp32 without `model_init_kwargs`).
 */
export function decoderPython(setup: TrainingSetup): string {
  const { plan } = setup;
  const peft = setup.method !== 'full';
  const loss = LOSS[plan.lossKernel];
  const lines = [
    ...headerLines(setup),
    ...installLines(setup),
    `# Run: ${launchCommand(setup)}`,
    '# Smoke test: python train.py --model <tiny local model> --data sample.jsonl --max-steps 2 --cpu',
    '"""',
    ...dataDoc(setup),
    '"""',
    'import argparse',
    'import json',
    'import math',
    'import os',
    '',
    'import torch',
    'from datasets import load_dataset',
    ...(peft
      ? [
          `from peft import LoraConfig, get_peft_model${setup.method === 'qlora' ? ', prepare_model_for_kbit_training' : ''}`,
        ]
      : []),
    'from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer',
    'from trl import SFTConfig, SFTTrainer',
    ...(setup.purpose === 'chat'
      ? ['from trl.chat_template_utils import get_training_chat_template']
      : []),
    '',
    ...planLines(setup),
    `LOSS_TYPE = ${quoted(loss.lossType)}  # TRL: "nll" plain, "chunked_nll" chunked`,
    `USE_LIGER = ${py(loss.liger)}  # Liger fused linear cross-entropy`,
    `USE_CCE = ${py(loss.cce)}  # Cut Cross-Entropy`,
    `ACTIVATION_OFFLOADING = ${py(plan.activationOffload)}`,
    `PACKING = ${py(plan.packing)}`,
    ...(setup.rope
      ? [
          `ROPE = ${pyLiteral({ rope_type: setup.rope.ropeType, factor: setup.rope.factor, original_max_position_embeddings: setup.rope.originalMaxPositions })}`,
        ]
      : []),
    ...(peft ? [] : ['TARGET_MODULES = None']),
    'ASSISTANT_MASKING = None',
    'PLAN_METHOD = METHOD',
    '',
    ...cliLines(setup, `Fine-tune ${setup.modelId} (Tunewise plan)`),
    ...cpuLines(setup, [
      ...(loss.liger || loss.cce
        ? [
            '    LOSS_TYPE, USE_LIGER, USE_CCE = "chunked_nll", False, False',
            '    cpu_changes["lossKernel"] = "Liger and Cut Cross-Entropy are Triton kernels (CUDA): TRL\'s chunked loss on the CPU"',
          ]
        : []),
      ...(plan.activationOffload
        ? [
            '    ACTIVATION_OFFLOADING = False',
            '    cpu_changes["activationOffload"] = "activation offloading moves CUDA tensors to CPU memory: nothing to move on the CPU"',
          ]
        : []),
    ]),
    '',
    ...REPORT_HELPERS,
    '',
    '',
    'tokenizer = AutoTokenizer.from_pretrained(cli.model)',
    'if tokenizer.pad_token is None:',
    '    tokenizer.pad_token = tokenizer.eos_token',
    ...dataLines(setup),
    '',
    ...modelLines(setup),
    '',
    'training_args = SFTConfig(',
    ...commonArgLines(),
    '    max_length=MAX_LENGTH,',
    '    packing=PACKING,',
    '    loss_type=LOSS_TYPE,',
    '    use_liger_kernel=USE_LIGER,',
    '    activation_offloading=ACTIVATION_OFFLOADING,',
    ...objectiveArgs(setup),
    ')',
    '',
    'trainer = SFTTrainer(model=model, args=training_args, train_dataset=dataset, processing_class=tokenizer)',
    ...settingsLines(setup),
    'train_and_report(trainer)',
    'trainer.save_model(cli.output_dir)',
  ];
  return `${lines.join('\n')}\n`;
}
