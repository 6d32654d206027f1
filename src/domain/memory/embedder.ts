import type { ModelSpec } from './spec';

/**
 * A Dense module of a sentence-transformers pipeline (2_Dense, 3_Dense, … in modules.json): a
 * linear layer applied to the pooled embedding, `inFeatures` → `outFeatures`.
 */
export interface DenseModule {
  inFeatures: number;
  outFeatures: number;
  bias: boolean;
}

/** Weights of the Dense modules: in × out, plus out when the layer has a bias. */
export function denseModuleParameters(modules: readonly DenseModule[]): number {
  return modules.reduce(
    (sum, m) => sum + m.inFeatures * m.outFeatures + (m.bias ? m.outFeatures : 0),
    0,
  );
}

/**
 * The network sentence-transformers trains for an embedding model: the transformer as AutoModel
 * loads it, which for a decoder means the base model without its output head (Qwen3-Embedding's
 * checkpoints store no lm_head), then pooling, then the pipeline's Dense modules (EmbeddingGemma's
 * 768 → 3,072 → 768). The Dense weights are counted as extra parameters: trained, kept in 16-bit.
 *
 * @param dense the Dense modules after pooling, in order; none for most embedders.
 */
export function asSentenceEmbedder(spec: ModelSpec, dense: readonly DenseModule[] = []): ModelSpec {
  const denseParameters = denseModuleParameters(dense);
  const assumptions = [...spec.assumptions];
  if (spec.kind !== 'encoder')
    assumptions.push(
      `loaded as an embedding model (AutoModel): ${spec.tiedEmbeddings ? '' : 'the untied output head is not part of the network and '}no vocabulary logits are computed`,
    );
  if (denseParameters > 0)
    assumptions.push(
      `the sentence-transformers Dense modules after pooling (${dense.map((m) => `${m.inFeatures} → ${m.outFeatures}`).join(', ')}: ${denseParameters.toLocaleString('en-US')} parameters) are counted and trained with the model`,
    );
  return {
    ...spec,
    outputHead: false,
    extraParameters: spec.extraParameters + denseParameters,
    assumptions,
  };
}
