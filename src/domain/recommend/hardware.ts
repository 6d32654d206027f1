import { gpus, CUSTOM_GPU_ID } from '../catalog/gpus';
import type { Gpu } from '../catalog/schema';
import { GIB } from '../memory';
import type { HardwareAnswers } from './answers';

export interface Capabilities {
  bf16: boolean;
  flashAttention2: boolean;
  bitsandbytes4bit: boolean;
  fp8: boolean;
}

export interface Device {
  /** Preset id, "custom", "edge" or "cpu". */
  id: string;
  name: string;
  kind: 'gpu' | 'apple' | 'edge' | 'cpu';
  /** The runtime that holds the memory, for naming its overhead and the tool that reads it. */
  runtime: 'cuda' | 'rocm' | 'metal' | 'cpu';
  /** Bytes one process can use on one device. */
  usableBytes: number;
  capabilities: Capabilities;
  notes: string[];
}

export interface HardwarePlan {
  training: Device;
  gpuCount: number;
  /** Whether weights, gradients and states are sharded across the GPUs (FSDP / ZeRO-3). */
  sharded: boolean;
  serving: Device;
  /** Consequences of the hardware for fine-tuning, in one sentence each. */
  notes: string[];
}

const CUSTOM_CAPABILITIES: Capabilities = {
  bf16: true,
  flashAttention2: true,
  bitsandbytes4bit: true,
  fp8: false,
};

function fromPreset(gpu: Gpu): Device {
  return {
    id: gpu.id,
    name: gpu.name,
    kind: gpu.class === 'apple' ? 'apple' : 'gpu',
    runtime: gpu.vendor === 'apple' ? 'metal' : gpu.vendor === 'amd' ? 'rocm' : 'cuda',
    usableBytes: gpu.usableMemoryBytes,
    capabilities: gpu.capabilities,
    notes: gpu.notes,
  };
}

/** A preset by id, or a custom GPU of `customGb` (read as GiB, the way GPU memory is marketed). */
export function deviceOf(id: string, customGb: number): Device {
  const preset = gpus.find((gpu) => gpu.id === id);
  if (preset && id !== CUSTOM_GPU_ID) return fromPreset(preset);
  return {
    id: CUSTOM_GPU_ID,
    name: `Custom GPU, ${customGb} GB`,
    kind: 'gpu',
    runtime: 'cuda',
    usableBytes: Math.round(customGb * GIB),
    capabilities: CUSTOM_CAPABILITIES,
    notes: [
      'A custom amount is assumed to be a recent NVIDIA GPU (bf16, FlashAttention-2, bitsandbytes).',
    ],
  };
}

function servingDevice(hardware: HardwareAnswers, training: Device): Device {
  switch (hardware.deploymentTarget) {
    case 'same-gpu':
      return training;
    case 'other-gpu':
      return deviceOf(hardware.servingGpuId, hardware.customServingGb);
    case 'edge':
      return {
        id: 'edge',
        name: `Edge or mobile device, ${hardware.customServingGb} GB`,
        kind: 'edge',
        runtime: 'cpu',
        usableBytes: Math.round(hardware.customServingGb * GIB),
        capabilities: { bf16: false, flashAttention2: false, bitsandbytes4bit: false, fp8: false },
        notes: ['Edge runtimes (llama.cpp, MLC, ExecuTorch) serve 4-bit weights; plan for that.'],
      };
    case 'cpu':
      return {
        id: 'cpu',
        name: `CPU server, ${hardware.customServingGb} GB RAM`,
        kind: 'cpu',
        runtime: 'cpu',
        usableBytes: Math.round(hardware.customServingGb * GIB),
        capabilities: { bf16: false, flashAttention2: false, bitsandbytes4bit: false, fp8: false },
        notes: ['CPU inference (llama.cpp, ONNX Runtime) works best with 4- or 8-bit weights.'],
      };
  }
}

/** The training and serving devices the answers describe, and what they imply. */
export function planHardware(hardware: HardwareAnswers): HardwarePlan {
  const training = deviceOf(hardware.gpuId, hardware.customGpuGb);
  const gpuCount = training.kind === 'apple' ? 1 : hardware.gpuCount;
  const sharded = hardware.sharding && gpuCount > 1;
  const notes: string[] = [];
  if (!training.capabilities.bf16 && training.kind === 'gpu') {
    notes.push(
      `The ${training.name} has no bf16, so training runs in fp16 mixed precision with loss scaling.`,
    );
  }
  if (!training.capabilities.flashAttention2 && training.kind === 'gpu') {
    notes.push(
      'FlashAttention-2 does not run on this GPU; PyTorch SDPA’s memory-efficient kernel keeps attention memory linear instead.',
    );
  }
  if (training.kind === 'apple') {
    notes.push(
      'On Apple silicon the GPU may use only part of the unified memory by default; the figures count that share.',
    );
    notes.push(
      'QLoRA through bitsandbytes is unavailable on Apple silicon; MLX LoRA (mlx-lm) is the path.',
    );
  }
  if (hardware.gpuCount > 1 && training.kind === 'apple') {
    notes.push('Apple silicon counts as one device: the GPU count is ignored.');
  } else if (gpuCount > 1 && !sharded) {
    notes.push(
      'Without sharding, each GPU holds a full copy of the model: more GPUs add speed, not room.',
    );
  } else if (sharded) {
    notes.push(
      `FSDP/ZeRO-3 divides weights, gradients and optimizer states across ${gpuCount} GPUs.`,
    );
  }
  return { training, gpuCount, sharded, serving: servingDevice(hardware, training), notes };
}
