import type { Engine } from '../serving/types';
import type { ServingPlan } from './servingFit';

const GIB = 2 ** 30;
const fmtGib = (bytes: number) => `${(bytes / GIB).toFixed(1)} GiB`;
const fmtTokens = (n: number) =>
  n >= 1024 && n % 1024 === 0 ? `${n / 1024}k` : n.toLocaleString('en-US');

/** The engine as a sentence names it. */
export const ENGINE_NAMES: Record<Engine, string> = {
  vllm: 'vLLM',
  sglang: 'SGLang',
  transformers: 'transformers',
  'llama.cpp': 'llama.cpp',
  mlx: 'MLX',
};

/** What the engine's plan is measured against, in words. */
function limitWords(serving: ServingPlan, headroomPercent: number): string {
  const { plan } = serving;
  const kept = headroomPercent > 0 ? `, ${headroomPercent}% kept free` : '';
  if (serving.engine === 'mlx') return `the ${fmtGib(plan.capacityBytes)} MLX may wire${kept}`;
  return `the ${fmtGib(plan.capacityBytes)} the device leaves one app${kept}`;
}

/** vLLM's max_model_len, when the model's own window would stop it from starting. */
function maxModelLenWords(serving: ServingPlan): string {
  const len = Number(serving.plan.settings.maxModelLen);
  if (!(len > 0) || len >= serving.modelContextTokens) return '';
  return `; start it with --max-model-len ${len.toLocaleString('en-US')}, since the model’s ${fmtTokens(serving.modelContextTokens)}-token default would not start`;
}

/**
 * The shortlist's serving verdict in one sentence: the engine that decides it, at what request,
 * and the limit that decides: "Serves 32k tokens × 4 with vLLM at 0.92 GPU memory utilisation on
 * the … (bf16 weights, …): up to … tokens per sequence …" or "Cannot serve … with vLLM …: the KV
 * cache needs …". The card, the deployment section and the exports all read this one sentence.
 */
export function servingSentence(
  serving: ServingPlan,
  deviceName: string,
  headroomPercent: number,
): string {
  const { plan, options } = serving;
  const name = ENGINE_NAMES[serving.engine];
  const request = `${fmtTokens(options.contextLength)} tokens × ${options.batchSize}`;
  const longest = `up to ${plan.maxContextTokens.toLocaleString('en-US')} tokens per sequence at ${options.batchSize} at once`;
  if (serving.engine === 'vllm') {
    const utilisation = plan.settings.gpuMemoryUtilization;
    const left = Number(plan.settings.kvAvailableBytes);
    if (plan.fits) {
      return `Serves ${request} with vLLM at ${utilisation} GPU memory utilisation on the ${deviceName} (${plan.weightFormat} weights, ${plan.kvPrecision} KV cache): ${longest}${maxModelLenWords(serving)}.`;
    }
    const reason =
      left <= 0
        ? `the weights, the profile run and vLLM's own buffers alone take more than ${utilisation} of the GPU`
        : plan.kvCacheBytes <= left
          ? `vLLM schedules at most ${plan.maxConcurrency} sequences at once`
          : `the KV cache needs ${fmtGib(plan.kvCacheBytes)}, and ${utilisation} of the GPU leaves ${fmtGib(left)} after the weights, the profile run and vLLM's own buffers`;
    return `Cannot serve ${request} at once with vLLM on the ${deviceName}, even with ${options.weightBits}-bit weights: ${reason}.`;
  }
  if (plan.fits) {
    return `Serves ${request} with ${name} on the ${deviceName}, ${plan.weightFormat} weights: ${fmtGib(plan.neededBytes)} of ${limitWords(serving, headroomPercent)}; ${longest}.`;
  }
  return `Cannot serve ${request} at once with ${name} on the ${deviceName}, even with ${plan.weightFormat} weights: needs ${fmtGib(plan.neededBytes)}, over ${limitWords(serving, headroomPercent)}.`;
}
