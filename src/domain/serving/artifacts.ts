import { countParametersCached } from '../memory/cache';
import { weightBytes } from '../memory/weights';
import { ggufSize, type GgufMix } from './gguf';
import { llamaCppBytes } from './llamacpp';
import { mlxBytes, mlxWeightBytes } from './mlx';
import type { ServingDevice, ServingRequest } from './types';
import { planVllm } from './vllm';

export type ArtifactKind =
  | 'adapter'
  | 'merged-bf16'
  | 'awq-int4'
  | 'fp8'
  | 'gguf-Q8_0'
  | 'gguf-Q5_K_M'
  | 'gguf-Q4_K_M'
  | 'mlx-4bit';

/** One way to ship the fine-tuned model: its size on disk and what serving it needs here. */
export interface Artifact {
  kind: ArtifactKind;
  label: string;
  /** Bytes on disk (for the adapter, the adapter alone: the base is downloaded as published). */
  diskBytes: number;
  /** Memory serving it needs at the user's context × concurrency on this device; null where it cannot run. */
  servingBytes: number | null;
  engine: string;
  /** One line: what the format costs in quality. */
  caveat: string;
}

/**
 * PEFT keeps adapter weights in float32 (autocast_adapter_dtype, on by default) and saves them so:
 * 4 bytes per adapter parameter (github:huggingface/peft src/peft/tuners/tuners_utils.py
 * _cast_adapter_dtype, secondary).
 */
const ADAPTER_BYTES_PER_PARAMETER = 4;

const CAVEATS: Record<ArtifactKind, string> = {
  adapter:
    'Exactly the trained weights; vLLM adds a little latency per LoRA layer and can serve several adapters on one base.',
  'merged-bf16': 'Exactly the trained model; the largest artifact.',
  'awq-int4':
    'Usually within a point or two on benchmarks; calibrate on your own domain’s text, not generic data.',
  fp8: 'Close to lossless; full speed needs FP8 tensor cores (Ada, Hopper, Blackwell, MI300).',
  'gguf-Q8_0': 'Practically lossless; twice the size of Q4_K_M.',
  'gguf-Q5_K_M': 'A small, usually unnoticeable loss; a good default when it fits.',
  'gguf-Q4_K_M': 'The common default; a measurable but small loss, larger on maths and code.',
  'mlx-4bit': 'Group-64 affine 4-bit: a small loss like Q4_K_M; 8-bit if the memory allows.',
};

const GGUF: { kind: ArtifactKind; mix: GgufMix }[] = [
  { kind: 'gguf-Q8_0', mix: 'Q8_0' },
  { kind: 'gguf-Q5_K_M', mix: 'Q5_K_M' },
  { kind: 'gguf-Q4_K_M', mix: 'Q4_K_M' },
];

/**
 * Every way to ship a LoRA or QLoRA fine-tune (or a full fine-tune, without the adapter row): the
 * adapter on the base with vLLM `--enable-lora`, merged bf16, AWQ/GPTQ int4, FP8, GGUF k-quants
 * and MLX 4-bit. vLLM artifacts run only on NVIDIA/AMD GPUs and MLX only on Apple silicon.
 */
export function artifacts(request: ServingRequest, device: ServingDevice): Artifact[] {
  const counts = countParametersCached(request.model);
  const gpu = device.kind === 'gpu';
  const vllmAt = (weightBits: 16 | 8 | 4, adapter: ServingRequest['adapter']) =>
    gpu ? planVllm({ ...request, weightBits, adapter }, device).neededBytes : null;
  const list: Artifact[] = [];
  if (request.adapter) {
    list.push({
      kind: 'adapter',
      label: `LoRA adapter (rank ${request.adapter.rank}) on the base model`,
      diskBytes: request.adapter.parameters * ADAPTER_BYTES_PER_PARAMETER,
      servingBytes: vllmAt(16, request.adapter),
      engine: 'vLLM --enable-lora',
      caveat: CAVEATS.adapter,
    });
  }
  list.push(
    {
      kind: 'merged-bf16',
      label: 'Merged model, bf16',
      diskBytes: weightBytes(counts, 'bf16'),
      servingBytes: vllmAt(16, null),
      engine: 'vLLM',
      caveat: CAVEATS['merged-bf16'],
    },
    {
      kind: 'awq-int4',
      label: 'Merged, AWQ / GPTQ int4',
      diskBytes: weightBytes(counts, 'gptq'),
      servingBytes: vllmAt(4, null),
      engine: 'vLLM',
      caveat: CAVEATS['awq-int4'],
    },
    {
      kind: 'fp8',
      label: 'Merged, FP8',
      diskBytes: weightBytes(counts, 'int8'),
      servingBytes: vllmAt(8, null),
      engine: 'vLLM',
      caveat: CAVEATS.fp8,
    },
  );
  for (const { kind, mix } of GGUF) {
    list.push({
      kind,
      label: `Merged, GGUF ${mix}`,
      diskBytes: ggufSize(request.model, mix).fileBytes,
      servingBytes: llamaCppBytes(request, device, mix, 'f16'),
      engine: 'llama.cpp',
      caveat: CAVEATS[kind],
    });
  }
  list.push({
    kind: 'mlx-4bit',
    label: 'Merged, MLX 4-bit',
    diskBytes: mlxWeightBytes(request, 4),
    servingBytes: device.kind === 'apple' ? mlxBytes(request, 4) : null,
    engine: 'MLX',
    caveat: CAVEATS['mlx-4bit'],
  });
  return list;
}
