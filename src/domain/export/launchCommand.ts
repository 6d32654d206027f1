import type { Recommendation } from '../recommend';
import { SERVING_TOOLS } from '../serving/sources';
import type { EnginePlan } from '../serving';
import { LLAMA_CPP, STACK } from '../stack/versions';
import { trainingSetup } from './trainingSetup';

/** The command that starts the server, and the steps from the training output to its artifact. */
export interface LaunchPlan {
  engine: EnginePlan['engine'];
  /** Shell lines, in order: conversion steps, then the server. */
  steps: { what: string; command: string }[];
  command: string;
  /** Tool versions the lines are written for. */
  versions: string[];
}

/** vLLM accepts only these adapter ranks (SERVING_TOOLS.vllmLoraRanks). */
const VLLM_LORA_RANKS = [8, 16, 32, 64, 128, 256, 320, 512];

export function vllmLoraRank(rank: number): number {
  return VLLM_LORA_RANKS.find((allowed) => allowed >= rank) ?? 512;
}

/**
 * Merges the adapter the training script saved (with the tokenizer it trained with: the trainer
 * saves both into its output directory) into bf16 base weights in ./merged. PEFT reads the base
 * model's name from the adapter's adapter_config.json.
 */
const MERGE = (adapterDir: string) =>
  `python -c "from peft import AutoPeftModelForCausalLM; m = AutoPeftModelForCausalLM.from_pretrained('${adapterDir}', dtype='bfloat16'); m.merge_and_unload().save_pretrained('./merged'); __import__('transformers').AutoTokenizer.from_pretrained('${adapterDir}').save_pretrained('./merged')"`;

/** Where the exported training script writes its adapter (or full model): its --output-dir default. */
function trainingOutput(rec: Recommendation): string {
  return `./${trainingSetup(rec)?.outputDir ?? 'output'}`;
}

/** The base model to name: its Hugging Face id, or ./model for a pasted config. */
function baseModel(rec: Recommendation): string {
  const id = rec.deployment?.modelId;
  return !id || id === 'custom' ? './model' : id;
}

/** A full fine-tune's weights are the training output itself; a LoRA's are the merged copy. */
function fullyTrained(rec: Recommendation): boolean {
  return rec.top?.training.plan?.method === 'full';
}

function adapterRank(rec: Recommendation): number | null {
  const plan = rec.top?.training.plan;
  if (!plan || plan.method === 'full') return null;
  return plan.options.loraRank;
}

function vllm(rec: Recommendation, plan: EnginePlan): LaunchPlan {
  const d = rec.deployment;
  const s = plan.settings;
  const rank = adapterRank(rec);
  const model = fullyTrained(rec) ? trainingOutput(rec) : baseModel(rec);
  const flags = [
    `--max-model-len ${s.maxModelLen}`,
    `--gpu-memory-utilization ${s.gpuMemoryUtilization}`,
    `--max-num-seqs ${s.maxNumSeqs}`,
  ];
  if (s.quantization !== 'none') flags.push(`--quantization ${s.quantization}`);
  if (s.kvCacheDtype === 'fp8') flags.push('--kv-cache-dtype fp8');
  if (Number(s.tensorParallelSize) > 1)
    flags.push(`--tensor-parallel-size ${s.tensorParallelSize}`);
  if (rank !== null) {
    flags.push(
      '--enable-lora',
      `--lora-modules tuned=${trainingOutput(rec)}`,
      `--max-lora-rank ${vllmLoraRank(rank)}`,
    );
  }
  const blocks = `# KV cache: ${s.kvBlocks} blocks of ${s.blockTokens} tokens (${s.kvCacheTokens} tokens); ${s.maxNumSeqs} sequences of ${d?.contextTokens ?? 0} tokens at once`;
  return {
    engine: 'vllm',
    steps: [{ what: blocks.slice(2), command: '' }],
    command: `vllm serve ${model} ${flags.join(' ')}`,
    versions: [`${STACK.vllm.name}${STACK.vllm.pin}${STACK.vllm.version}`],
  };
}

