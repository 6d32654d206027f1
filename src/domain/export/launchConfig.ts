import { ACCELERATE_CONFIG_FILE, DEEPSPEED_CONFIG_FILE } from './headers';
import type { TrainingSetup } from './trainingSetup';

/**
 * The accelerate config a multi-GPU plan launches with (`accelerate launch --config_file …`), as
 * accelerate's own `accelerate config` writes it (accelerate/commands/config/cluster.py), and the
 * DeepSpeed JSON it points at for ZeRO plans. FSDP2 wraps each transformer block (accelerate falls
 * back to the model's `_no_split_modules` when no class is named) and, with gradient
 * checkpointing, checkpoints through FSDP (`fsdp_activation_checkpointing`): transformers refuses
 * both at once.
 */
export function accelerateConfig(setup: TrainingSetup): Record<string, unknown> | null {
  const { plan } = setup;
  if (plan.launcher === 'single') return null;
  const mixedPrecision = plan.precision === 'fp32' ? 'no' : setup.halfDtype;
  const common = {
    compute_environment: 'LOCAL_MACHINE',
    machine_rank: 0,
    num_machines: 1,
    num_processes: plan.gpus,
    mixed_precision: mixedPrecision,
    main_training_function: 'main',
    rdzv_backend: 'static',
    same_network: true,
    use_cpu: false,
  };
  if (plan.launcher === 'ddp') return { ...common, distributed_type: 'MULTI_GPU' };
  if (plan.launcher === 'fsdp2') {
    return {
      ...common,
      distributed_type: 'FSDP',
      fsdp_config: {
        fsdp_version: 2,
        fsdp_auto_wrap_policy: 'TRANSFORMER_BASED_WRAP',
        fsdp_reshard_after_forward: true,
        fsdp_state_dict_type: 'SHARDED_STATE_DICT',
        fsdp_cpu_ram_efficient_loading: true,
        // FSDP2 offloads weights, gradients and optimizer states together (CPUOffloadPolicy).
        fsdp_offload_params: plan.cpuOffload !== 'none',
        fsdp_activation_checkpointing: plan.gradientCheckpointing,
      },
    };
  }
  return {
    ...common,
    distributed_type: 'DEEPSPEED',
    deepspeed_config: {
      deepspeed_config_file: DEEPSPEED_CONFIG_FILE,
      zero3_init_flag: plan.launcher === 'zero3',
    },
  };
}

/**
 * DeepSpeed's JSON for ZeRO-2/3 plans: batch sizes and precision are "auto" (the Trainer fills
 * them from its arguments, so they stay the plan's); CPU offload of the optimizer states and, for
 * ZeRO-3, of the weights, as the plan says.
 */
export function deepspeedConfig(setup: TrainingSetup): Record<string, unknown> | null {
  const { plan } = setup;
  if (plan.launcher !== 'zero2' && plan.launcher !== 'zero3') return null;
  const stage = plan.launcher === 'zero3' ? 3 : 2;
  const offloadOptimizer = plan.cpuOffload !== 'none';
  const offloadParams = stage === 3 && plan.cpuOffload === 'optimizer+params';
  return {
    bf16: { enabled: 'auto' },
    fp16: { enabled: 'auto' },
    zero_optimization: {
      stage,
      overlap_comm: true,
      contiguous_gradients: true,
      ...(offloadOptimizer ? { offload_optimizer: { device: 'cpu', pin_memory: true } } : {}),
      ...(offloadParams ? { offload_param: { device: 'cpu', pin_memory: true } } : {}),
      ...(stage === 3 ? { stage3_gather_16bit_weights_on_model_save: true } : {}),
    },
    gradient_accumulation_steps: 'auto',
    gradient_clipping: 'auto',
    train_batch_size: 'auto',
    train_micro_batch_size_per_gpu: 'auto',
  };
}

export { ACCELERATE_CONFIG_FILE, DEEPSPEED_CONFIG_FILE };
