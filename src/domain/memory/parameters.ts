import { attentionLayerCount, feedForwardLayerCount, type ModelSpec } from './spec';

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

/** Query, key, value and output projections of one attention block of a given head shape. */
function projections(
  spec: ModelSpec,
  headDim: number,
  kvHeads: number,
  valuesFromKeys: boolean,
): Part {
  const h = spec.hiddenSize;
  const q = spec.numHeads * headDim;
  const kv = kvHeads * headDim;
  const queryOut = spec.attentionOutputGate ? 2 * q : q;
  const values = valuesFromKeys ? 0 : kv;
  const linear = h * queryOut + h * (kv + values) + q * h;
  let other = (spec.bias.qkv ? queryOut + kv + values : 0) + (spec.bias.o ? h : 0);
  if (spec.attentionSinks) other += spec.numHeads;
  if (spec.norm.qk === 'head') other += 2 * normParameters(spec, headDim);
  if (spec.norm.qk === 'full') other += normParameters(spec, q) + normParameters(spec, kv);
  return { linear, other };
}

function attention(spec: ModelSpec): Part {
  if (spec.mla) return latentAttention(spec, spec.mla);
  return projections(spec, spec.headDim, spec.numKvHeads, false);
}

/**
 * Every attention block of the stack: Gemma 4's full-attention blocks have their own head shape
 * (see FullAttentionSpec); the sliding ones, and every block elsewhere, the regular one.
 */
function attentionBlocks(spec: ModelSpec): Part {
  const layers = attentionLayerCount(spec);
  const full = spec.fullAttention;
  if (!full || spec.mla) return scale(attention(spec), layers);
  const sliding = Math.min(layers, spec.slidingLayers ?? 0);
  const global = projections(spec, full.headDim, full.numKvHeads, full.valuesFromKeys);
  return add(scale(attention(spec), sliding), scale(global, layers - sliding));
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
    other: (moe.routerBias ? moe.numExperts : 0) + (moe.blockExtras ?? 0),
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

/** One regular block's attention and norms (an encoder-decoder's decoder block builds on it). */
function attentionWithNorms(spec: ModelSpec): Part {
  return add(attention(spec), blockNorms(spec, spec.norm.perLayer));
}

/**
 * Counts every parameter from the dimensions. Matches the exact stored counts published for the
 * catalog's models (tested against keras-hub preset metadata and model cards).
 */
export function countParameters(spec: ModelSpec): ParameterCounts {
  const h = spec.hiddenSize;
  const moe = spec.moe;
  const feedForward = feedForwardLayerCount(spec);
  const sparseLayers = moe ? feedForward - moe.denseLayers : 0;
  const denseLayers = feedForward - sparseLayers;

  const recurrent = spec.recurrent
    ? scale(
        { linear: spec.recurrent.linearParameters, other: spec.recurrent.otherParameters },
        spec.layout?.recurrent ?? 0,
      )
    : { linear: 0, other: 0 };
  // Mixers and norms of every block; then the feed-forward part, dense or sparse.
  const mixers = add(
    add(attentionBlocks(spec), recurrent),
    blockNorms(spec, spec.norm.perLayer * spec.numLayers),
  );
  const denseBlock = add(attentionWithNorms(spec), mlp(spec, spec.intermediateSize));
  let blocks = add(
    add(mixers, scale(mlp(spec, spec.intermediateSize), denseLayers)),
    spec.blockExtras ?? { linear: 0, other: 0 },
  );
  let activeBlocks = blocks;
  if (moe) {
    blocks = add(blocks, scale(experts(spec, moe.numExperts), sparseLayers));
    activeBlocks = add(activeBlocks, scale(experts(spec, moe.expertsPerToken), sparseLayers));
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
    spec.outputHead === false
      ? 0
      : (spec.tiedEmbeddings ? 0 : spec.vocabSize * h) + (spec.bias.lmHead ? spec.vocabSize : 0);

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
