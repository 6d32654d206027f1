import { ACTIVATION_OVERHEAD } from './constants';
import { derived } from './cache';
import { TARGET_BITS, type ResolvedTraining } from './resolve';
import { kvWidth, queryWidth, type ModelSpec } from './spec';
import type { LoraTarget } from './types';

/**
 * Activation memory of one training micro-step, from the tensors autograd keeps for backward.
 *
 * Per block and token (in elements of the compute dtype) a pre-norm decoder keeps: each norm's
 * input (RMSNorm upcasts it to fp32: two elements' worth), the attention input when a q/k/v
 * projection trains, q, k and v for the attention kernel (k and v at KV-head width with fused
 * attention, expanded to all heads without), the attention output, the MLP's gate, activation and
 * up outputs, and the inputs of trained projections (a frozen linear layer needs only its weight
 * to pass gradients on). LoRA dropout keeps a dropped copy of every adapted input plus its mask.
 * Without fused attention the softmax output (fp32) and probabilities (bf16) add seq² per head.
 * With gradient checkpointing only each block's input stays, plus one block recomputed in backward
 * (block inputs in fp32 after QLoRA's kbit upcast; on the CPU with activation offloading).
 * Encoders also keep dropout masks. Mixture-of-experts blocks keep the MLP tensors for each of the
 * k experts a token visits, plus the routed copies of the hidden state.
 * (After Korthikanti et al., "Reducing Activation Recomputation in Large Transformer Models", 2022.)
 */
export function activationBytes(
  spec: ModelSpec,
  o: ResolvedTraining,
  computeBytes: number,
  /** Sequences in the forward pass; default the micro-batch. */
  sequences: number = o.batchSize,
): number {
  const tokens = sequences * o.seqLen;
  const blocks = spec.numLayers + spec.numDecoderLayers;
  const terms = blockTerms(spec, o, computeBytes);
  const full = terms.block + attentionMatrixElements(spec, o, computeBytes);
  const crossAttention = terms.crossAttention;
  if (o.gradientCheckpointing) {
    // Block inputs: fp32 once prepare_model_for_kbit_training has made the residual stream fp32;
    // offloaded to the CPU, only the two around the block in backward stay on the GPU.
    const keptBytes = o.kbitUpcast ? 4 : computeBytes;
    const keptBlocks = o.activationOffload ? Math.min(blocks, 2) : blocks;
    const kept = keptBlocks * spec.hiddenSize * keptBytes;
    return tokens * (kept + full * computeBytes) * ACTIVATION_OVERHEAD;
  }
  return tokens * (blocks * full + crossAttention) * computeBytes * ACTIVATION_OVERHEAD;
}

/** A block's elements per token apart from the seq² attention matrix, for one set of options. */
interface BlockTerms {
  method: ResolvedTraining['method'];
  targetMask: number;
  flashAttention: boolean;
  loraDropout: number;
  computeBytes: number;
  block: number;
  crossAttention: number;
}

/**
 * The last block terms worked out for each spec. The searches and sweeps estimate one spec at many
 * lengths and batches with the same method and targets, and these terms depend on neither; specs
 * are immutable, and the targets follow from the mask.
 */
const lastTerms = new WeakMap<ModelSpec, BlockTerms>();

function blockTerms(spec: ModelSpec, o: ResolvedTraining, computeBytes: number): BlockTerms {
  const last = lastTerms.get(spec);
  if (
    last &&
    last.method === o.method &&
    last.targetMask === o.targetMask &&
    last.flashAttention === o.flashAttention &&
    last.loraDropout === o.loraDropout &&
    last.computeBytes === computeBytes
  )
    return last;
  const terms: BlockTerms = {
    method: o.method,
    targetMask: o.targetMask,
    flashAttention: o.flashAttention,
    loraDropout: o.loraDropout,
    computeBytes,
    block: blockElements(spec, o, computeBytes),
    crossAttention: spec.numDecoderLayers * attentionElements(spec, o, computeBytes),
  };
  lastTerms.set(spec, terms);
  return terms;
}

