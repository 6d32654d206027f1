import { KV_TYPE_BYTES, type LlamaKvType } from './ggml';
import { GGUF_MIXES, ggufSize, type GgufMix } from './gguf';
import { kvBytes, largest } from './kv';
import { FACTS } from './sources';
import { ENGINE_LABELS, type EnginePlan, type ServingDevice, type ServingRequest } from './types';

/** llama.cpp's default micro-batch (n_ubatch). */
const UBATCH = 512;

/**
 * Share of the RAM one app may use: a phone or tablet about 37.5% (FACTS.phoneFree), a CPU server
 * 85% (FACTS.cpuFree, unverified); a GPU its reported memory less the backend's context.
 */
export function freeShare(device: ServingDevice): number {
  if (device.kind === 'edge') return 0.375;
  if (device.kind === 'cpu') return 0.85;
  return 1;
}

/**
 * The compute buffer (FACTS.llamaCompute): ggml-alloc reuses memory across the graph, so it is the
 * larger of the attention stage (without flash attention the f32 score matrix of one ubatch
 * against the whole context and its f32 mask, and four ubatch × hidden f32 tensors) and the output
 * stage (the ubatch's f32 logits and hidden state), not their sum.
 */
function computeBytes(request: ServingRequest, flash: boolean, slotTokens: number): number {
  const m = request.model;
  const scores = flash ? 0 : UBATCH * slotTokens * (m.numHeads + 1) * 4;
  const attention = scores + UBATCH * 4 * m.hiddenSize * 4;
  const output = UBATCH * (m.vocabSize + m.hiddenSize) * 4;
  return Math.max(attention, output);
}

/** The buffers llama-server allocates beside the weights: the KV cache of `-c` tokens and the compute buffer. */
export function llamaCppBuffers(
  request: ServingRequest,
  kv: LlamaKvType,
  flash: boolean,
): { kvBytes: number; computeBytes: number } {
  return {
    kvBytes: kvBytes(request.model, request.contextTokens, request.concurrency, KV_TYPE_BYTES[kv]),
    computeBytes: computeBytes(request, flash, request.contextTokens),
  };
}

/** Bytes llama-server needs for `request` with a given GGUF mix and KV type: file, KV cache and compute buffer. */
export function llamaCppBytes(
  request: ServingRequest,
  device: ServingDevice,
  mix: GgufMix,
  kv: LlamaKvType,
): number {
  const flash = device.kind !== 'gpu' || device.flashAttention;
  const buffers = llamaCppBuffers(request, kv, flash);
  return ggufSize(request.model, mix).fileBytes + buffers.kvBytes + buffers.computeBytes;
}

const MIX_ORDER: Record<ServingDevice['kind'], readonly GgufMix[]> = {
  edge: ['Q4_K_M'],
  cpu: ['Q8_0', 'Q4_K_M'],
  apple: GGUF_MIXES,
  gpu: GGUF_MIXES,
};

/**
 * llama.cpp / llama-server: a GGUF file at a k-quant mix (the highest the device holds; Q4_K_M on
 * edge devices), the KV cache for `-c` = context × slots allocated at start (f16, or q8_0 when f16
 * does not fit and flash attention is on), the compute buffer, and on a GPU `-ngl` layers offloaded
 * (all when they fit; otherwise the most that fit, the rest in system RAM). Edge and CPU targets
 * count only the RAM the device leaves to one app, and no CUDA context.
 */
export function planLlamaCpp(request: ServingRequest, device: ServingDevice): EnginePlan {
  const m = request.model;
  const capacity = device.memoryBytes * freeShare(device);
  const flash = device.kind !== 'gpu' || device.flashAttention;
  const kvTypes: LlamaKvType[] = flash ? ['f16', 'q8_0', 'q4_0'] : ['f16'];
  const total = (mix: GgufMix, kv: LlamaKvType, t: number, n: number) =>
    llamaCppBytes({ ...request, contextTokens: t, concurrency: n }, device, mix, kv);
  let mix: GgufMix = MIX_ORDER[device.kind].at(-1) ?? 'Q4_K_M';
  let kv: LlamaKvType = 'f16';
  search: for (const candidate of MIX_ORDER[device.kind]) {
    for (const type of kvTypes.slice(0, 2)) {
      if (total(candidate, type, request.contextTokens, request.concurrency) <= capacity) {
        mix = candidate;
        kv = type;
        break search;
      }
    }
  }
  const size = ggufSize(m, mix);
  const kvCacheBytes = kvBytes(m, request.contextTokens, request.concurrency, KV_TYPE_BYTES[kv]);
  const used = total(mix, kv, request.contextTokens, request.concurrency);
  const layers = m.numLayers + m.numDecoderLayers;
  // Partial offload on a GPU: each layer brings its weights and its share of the KV cache.
  const perLayer = size.perLayerBytes + kvCacheBytes / Math.max(1, layers);
  const fixed = size.outputBytes + computeBytes(request, flash, request.contextTokens);
  const gpuLayers =
    device.kind === 'gpu' || device.kind === 'apple'
      ? Math.max(0, Math.min(layers, Math.floor((capacity - fixed) / perLayer)))
      : 0;
  const fits = used <= capacity;
  const notes = [
    `${mix} keeps the output tensor at ${mix === 'Q8_0' ? 'Q8_0' : 'Q6_K'} and some attention-value and down projections at higher precision (${FACTS.quantMix.status}).`,
  ];
  if (device.kind === 'edge' || device.kind === 'cpu') {
    notes.push(
      `Counts ${Math.round(freeShare(device) * 1000) / 10}% of the device's RAM as free for one app (${device.kind === 'edge' ? FACTS.phoneFree.status : FACTS.cpuFree.status}).`,
    );
  } else if (!fits && gpuLayers > 0) {
    notes.push(
      `Only ${gpuLayers} of ${layers} layers fit on the GPU; the rest run from system RAM, much slower.`,
    );
  }
  return {
    engine: 'llama.cpp',
    label: ENGINE_LABELS['llama.cpp'],
    fits,
    totalBytes: used,
    neededBytes: used,
    weightsBytes: size.fileBytes,
    kvCacheBytes,
    capacityBytes: capacity,
    maxContextTokens: largest(
      (t) => total(mix, kv, t, request.concurrency) <= capacity,
      request.modelContextTokens,
    ),
    maxConcurrency: largest((n) => total(mix, kv, request.contextTokens, n) <= capacity, 256),
    weightFormat: `GGUF ${mix}`,
    kvPrecision: kv,
    settings: {
      mix,
      fileBytes: size.fileBytes,
      contextTotal: request.contextTokens * request.concurrency,
      parallel: request.concurrency,
      gpuLayers: fits && (device.kind === 'gpu' || device.kind === 'apple') ? 999 : gpuLayers,
      cacheTypeK: kv,
      cacheTypeV: kv,
      flashAttention: flash ? 'on' : 'off',
    },
    notes,
  };
}