function llamaCpp(rec: Recommendation, plan: EnginePlan): LaunchPlan {
  const s = plan.settings;
  const mix = String(s.mix);
  const file = `model-${mix}.gguf`;
  const steps = [];
  if (adapterRank(rec) !== null)
    steps.push({
      what: 'Merge the adapter into the base weights',
      command: MERGE(trainingOutput(rec)),
    });
  steps.push(
    {
      what: 'Convert to a 16-bit GGUF with llama.cpp’s script',
      command: `python convert_hf_to_gguf.py ${fullyTrained(rec) ? trainingOutput(rec) : './merged'} --outtype f16 --outfile model-f16.gguf`,
    },
    { what: `Quantise to ${mix}`, command: `llama-quantize model-f16.gguf ${file} ${mix}` },
  );
  const flags = [`-m ${file}`, `-c ${s.contextTotal}`, `-np ${s.parallel}`, `-ngl ${s.gpuLayers}`];
  flags.push(`-fa ${s.flashAttention}`);
  if (s.cacheTypeK !== 'f16') flags.push(`-ctk ${s.cacheTypeK} -ctv ${s.cacheTypeV}`);
  return {
    engine: 'llama.cpp',
    steps,
    command: `llama-server ${flags.join(' ')}`,
    versions: [`${LLAMA_CPP.name} ${LLAMA_CPP.version}`],
  };
}

function mlx(rec: Recommendation, plan: EnginePlan): LaunchPlan {
  const base = baseModel(rec);
  const bits = Number(plan.settings.bits);
  const lora = adapterRank(rec) !== null;
  const steps = [];
  if (lora) {
    steps.push({
      what: 'Fuse the MLX adapter into the base weights',
      command: `mlx_lm.fuse --model ${base} --adapter-path ${trainingOutput(rec)}/adapters --save-path ./fused`,
    });
  }
  steps.push({
    what: `Quantise to ${bits}-bit (group ${plan.settings.groupSize})`,
    command: `mlx_lm.convert --hf-path ${lora ? './fused' : fullyTrained(rec) ? trainingOutput(rec) : base} --mlx-path ./mlx-${bits}bit -q --q-bits ${bits} --q-group-size ${plan.settings.groupSize}`,
  });
  return {
    engine: 'mlx',
    steps,
    command: `mlx_lm.server --model ./mlx-${bits}bit --port 8080`,
    versions: [`${SERVING_TOOLS.mlxLm.name}==${SERVING_TOOLS.mlxLm.version}`],
  };
}

function sglang(rec: Recommendation, plan: EnginePlan): LaunchPlan {
  const s = plan.settings;
  return {
    engine: 'sglang',
    steps: [],
    command: `python -m sglang.launch_server --model-path ${baseModel(rec)} --context-length ${s.contextLength} --mem-fraction-static ${s.memFractionStatic} --tp ${s.tensorParallelSize}`,
    versions: [`${STACK.sglang.name}${STACK.sglang.pin}${STACK.sglang.version}`],
  };
}

/**
 * The launch command for the deployment's default engine with the computed values, and the
 * conversion steps before it (merge, GGUF conversion and quantisation, MLX conversion). Null when
 * there is no deployment or the default engine is transformers generate (no server to start).
 */
export function launchPlan(rec: Recommendation): LaunchPlan | null {
  const d = rec.deployment;
  const plan = d?.serving.engines.find((p) => p.engine === d.serving.engine);
  if (!d || !plan) return null;
  switch (plan.engine) {
    case 'vllm':
      return vllm(rec, plan);
    case 'llama.cpp':
      return llamaCpp(rec, plan);
    case 'mlx':
      return mlx(rec, plan);
    case 'sglang':
      return sglang(rec, plan);
    case 'transformers':
      return null;
  }
}

/** The launch plan as shell text: each step commented, then the server. */
export function launchScript(plan: LaunchPlan): string {
  return [
    `# Written for ${plan.versions.join(', ')}`,
    ...plan.steps.flatMap((step) =>
      step.command ? [`# ${step.what}`, step.command] : [`# ${step.what}`],
    ),
    plan.command,
  ].join('\n');
}
