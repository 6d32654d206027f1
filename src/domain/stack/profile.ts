import type { CpuOffload, Launcher, LossKernel, OptimizerName } from '../memory/types';

/** A setting of the training stack that changes memory, and what its default does. */
export interface StackEffect {
  setting: string;
  /** The library's default in this stack generation. */
  default: string;
  /** What that default does to memory, in a sentence. */
  effect: string;
  /** Where the default is read: `github:owner/repo path @version`. */
  source: string;
}

/** The defaults a plan starts from, one per memory-relevant lever. */
export interface StackDefaults {
  lossKernel: LossKernel;
  optimizer: OptimizerName;
  /** PEFT's prepare_model_for_kbit_training in QLoRA runs. */
  kbitUpcast: boolean;
  /** Whether bitsandbytes quantises a mixture of experts' routed experts. */
  quantizeExperts: boolean;
  multiGpuLauncher: Launcher;
  cpuOffload: CpuOffload;
}

export interface StackProfile {
  generation: '2023-24' | '2025-26';
  label: string;
  defaults: StackDefaults;
  effects: readonly StackEffect[];
}

/**
 * The stack the exports target and the estimate assumes: transformers 5, TRL 1.x, PEFT 0.2x, torch
 * ≥ 2.8 (versions pinned in ./versions). Each effect was read in the library's source at that version.
 */
export const CURRENT_STACK: StackProfile = {
  generation: '2025-26',
  label: 'transformers 5 + TRL 1.x (2025–26)',
  defaults: {
    lossKernel: 'chunked',
    optimizer: 'adamw',
    kbitUpcast: true,
    quantizeExperts: false,
    multiGpuLauncher: 'ddp',
    cpuOffload: 'none',
  },
  effects: [
    {
      setting: 'SFTConfig.loss_type',
      default: '"chunked_nll"',
      effect:
        'the output head runs on 256 non-ignored tokens at a time under checkpointing: logits never exist for the whole batch',
      source:
        'github:huggingface/trl trl/trainer/sft_config.py, trl/trainer/sft_trainer.py @v1.13.0',
    },
    {
      setting: 'TrainingArguments.optim',
      default: '"adamw_torch_fused" (torch ≥ 2.8)',
      effect: 'fused AdamW updates in place: no state-sized temporary at the optimizer step',
      source: 'github:huggingface/transformers src/transformers/training_args.py @v5.18.0',
    },
    {
      setting: 'SFTTrainer(model="id") dtype',
      default: 'float32 unless model_init_kwargs sets dtype',
      effect:
        'a model passed by name loads fp32 in TRL (transformers 5 alone loads the config dtype): exports pass dtype explicitly',
      source: 'github:huggingface/trl trl/trainer/sft_trainer.py (SFTTrainer docstring) @v1.13.0',
    },
    {
      setting: 'peft.prepare_model_for_kbit_training',
      default: 'casts non-quantised parameters to fp32',
      effect:
        'embeddings, output head and norms double in size and the residual stream (and checkpointed block inputs) become fp32',
      source: 'github:huggingface/peft src/peft/utils/other.py @v0.21.0',
    },
    {
      setting: 'BitsAndBytesConfig on a mixture of experts',
      default: 'fused 3-D expert tensors are not nn.Linear',
      effect: 'bitsandbytes quantises attention and dense layers only; routed experts stay bf16',
      source:
        'github:huggingface/transformers src/transformers/integrations/bitsandbytes.py @v5.18.0',
    },
    {
      setting: 'DistributedDataParallel gradient_as_bucket_view',
      default: 'False',
      effect: 'the all-reduce buckets are a second copy of every gradient',
      source: 'github:pytorch/pytorch torch/nn/parallel/distributed.py @v2.13.0',
    },
  ],
};

/** The stack of the 2023–24 measurements (litgpt, torchtune, LLaMA-Factory, transformers 4.x). */
export const STACK_2023_24: StackProfile = {
  generation: '2023-24',
  label: 'transformers 4.x, litgpt, torchtune (2023–24)',
  defaults: {
    lossKernel: 'plain',
    optimizer: 'adamw-foreach',
    kbitUpcast: false,
    quantizeExperts: true,
    multiGpuLauncher: 'ddp',
    cpuOffload: 'none',
  },
  effects: [],
};