/**
 * Whether a projection's input stays for backward: only when the projection trains (full, or a
 * LoRA adapter reads it). A frozen linear layer needs only its weight to pass gradients on; so does
 * bitsandbytes' 4-bit matmul, which keeps the packed weight, not its input (`ctx.tensors = (None, B)`).
 */
function trains(o: ResolvedTraining, target: LoraTarget): boolean {
  return o.method === 'full' || (o.targetMask & TARGET_BITS[target]) !== 0;
}

/** Elements one norm keeps per token: RMSNorm's fp32 upcast counts twice in a 2-byte dtype. */
function normElements(spec: ModelSpec, o: ResolvedTraining, computeBytes: number): number {
  const upcast = spec.norm.kind === 'rms' && computeBytes === 2 ? 2 : 1;
  const weightGrad = o.method === 'full' ? 1 : 0;
  return spec.hiddenSize * (upcast + weightGrad);
}

function attentionElements(spec: ModelSpec, o: ResolvedTraining, computeBytes: number): number {
  const h = spec.hiddenSize;
  const q = queryWidth(spec);
  const kv = o.flashAttention ? kvWidth(spec) : q;
  const input = trains(o, 'q') || trains(o, 'k') || trains(o, 'v') ? h : 0;
  const outputCopy = trains(o, 'o') ? q : 0;
  return normElements(spec, o, computeBytes) + input + q + 2 * kv + q + outputCopy;
}

function mlpElements(spec: ModelSpec, o: ResolvedTraining, computeBytes: number): number {
  const h = spec.hiddenSize;
  const moe = spec.moe;
  const width = moe
    ? moe.expertsPerToken * moe.expertIntermediateSize + moe.sharedIntermediateSize
    : spec.intermediateSize;
  const input = trains(o, 'gate') || trains(o, 'up') ? h : 0;
  const inner = spec.gatedMlp ? 3 * width : width;
  const downInput = trains(o, 'down') ? width : 0;
  const routing = moe ? moe.expertsPerToken * h + 2 * moe.numExperts : 0;
  // The first norm is counted with attention; parallel blocks (one shared norm) add none here.
  const norms = (spec.norm.perLayer - 1) * normElements(spec, o, computeBytes);
  return norms + input + inner + downInput + routing;
}

function loraDropoutElements(spec: ModelSpec, o: ResolvedTraining, computeBytes: number): number {
  if (o.method === 'full' || o.loraDropout <= 0) return 0;
  const shapes = derived(spec).shapes;
  // The dropped copy (one element) and its boolean mask (one byte).
  const perInput = 1 + 1 / computeBytes;
  return o.loraTargets.reduce((sum, target) => sum + shapes[target][0] * perInput, 0);
}

function blockElements(spec: ModelSpec, o: ResolvedTraining, computeBytes: number): number {
  // Encoders train with hidden dropout (BERT: 0.1): two boolean masks per block.
  const dropoutMasks = spec.kind === 'decoder' ? 0 : (2 * spec.hiddenSize) / computeBytes;
  return (
    attentionElements(spec, o, computeBytes) +
    mlpElements(spec, o, computeBytes) +
    loraDropoutElements(spec, o, computeBytes) +
    dropoutMasks
  );
}

/** Per token: the seq² attention matrix per head that unfused attention keeps (0 when fused). */
function attentionMatrixElements(
  spec: ModelSpec,
  o: ResolvedTraining,
  computeBytes: number,
): number {
  if (o.flashAttention) return 0;
  // fp32 softmax output (2 elements' worth in a 2-byte dtype) and the probabilities in the compute dtype.
  const perScore = computeBytes === 2 ? 3 : 1;
  const dropout = spec.kind === 'decoder' ? 0 : 1;
  return spec.numHeads * o.seqLen * (perScore + dropout);
}
