import { countParametersCached } from '../memory/cache';
import { kvBytes, largest } from './kv';
import { FACTS } from './sources';
import { ENGINE_LABELS, type EnginePlan, type ServingDevice, type ServingRequest } from './types';

/** Affine group size mlx_lm.convert uses by default (FACTS.mlxQuant). */
export const MLX_GROUP_SIZE = 64;

/**
 * Bytes of an MLX checkpoint at `bits` (4 or 8; 16 = bf16): every linear and embedding weight at
 * `bits` plus a 16-bit scale and bias per group of 64 (4.5 and 8.5 bits per weight), norms and
 * biases in 16-bit. The vision tower is left out (mlx-lm loads the text model).
 */
export function mlxWeightBytes(request: ServingRequest, bits: 4 | 8 | 16): number {
  const counts = countParametersCached(request.model);
  const quantised = counts.linear + counts.embedding + counts.lmHead;
  const other = Math.max(0, counts.other - request.model.visionParameters);
  const perWeight = bits === 16 ? 16 : bits + 32 / MLX_GROUP_SIZE;
  return (quantised * perWeight) / 8 + other * 2;
}

/** Working memory of one prefill step of up to 2048 tokens (mlx_lm's prefill_step_size) and the last logits. */
function mlxWorkingBytes(request: ServingRequest): number {
  const m = request.model;
  const step = Math.min(2048, request.contextTokens);
  return step * (4 * m.hiddenSize + 3 * m.intermediateSize) * 2 + m.vocabSize * 4;
}

/** Unified memory MLX needs for `request` at `bits`: weights, bf16 KV cache, working memory. */
export function mlxBytes(request: ServingRequest, bits: 4 | 8 | 16): number {
  return (
    mlxWeightBytes(request, bits) +
    kvBytes(request.model, request.contextTokens, request.concurrency, 2) +
    mlxWorkingBytes(request)
  );
}

/**
 * MLX on Apple silicon: weights (4-bit by default, as mlx-community ships), the KV cache in the
 * model's dtype, and a prefill step of 2048 tokens (mlx_lm's prefill_step_size), all within the
 * wired limit mlx_lm sets to the GPU's recommended working set (FACTS.mlxWired).
 */
export function planMlx(request: ServingRequest, device: ServingDevice): EnginePlan {
  const m = request.model;
  const working = mlxWorkingBytes(request);
  const bits = ([8, 4] as const).find((b) => mlxBytes(request, b) <= device.memoryBytes);
  const chosen = bits ?? 4;
  const weightsBytes = mlxWeightBytes(request, chosen);
  const room = device.memoryBytes - weightsBytes - working;
  const need = (t: number, n: number) => kvBytes(m, t, n, 2);
  const kvCacheBytes = need(request.contextTokens, request.concurrency);
  return {
    engine: 'mlx',
    label: ENGINE_LABELS.mlx,
    fits: kvCacheBytes <= room,
    totalBytes: weightsBytes + kvCacheBytes + working,
    neededBytes: weightsBytes + kvCacheBytes + working,
    weightsBytes,
    kvCacheBytes,
    capacityBytes: device.memoryBytes,
    maxContextTokens: largest(
      (t) => need(t, request.concurrency) <= room,
      request.modelContextTokens,
    ),
    maxConcurrency: largest((n) => need(request.contextTokens, n) <= room, 1024),
    weightFormat: `MLX ${chosen}-bit (group ${MLX_GROUP_SIZE})`,
    kvPrecision: 'bf16',
    settings: { bits: chosen, groupSize: MLX_GROUP_SIZE },
    notes: [
      `mlx_lm wires up to the GPU's recommended working set (${FACTS.mlxWired.status}); beyond it generation pages and slows down.`,
    ],
  };
}
