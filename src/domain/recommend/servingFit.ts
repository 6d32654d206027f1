import { LORA_TARGETS, loraParameters, type ModelSpec } from '../memory';
import {
  defaultEngine,
  engineDeviceOf,
  planEngine,
  servingRequestOf,
  type ServingAsk,
} from '../serving/plan';
import type { Engine, EnginePlan, ServingRequest } from '../serving/types';
import type { ScaleAnswers } from './answers';
import type { TrainingPlan } from './fit';
import type { Device } from './hardware';
import type { RopeScaling } from './ropeScaling';

type WeightBits = ServingRequest['weightBits'];

/** Serving a candidate on the deployment device: its default engine's plan at the user's request. */
export interface ServingPlan {
  /** The device's default engine: vLLM on NVIDIA and AMD GPUs, MLX on Apple, llama.cpp elsewhere. */
  engine: Engine;
  /** That engine's plan at the chosen precision: the verdict, its bytes, limits and settings. */
  plan: EnginePlan;
  /** The request: the weight precision the plan uses, context per sequence, concurrent sequences. */
  options: { weightBits: WeightBits; contextLength: number; batchSize: number };
  /** The LoRA adapter served beside the base (vLLM --enable-lora); null when merged or none. */
  adapter: ServingRequest['adapter'];
  /** The model's window the plan was capped at (no engine plans more). */
  modelContextTokens: number;
  fits: boolean;
  /** Longest context per sequence that fits at the requested concurrency: the plan's. */
  maxContext: number;
}

/**
 * Weight precisions to ask the engine for, best first. vLLM loads bf16, FP8 or bitsandbytes 4-bit
 * as asked; MLX and llama.cpp choose their own quantisation (the highest their device holds: MLX
 * 8 then 4 bit, llama.cpp a GGUF mix, Q4_K_M only on edge), so one request is enough.
 */
function bitsToAsk(engine: Engine): readonly WeightBits[] {
  return engine === 'vllm' ? [16, 8, 4] : [4];
}

/** The weight precision a plan actually serves: MLX's bits, llama.cpp's GGUF mix, else the ask. */
function servedBits(plan: EnginePlan, asked: WeightBits): WeightBits {
  if (plan.engine === 'mlx') {
    const bits = Number(plan.settings.bits);
    return bits === 16 || bits === 8 ? bits : 4;
  }
  // Q8_0 is 8-bit; the k-quants (Q6_K, Q5_K_M, Q4_K_M) count as the 4-bit tier.
  if (plan.engine === 'llama.cpp') return plan.settings.mix === 'Q8_0' ? 8 : 4;
  return asked;
}

/** A LoRA or QLoRA plan's adapter, as vLLM serves it beside the base model; null after full fine-tuning. */
export function servedAdapter(
  spec: ModelSpec,
  plan: TrainingPlan | null,
): ServingRequest['adapter'] {
  if (!plan || plan.method === 'full') return null;
  const rank = plan.options.loraRank;
  return { rank, parameters: loraParameters(spec, rank, plan.options.loraTargets ?? LORA_TARGETS) };
}

/**
 * The longest context the served config allows, which vLLM takes as its default max_model_len:
 * the config's max_position_embeddings, or, with the YaRN scaling the plan writes into the config
 * (ropeScalingFor), the trained window × the factor; never more than `catalogWindow`, the window
 * the catalog documents (Qwen2.5 7B: 32,768 as shipped, 131,072 only with YaRN factor 4).
 */
export function servedWindow(
  spec: ModelSpec,
  catalogWindow: number,
  ropeScaling: RopeScaling | null,
): number {
  const configured = spec.maxPositionEmbeddings ?? 0;
  if (ropeScaling) {
    return Math.min(catalogWindow, ropeScaling.originalMaxPositionEmbeddings * ropeScaling.factor);
  }
  return configured > 0 ? Math.min(catalogWindow, configured) : catalogWindow;
}

/**
 * Serving on the deployment device, decided by the engine people deploy with there (defaultEngine)
 * at the user's context × concurrency: the highest weight precision whose plan fits (16 → 8 → 4 bit
 * on GPUs with vLLM; MLX and llama.cpp choose theirs), and that plan's longest context, up to
 * `modelContextTokens`. With vLLM the plan fits when the KV blocks left after the weights, the
 * profile run's peak and the CUDA graphs in 0.92 of the GPU hold the request; with MLX, when the
 * weights, cache and a prefill step stay under the wired limit; with llama.cpp, when the GGUF file,
 * cache and compute buffer fit the memory the device leaves to one app. The headroom applies to
 * the engines that allocate as they go (engineDeviceOf explains why not to vLLM). At most three
 * plans per candidate, each a few binary searches over closed-form KV sizes.
 */
export function fitServing(
  spec: ModelSpec,
  scale: ScaleAnswers,
  device: Device,
  modelContextTokens: number,
  adapter: ServingRequest['adapter'] = null,
): ServingPlan {
  const engine = defaultEngine(device.kind);
  const on = engineDeviceOf(engine, device, scale.headroomPercent);
  const ask = (weightBits: WeightBits): ServingAsk => ({
    contextTokens: scale.contextWindow,
    concurrency: scale.concurrency,
    weightBits,
    adapter,
    modelContextTokens,
  });
  let chosen: { plan: EnginePlan; weightBits: WeightBits } | null = null;
  for (const weightBits of bitsToAsk(engine)) {
    chosen = { plan: planEngine(engine, servingRequestOf(spec, ask(weightBits)), on), weightBits };
    if (chosen.plan.fits) break;
  }
  const { plan, weightBits } = chosen as { plan: EnginePlan; weightBits: WeightBits };
  return {
    engine,
    plan,
    options: {
      weightBits: servedBits(plan, weightBits),
      contextLength: scale.contextWindow,
      batchSize: scale.concurrency,
    },
    adapter,
    modelContextTokens,
    fits: plan.fits,
    maxContext: plan.maxContextTokens,
  };
}

/**
 * The request a serving plan was made for, to plan every engine at the same one (MLX and llama.cpp
 * ignore the weight bits asked, so asking for the bits they chose gives them the same plan).
 */
export function askOf(serving: ServingPlan): ServingAsk {
  return {
    contextTokens: serving.options.contextLength,
    concurrency: serving.options.batchSize,
    weightBits: serving.options.weightBits,
    adapter: serving.adapter,
    modelContextTokens: serving.modelContextTokens,
  };
}
