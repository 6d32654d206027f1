import { kvWidth, queryWidth, type ModelSpec } from './spec';

/**
 * Parameter counts split by how memory treats them. Quantisation (NF4, GPTQ, AWQ, LLM.int8)
 * replaces the weights of linear layers; embeddings, the output head, norms and biases stay in
 * 16-bit, as bitsandbytes, AutoGPTQ and AutoAWQ leave them by default.
 */
export interface ParameterCounts {
  total: number;
  /** Parameters used for one token: all but the experts a token is not routed to. */
  active: number;
  /** Token, position and token-type embeddings and their norm. */
  embedding: number;
  /** The untied output projection (and its bias); 0 when tied to the embeddings. */
  lmHead: number;
  /** Weights of the blocks' linear layers: the part quantisation replaces. */
  linear: number;
  /** Norms, biases, position tables, vision tower: stay in 16-bit. */
  other: number;
}

interface Part {
  linear: number;
  other: number;
}

const add = (a: Part, b: Part): Part => ({ linear: a.linear + b.linear, other: a.other + b.other });
const scale = (a: Part, k: number): Part => ({ linear: a.linear * k, other: a.other * k });

function normParameters(spec: ModelSpec, width: number): number {
  return spec.norm.kind === 'layer' ? 2 * width : width;
}

/** Latent attention (see MlaSpec): low-rank query and key/value projections with their norms. */
function latentAttention(spec: ModelSpec, mla: NonNullable<ModelSpec['mla']>): Part {
  const h = spec.hiddenSize;
  const heads = spec.numHeads;
  const qHead = mla.qkNopeHeadDim + mla.qkRopeHeadDim;
  const query =
    mla.qLoraRank > 0 ? h * mla.qLoraRank + mla.qLoraRank * heads * qHead : h * heads * qHead;
  const linear =
    query +
    h * (mla.kvLoraRank + mla.qkRopeHeadDim) +
    mla.kvLoraRank * heads * (mla.qkNopeHeadDim + mla.vHeadDim) +
    heads * mla.vHeadDim * h;
  const norms = normParameters(spec, mla.qLoraRank) + normParameters(spec, mla.kvLoraRank);
  return { linear, other: norms };
}

function attention(spec: ModelSpec): Part {
  if (spec.mla) return latentAttention(spec, spec.mla);
  const h = spec.hiddenSize;
  const q = queryWidth(spec);
  const kv = kvWidth(spec);
  const linear = h * q + 2 * h * kv + q * h;
  let other = (spec.bias.qkv ? q + 2 * kv : 0) + (spec.bias.o ? h : 0);
  if (spec.attentionSinks) other += spec.numHeads;
  if (spec.norm.qk === 'head') other += 2 * normParameters(spec, spec.headDim);
  if (spec.norm.qk === 'full') other += normParameters(spec, q) + normParameters(spec, kv);
  return { linear, other };
}

function mlp(spec: ModelSpec, width: number): Part {
  const h = spec.hiddenSize;
  if (width === 0) return { linear: 0, other: 0 };
  const matrices = spec.gatedMlp ? 3 : 2;
  const bias = spec.bias.mlp ? (spec.gatedMlp ? 2 * width : width) + h : 0;
  return { linear: matrices * h * width, other: bias };
}

/** The feed-forward part of one sparse block: router, experts and an optional shared expert. */
function experts(spec: ModelSpec, routedExperts: number): Part {
  const moe = spec.moe;
  if (!moe) return mlp(spec, spec.intermediateSize);
  const router = {
    linear: spec.hiddenSize * moe.numExperts,
    other: moe.routerBias ? moe.numExperts : 0,
  };
  const shared = mlp(spec, moe.sharedIntermediateSize);
  const gate = moe.sharedExpertGate
    ? { linear: spec.hiddenSize, other: 0 }
    : { linear: 0, other: 0 };
  return add(
    add(router, scale(mlp(spec, moe.expertIntermediateSize), routedExperts)),
    add(shared, gate),
  );
}

function blockNorms(spec: ModelSpec, count: number): Part {
  return { linear: 0, other: count * normParameters(spec, spec.hiddenSize) };
}

/**
 * Counts every parameter from the dimensions. Matches the exact stored counts published for the
 * catalog's models (tested against keras-hub preset metadata and model cards).
 */
export function countParameters(spec: ModelSpec): ParameterCounts {
  const h = spec.hiddenSize;
  const moe = spec.moe;
  const sparseLayers = moe ? spec.numLayers - moe.denseLayers : 0;
  const denseLayers = spec.numLayers - sparseLayers;

  const attn = add(attention(spec), blockNorms(spec, spec.norm.perLayer));
  const denseBlock = add(attn, mlp(spec, spec.intermediateSize));
  let blocks = scale(denseBlock, denseLayers);
  let activeBlocks = blocks;
  if (moe) {
    blocks = add(blocks, scale(add(attn, experts(spec, moe.numExperts)), sparseLayers));
    activeBlocks = add(
      activeBlocks,
      scale(add(attn, experts(spec, moe.expertsPerToken)), sparseLayers),
    );
  }

  if (spec.kind === 'encoder-decoder') {
    // Decoder blocks: self-attention, cross-attention (another attention and norm) and the MLP.
    const decoderBlock = add(add(denseBlock, attention(spec)), blockNorms(spec, 1));
    blocks = add(blocks, scale(decoderBlock, spec.numDecoderLayers));
    activeBlocks = blocks;
  }

  const embedding =
    (spec.vocabSize + spec.learnedPositions + spec.tokenTypes) * h +
    (spec.norm.embedding ? normParameters(spec, h) : 0);
  const finalNorms = spec.norm.final ? (spec.kind === 'encoder-decoder' ? 2 : 1) : 0;
  const tail = finalNorms * normParameters(spec, h) + spec.extraParameters;
  const lmHead =
    (spec.tiedEmbeddings ? 0 : spec.vocabSize * h) + (spec.bias.lmHead ? spec.vocabSize : 0);

  const total = embedding + blocks.linear + blocks.other + tail + lmHead;
  const active = embedding + activeBlocks.linear + activeBlocks.other + tail + lmHead;
  return {
    total,
    active,
    embedding,
    lmHead,
    linear: blocks.linear,
    other: blocks.other + tail,
  };
}
